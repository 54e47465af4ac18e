// The backup zip's manifest (shared/backup/format.ts), and zips of given entries for the tests'
// damaged backups; main/backup/archive-file.ts writes the real zip from a streamed export.
import { createHash } from 'node:crypto';
import { ZipFile } from 'yazl';
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  DATABASE_ENTRY,
  type BackupManifest,
  type BackupReason,
} from '@shared/backup/format';

/** What a manifest says besides the export's size and checksum. */
export interface ManifestFields {
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly createdAt: Date;
  readonly reason: BackupReason;
  readonly tables: Readonly<Record<string, number>>;
}

export interface ArchiveInput extends ManifestFields {
  /** dexie-export-import's JSON export of the whole database. */
  readonly data: Uint8Array;
}

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** The manifest of an export of `size` bytes with that SHA-256. */
export const manifestOf = (
  fields: ManifestFields,
  size: number,
  sha256: string,
): BackupManifest => ({
  format: BACKUP_FORMAT_NAME,
  formatVersion: BACKUP_FORMAT_VERSION,
  appVersion: fields.appVersion,
  schemaVersion: fields.schemaVersion,
  createdAt: fields.createdAt.toISOString(),
  reason: fields.reason,
  tables: { ...fields.tables },
  entries: [{ name: DATABASE_ENTRY, size, sha256 }],
});

export const backupManifest = (input: ArchiveInput): BackupManifest =>
  manifestOf(input, input.data.byteLength, sha256Of(input.data));

/** A zip of the given entries, in order (also used by tests to build damaged backups). */
export function zipOf(
  entries: readonly (readonly [string, Buffer])[],
  mtime = new Date(),
): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name, { mtime });
  zip.end();
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
