// Builds the backup zip (shared/backup/format.ts): the manifest first, then the database export.
import { createHash } from 'node:crypto';
import { ZipFile } from 'yazl';
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  type BackupManifest,
  type BackupReason,
} from '@shared/backup/format';

export interface ArchiveInput {
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly createdAt: Date;
  readonly reason: BackupReason;
  readonly tables: Readonly<Record<string, number>>;
  /** dexie-export-import's JSON export of the whole database. */
  readonly data: Uint8Array;
}

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export function backupManifest(input: ArchiveInput): BackupManifest {
  return {
    format: BACKUP_FORMAT_NAME,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt.toISOString(),
    reason: input.reason,
    tables: { ...input.tables },
    entries: [{ name: DATABASE_ENTRY, size: input.data.byteLength, sha256: sha256Of(input.data) }],
  };
}

/** The zip's bytes; entries are deflated (the JSON export shrinks several times). */
export async function buildBackupArchive(input: ArchiveInput): Promise<Buffer> {
  const manifest = backupManifest(input);
  return zipOf(
    [
      [MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8')],
      [
        DATABASE_ENTRY,
        Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength),
      ],
    ],
    input.createdAt,
  );
}

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
