// The backup zip written from a database export that arrived in pieces (docs/decisions.md, D59):
// the manifest (main/backup/archive.ts) then the export, streamed from its temp file into the zip,
// so hundreds of MB never sit in memory at once.
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { DATABASE_ENTRY, MANIFEST_ENTRY } from '@shared/backup/format';
import { manifestOf, type ManifestFields } from './archive';

export interface StreamedExport extends ManifestFields {
  /** The file holding the whole database export, its size and SHA-256. */
  readonly dataFile: string;
  readonly size: number;
  readonly sha256: string;
}

/** Writes the zip to `path` (a new file) and syncs it to disk; the caller renames it into place. */
export async function writeArchiveFile(path: string, input: StreamedExport): Promise<void> {
  const zip = new ZipFile();
  const mtime = input.createdAt;
  zip.addBuffer(
    Buffer.from(JSON.stringify(manifestOf(input, input.size, input.sha256), null, 2), 'utf8'),
    MANIFEST_ENTRY,
    { mtime },
  );
  zip.addReadStream(createReadStream(input.dataFile), DATABASE_ENTRY, { mtime, size: input.size });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path, { flags: 'wx' }));
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
