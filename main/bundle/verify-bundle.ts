// The one bundle verifier, shared by the import, `npm run bundle:verify` and the tests
// (docs/architecture.md, "Data that leaves the machine"). Nothing of a bundle is trusted before it
// passes here: a real zip; safe entry names; limits on entries and on the bytes actually inflated;
// the manifest's schema and version; every checksum, and the manifest listing exactly the entries;
// data.json against the schemas the app stores records with.
import { createHash } from 'node:crypto';
import { open as openFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { open as openZip } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
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

export interface BundleEntry {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: Buffer;
}

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
  const zip = await openZipFile(path, file, looksLikeZip);
  let entries: Map<string, BundleEntry>;
  try {
    entries = await readEntries(zip, file, limits);
  } finally {
    zip.close();
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

function openZipFile(path: string, file: string, looksLikeZip: boolean): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    openZip(
      path,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, autoClose: false },
      (error, zip) => {
        if (error) reject(looksLikeZip ? refuse.damaged(file) : refuse.notZip(file));
        else resolve(zip);
      },
    );
  });
}

/** Reads every entry once, in order, counting and hashing the bytes as they inflate. */
function readEntries(
  zip: ZipFile,
  file: string,
  limits: BundleLimits,
): Promise<Map<string, BundleEntry>> {
  if (zip.entryCount > limits.maxEntries)
    return Promise.reject(refuse.tooManyEntries(zip.entryCount, limits.maxEntries));
  const entries = new Map<string, BundleEntry>();
  let total = 0;

  return new Promise((resolve, reject) => {
    let settled = false;
    const stop = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error instanceof BundleRefusal ? error : fromZipError(error, file));
    };
    zip.on('error', stop);
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(entries);
    });
    zip.on('entry', (entry: Entry) => {
      readEntry(zip, entry, limits, () => total)
        .then((read) => {
          if (read) {
            if (entries.has(read.path))
              throw refuse.badEntryName(read.path, 'tên bị trùng trong tệp nén');
            entries.set(read.path, read);
            total += read.bytes.length;
          }
          zip.readEntry();
        })
        .catch(stop);
    });
    zip.readEntry();
  });
}

async function readEntry(
  zip: ZipFile,
  entry: Entry,
  limits: BundleLimits,
  totalSoFar: () => number,
): Promise<BundleEntry | null> {
  const name = entry.fileName;
  const problem = entryNameProblem(name);
  if (problem !== null) throw refuse.badEntryName(name, problem);
  if (name.endsWith('/')) return null; // a folder entry carries no bytes
  // The header is checked first because it is cheap; the bytes are counted anyway below, because a
  // header can lie.
  if (entry.uncompressedSize > limits.maxEntryBytes)
    throw refuse.tooLarge(name, limits.maxEntryBytes);

  const stream = await openStream(zip, entry);
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limits.maxEntryBytes) throw refuse.tooLarge(name, limits.maxEntryBytes);
      if (totalSoFar() + size > limits.maxTotalBytes)
        throw refuse.tooLarge(name, limits.maxTotalBytes);
      hash.update(chunk);
      chunks.push(chunk);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof BundleRefusal) throw error;
    throw fromStreamError(error, name);
  }
  return { path: name, sha256: hash.digest('hex'), bytes: Buffer.concat(chunks, size) };
}

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) reject(error);
      else resolve(stream);
    });
  });
}

/** yauzl's refusals of a name (strictFileNames) in our words; anything else is a damaged zip. */
function fromZipError(error: unknown, file: string): BundleRefusal {
  const message = error instanceof Error ? error.message : '';
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

function fromStreamError(error: unknown, name: string): BundleRefusal {
  const message = error instanceof Error ? error.message : '';
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
  const version =
    typeof raw === 'object' && raw !== null && 'formatVersion' in raw
      ? raw.formatVersion
      : undefined;
  if (version !== undefined && version !== BUNDLE_FORMAT_VERSION)
    throw refuse.versionUnknown((JSON.stringify(version) ?? '?').slice(0, 20));
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
