// Writes a bundle (docs/architecture.md, "Data that leaves the machine"): yazl streams the zip to a
// hidden temp file in the target folder; SHA-256 of every entry is taken as it is added; the
// manifest goes last and lists every file; then fsync and rename, so the folder holds either the
// whole bundle or nothing.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { BundleData } from '@shared/bundle/data';
import { attachmentEntryName, documentEntryName } from '@shared/bundle/entry-names';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/manifest';
import type { Manifest, ManifestFile } from '@shared/bundle/manifest';
import { redactForBundle } from '@shared/bundle/redact';
import { renameWithRetry, syncFolder } from '../services/atomic-write';

export interface BundleDocument {
  /** The document's title, e.g. "Tờ trình"; the entry is `documents/01_To_trinh.docx`. */
  readonly title: string;
  readonly bytes: Uint8Array;
}

export interface BundleAttachment {
  readonly sha256: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface WriteBundleInput {
  readonly folder: string;
  /** A bare name, `HoSo_….zip` (shared/bundle/entry-names.ts). */
  readonly fileName: string;
  readonly head: Omit<Manifest, 'files'>;
  /** The records; confidential initiatives are redacted here whatever the caller did. */
  readonly data: BundleData;
  readonly documents: readonly BundleDocument[];
  readonly attachments: readonly BundleAttachment[];
  /**
   * The documents and attachments of one part of a split bundle, by entry name (the mail plan's
   * paths); every one when absent. data.json and the manifest are in every part.
   */
  readonly only?: ReadonlySet<string>;
  /**
   * Told as the zip reaches the disk: bytes written so far, of the bytes expected (the entries'
   * sizes before compression plus their headers, so the figure seldom goes past it; it is capped
   * there). The last call is the file's size, twice.
   */
  readonly onProgress?: (written: number, total: number) => void;
}

/** Zip local header, data descriptor and central directory record of one entry, generously. */
const ENTRY_OVERHEAD = 200;
/** The most bytes between two progress calls. */
const PROGRESS_SLICE = 1 << 20;

export interface WrittenBundle {
  readonly path: string;
  readonly size: number;
  readonly manifest: Manifest;
}

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export async function writeBundle(input: WriteBundleInput): Promise<WrittenBundle> {
  const data = redactForBundle(input.data);
  const target = join(input.folder, input.fileName);
  const temp = join(input.folder, `.${input.fileName}.${randomUUID()}.tmp`);
  const mtime = new Date(input.head.createdAt);
  const zip = new ZipFile();
  const files: ManifestFile[] = [];
  const add = (path: string, bytes: Uint8Array, compress = true): void => {
    expected.bytes += bytes.byteLength + ENTRY_OVERHEAD;
    files.push({ path, size: bytes.byteLength, sha256: sha256Of(bytes) });
    zip.addBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, {
      mtime,
      compress,
    });
  };

  const included = (path: string): boolean => input.only?.has(path) ?? true;
  const attachments = attachmentsToSend(data, input.attachments).filter((a) =>
    included(attachmentEntryName(a.sha256, a.name)),
  );
  const out = createWriteStream(temp, { flags: 'wx' });
  const expected = { bytes: 0 };
  let sent = 0;
  // yazl hands a stored attachment over in one piece: cut it so that the figure moves, and count
  // a piece once the file stream took it (the generator resumes only when the stream wants more).
  async function* counted(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
    for await (const data of source) {
      const chunk = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < chunk.byteLength; at += PROGRESS_SLICE) {
        const piece = chunk.subarray(at, at + PROGRESS_SLICE);
        yield piece;
        sent += piece.byteLength;
        input.onProgress?.(Math.min(sent, expected.bytes), expected.bytes);
      }
    }
  }
  const written = pipeline(zip.outputStream, counted, out);
  // Awaited below; this keeps a failure before that point from going unhandled.
  written.catch(() => undefined);
  try {
    // Every entry is added before the first await, so the total is whole before the first
    // byte flows out.
    add(DATA_PATH, utf8(JSON.stringify(data, null, 2)));
    input.documents.forEach((doc, i) => {
      // Numbered in the whole dossier's order, so a part's names match the plan's.
      const path = documentEntryName(i + 1, doc.title);
      if (included(path)) add(path, doc.bytes);
    });
    for (const attachment of attachments)
      // Photos and PDFs are compressed already: storing them saves time and nothing else.
      add(attachmentEntryName(attachment.sha256, attachment.name), attachment.bytes, false);
    const manifest: Manifest = { ...input.head, files: [...files] };
    add(MANIFEST_PATH, utf8(JSON.stringify(manifest, null, 2)));
    zip.end();
    await written;
    await fsync(temp);
    await renameWithRetry(temp, target);
    await syncFolder(input.folder);
    const size = (await stat(target)).size;
    input.onProgress?.(size, size);
    return { path: target, size, manifest };
  } catch (error) {
    out.destroy();
    await written.catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Only the attachments the (redacted) records still refer to, each once, each checked against its
 * hash: a confidential initiative's files never leave, and a wrong byte is caught here.
 */
function attachmentsToSend(
  data: BundleData,
  attachments: readonly BundleAttachment[],
): BundleAttachment[] {
  const referenced = new Set(data.initiatives.flatMap((i) => i.attachments.map((a) => a.sha256)));
  const seen = new Set<string>();
  const out: BundleAttachment[] = [];
  for (const attachment of attachments) {
    if (!referenced.has(attachment.sha256) || seen.has(attachment.sha256)) continue;
    if (sha256Of(attachment.bytes) !== attachment.sha256)
      throw new Error(`Attachment "${attachment.name}" does not match its SHA-256`);
    seen.add(attachment.sha256);
    out.push(attachment);
  }
  return out;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
