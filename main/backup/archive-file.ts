// The backup zip written from a database export that arrived in pieces (docs/decisions.md, D59):
// the same two entries as buildBackupArchive (main/backup/archive.ts), but the export is streamed
// from its temp file into the zip, so hundreds of MB never sit in memory at once.
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  type BackupManifest,
  type BackupReason,
} from '@shared/backup/format';

export interface StreamedExport {
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly createdAt: Date;
  readonly reason: BackupReason;
  readonly tables: Readonly<Record<string, number>>;
  /** The file holding the whole database export, its size and SHA-256. */
  readonly dataFile: string;
  readonly size: number;
  readonly sha256: string;
}

export const streamedManifest = (input: StreamedExport): BackupManifest => ({
  format: BACKUP_FORMAT_NAME,
  formatVersion: BACKUP_FORMAT_VERSION,
  appVersion: input.appVersion,
  schemaVersion: input.schemaVersion,
  createdAt: input.createdAt.toISOString(),
  reason: input.reason,
  tables: { ...input.tables },
  entries: [{ name: DATABASE_ENTRY, size: input.size, sha256: input.sha256 }],
});

/** Writes the zip to `path` (a new file) and syncs it to disk; the caller renames it into place. */
export async function writeArchiveFile(path: string, input: StreamedExport): Promise<void> {
  const zip = new ZipFile();
  const mtime = input.createdAt;
  zip.addBuffer(
    Buffer.from(JSON.stringify(streamedManifest(input), null, 2), 'utf8'),
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
