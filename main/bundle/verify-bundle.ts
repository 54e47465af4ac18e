// The one bundle verifier, shared by the import, `npm run bundle:verify` and the tests
// (docs/architecture.md, "Data that leaves the machine"). Nothing of a bundle is trusted before it
// passes here: a real zip; safe entry names; limits on entries and on the bytes actually inflated;
// the manifest's schema and version; every checksum, and the manifest listing exactly the entries;
// data.json against the schemas the app stores records with.
import { open as openFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { describeIssues } from '@shared/zod-issues';
import { bundleDataSchema } from '@shared/bundle/data';
import type { BundleData } from '@shared/bundle/data';
import { entryNameProblem } from '@shared/bundle/entry-names';
import {
  BUNDLE_FORMAT_VERSION,
  DATA_PATH,
  MANIFEST_PATH,
  manifestSchema,
} from '@shared/bundle/manifest';
import type { Manifest } from '@shared/bundle/manifest';
import { MAX_ATTACHMENT_BYTES } from '@shared/model/initiative';
import { ok } from '@shared/result';
import type { Result } from '@shared/result';
import { readZip, ZipReadError } from '../zip/read-zip';
import type { ZipEntryBytes, ZipFailure } from '../zip/read-zip';
import { BundleRefusal, refuse } from './bundle-errors';

export interface BundleLimits {
  readonly maxEntries: number;
  /** Per entry, counted on the inflated bytes. */
  readonly maxEntryBytes: number;
  /** All entries together, counted on the inflated bytes. */
  readonly maxTotalBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxEntries: 5_000,
  // An attachment may be 20 MB (shared/model/initiative.ts); a dossier's .docx or data.json less.
  maxEntryBytes: MAX_ATTACHMENT_BYTES + 5 * MB,
  maxTotalBytes: 512 * MB,
};

export type BundleEntry = ZipEntryBytes;

export interface VerifiedBundle {
  readonly manifest: Manifest;
  readonly data: BundleData;
  /** `documents/…`, in the manifest's order. */
  readonly documents: readonly BundleEntry[];
  /** `attachments/…`, in the manifest's order. */
  readonly attachments: readonly BundleEntry[];
  /** Size of the .zip on disk. */
  readonly zipBytes: number;
}

const vietnameseIssues = z.locales.vi().localeError;

export async function verifyBundle(
  path: string,
  limits: BundleLimits = DEFAULT_BUNDLE_LIMITS,
): Promise<Result<VerifiedBundle>> {
  try {
    return ok(await verify(path, limits));
  } catch (error) {
    if (error instanceof BundleRefusal) return error.toResult();
    throw error;
  }
}

async function verify(path: string, limits: BundleLimits): Promise<VerifiedBundle> {
  const file = basename(path);
  const { zipBytes, looksLikeZip } = await sniff(path, file);
  let entries: Map<string, BundleEntry>;
  try {
    entries = await readZip(path, {
      maxEntries: limits.maxEntries,
      maxTotalBytes: limits.maxTotalBytes,
      entryLimit: (name) => {
        const problem = entryNameProblem(name);
        if (problem !== null) throw refuse.badEntryName(name, problem);
        return name.endsWith('/') ? 'skip' : limits.maxEntryBytes; // a folder entry has no bytes
      },
    });
  } catch (error) {
    if (error instanceof ZipReadError) throw refusalOf(error.failure, file, looksLikeZip);
    throw error;
  }

  const manifestEntry = entries.get(MANIFEST_PATH);
  if (!manifestEntry) throw refuse.noManifest();
  const manifest = parseManifest(manifestEntry.bytes);
  checkFiles(manifest, entries);

  const dataEntry = entries.get(DATA_PATH);
  if (!dataEntry) throw refuse.filesMismatch(`không có ${DATA_PATH}`);
  const data = parseData(dataEntry.bytes, manifest);

  const listed = manifest.files.map((f) => entries.get(f.path)).filter((e) => e !== undefined);
  return {
    manifest,
    data,
    documents: listed.filter((e) => e.path.startsWith('documents/')),
    attachments: listed.filter((e) => e.path.startsWith('attachments/')),
    zipBytes,
  };
}

/** Size, and whether the file starts like a zip: tells "not a zip" from "a damaged zip". */
async function sniff(
  path: string,
  file: string,
): Promise<{ zipBytes: number; looksLikeZip: boolean }> {
  let handle;
  try {
    handle = await openFile(path, 'r');
  } catch {
    throw refuse.unreadable(file);
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return { zipBytes: size, looksLikeZip: head.readUInt32LE(0) === 0x04034b50 };
  } catch {
    throw refuse.unreadable(file);
  } finally {
    await handle.close();
  }
}

/** The zip module's failures in the clerk's words. */
function refusalOf(failure: ZipFailure, file: string, looksLikeZip: boolean): BundleRefusal {
  switch (failure.kind) {
    case 'open':
      return looksLikeZip ? refuse.damaged(file) : refuse.notZip(file);
    case 'zip':
      return fromZipError(failure.message, file);
    case 'stream':
      return fromStreamError(failure.message, failure.name);
    case 'too-many-entries':
      return refuse.tooManyEntries(failure.count, failure.limit);
    case 'duplicate':
      return refuse.badEntryName(failure.name, 'tên bị trùng trong tệp nén');
    case 'declared-too-large':
    case 'inflated-too-large':
    case 'total-too-large':
      return refuse.tooLarge(failure.name, failure.limit);
  }
}

/** yauzl's refusals of a name (strictFileNames) in our words; anything else is a damaged zip. */
function fromZipError(message: string, file: string): BundleRefusal {
  const named =
    /^(invalid characters in fileName|absolute path|invalid relative path): (.*)$/s.exec(message);
  if (named) {
    const why =
      named[1] === 'absolute path'
        ? 'đường dẫn tuyệt đối hoặc có ký hiệu ổ đĩa'
        : named[1] === 'invalid relative path'
          ? 'tên trỏ ra ngoài thư mục (..)'
          : 'tên có dấu gạch chéo ngược';
    return refuse.badEntryName(named[2] ?? '', why);
  }
  return refuse.damaged(file);
}

function fromStreamError(message: string, name: string): BundleRefusal {
  if (/bytes in the stream/.test(message)) return refuse.sizeMismatch(name);
  return refuse.damaged(name);
}

function parseJson(bytes: Buffer): unknown {
  // fatal: a byte that is not UTF-8 is an error, not a silent U+FFFD.
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
}

function parseManifest(bytes: Buffer): Manifest {
  let raw: unknown;
  try {
    raw = parseJson(bytes);
  } catch {
    throw refuse.manifestInvalid('không đọc được nội dung JSON');
  }
  // The version first: a newer format may differ everywhere else, and then the version is the news.
  // Only a whole number above ours is news; "1", 0 or 1.5 is a broken manifest, which a newer
  // Sáng kiến Desk would not open either.
  const version =
    typeof raw === 'object' && raw !== null && 'formatVersion' in raw
      ? raw.formatVersion
      : undefined;
  if (
    typeof version === 'number' &&
    Number.isSafeInteger(version) &&
    version > BUNDLE_FORMAT_VERSION
  )
    throw refuse.versionUnknown(String(version));
  const parsed = manifestSchema.safeParse(raw, { error: vietnameseIssues });
  if (!parsed.success) throw refuse.manifestInvalid(describeIssues(parsed.error.issues));
  return parsed.data;
}

/** The manifest lists exactly the entries (besides itself), each with its size and checksum. */
function checkFiles(manifest: Manifest, entries: ReadonlyMap<string, BundleEntry>): void {
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (listed.has(file.path) || file.path === MANIFEST_PATH)
      throw refuse.manifestInvalid(`tệp "${file.path}" được liệt kê hai lần`);
    listed.add(file.path);
    const entry = entries.get(file.path);
    if (!entry) throw refuse.filesMismatch(`thiếu tệp "${file.path}"`);
    if (entry.bytes.length !== file.size || entry.sha256 !== file.sha256)
      throw refuse.checksumMismatch(file.path);
    if (
      file.path !== DATA_PATH &&
      !file.path.startsWith('documents/') &&
      !file.path.startsWith('attachments/')
    )
      throw refuse.filesMismatch(`tệp "${file.path}" nằm ngoài documents/ và attachments/`);
  }
  for (const path of entries.keys())
    if (path !== MANIFEST_PATH && !listed.has(path))
      throw refuse.filesMismatch(`tệp "${path}" không có trong danh sách`);
}

function parseData(bytes: Buffer, manifest: Manifest): BundleData {
  let raw: unknown;
  try {
    raw = parseJson(bytes);
  } catch {
    throw refuse.dataInvalid('không đọc được nội dung JSON');
  }
  const parsed = bundleDataSchema.safeParse(raw, { error: vietnameseIssues });
  if (!parsed.success) throw refuse.dataInvalid(describeIssues(parsed.error.issues));
  const data = parsed.data;
  if (data.programme.id !== manifest.programme.id)
    throw refuse.dataInvalid(
      'chương trình trong dữ liệu khác chương trình ghi trong manifest.json',
    );
  if (!data.units.some((u) => u.id === manifest.unit.id))
    throw refuse.dataInvalid('đơn vị gửi ghi trong manifest.json không có trong dữ liệu');
  return data;
}
