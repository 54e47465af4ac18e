// Backups handed to the page in pieces (docs/decisions.md, D59): `backup:read` verifies the whole
// file first, writing its database export to a temp file; only then are pieces of that file read
// out. One read is open at a time: the clerk restores one backup at a time, and a new read drops
// one left open (a cancelled confirmation, a reloaded page).
import { randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import type { BackupManifest } from '@shared/backup/format';
import { verifyBackupInto, type VerifyLimits } from './verify';
import { removeStaleTransfers, transferFile } from './transfer-files';

export interface OpenRead {
  readonly readId: string;
  readonly manifest: BackupManifest;
  readonly size: number;
}

export class BackupReads {
  private current: { id: string; file: string; size: number } | null = null;

  constructor(private readonly folder: string) {}

  /** Verifies the backup at `path` and keeps its export for reading; throws BackupRefused. */
  async open(path: string, maxSchemaVersion: number, limits?: VerifyLimits): Promise<OpenRead> {
    await this.closeAll();
    await mkdir(this.folder, { recursive: true });
    await removeStaleTransfers(this.folder, 'read', new Set());
    const id = randomUUID();
    const file = transferFile(this.folder, 'read', id);
    try {
      const { manifest, size } = await verifyBackupInto(path, maxSchemaVersion, file, limits);
      this.current = { id, file, size };
      return { readId: id, manifest, size };
    } catch (error) {
      await rm(file, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  /** The bytes at `offset`, at most `length` of them; null for a read that is not open. */
  async chunk(id: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer> | null> {
    const read = this.current;
    if (read?.id !== id || offset > read.size) return null;
    const data = new Uint8Array(Math.min(length, read.size - offset));
    const handle = await open(read.file, 'r');
    try {
      const { bytesRead } = await handle.read(data, 0, data.byteLength, offset);
      return bytesRead === data.byteLength ? data : data.slice(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** Drops the read and its temp file; false when it was not open. */
  async close(id: string): Promise<boolean> {
    if (this.current?.id !== id) return false;
    await this.closeAll();
    return true;
  }

  private async closeAll(): Promise<void> {
    const read = this.current;
    this.current = null;
    if (read) await rm(read.file, { force: true }).catch(() => undefined);
  }
}
