// The data folder's `backups/`: listing, writing a new backup atomically, and rotation
// (shared/backup/rotation.ts decides; this only reads names and deletes files).
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  backupFileName,
  parseBackupFileName,
  type BackupListItem,
  type BackupReason,
} from '@shared/backup/format';
import { backupsToDelete } from '@shared/backup/rotation';
import { renameWithRetry, syncFolder, tempNameFor } from '../services/atomic-write';

export const backupsFolder = (dataDir: string): string => join(dataDir, 'backups');

/** Our backups in the folder, newest first; other files are ignored and never deleted. */
export async function listBackups(folder: string): Promise<BackupListItem[]> {
  const names = await readdir(folder).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
  const items: (BackupListItem & { at: number; copy: number })[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (parsed === null) continue;
    const info = await stat(join(folder, fileName)).catch(() => null);
    if (info === null || !info.isFile()) continue;
    items.push({
      fileName,
      createdAt: parsed.createdAt.toISOString(),
      reason: parsed.reason,
      size: info.size,
      at: parsed.createdAt.getTime(),
      copy: parsed.copy,
    });
  }
  items.sort((a, b) => b.at - a.at || b.copy - a.copy);
  return items.map(({ fileName, createdAt, reason, size }) => ({
    fileName,
    createdAt,
    reason,
    size,
  }));
}

export interface WrittenBackup {
  readonly backup: BackupListItem;
  /** Older backups rotation removed. */
  readonly removed: string[];
}

/**
 * Writes a backup under a fresh name (never over another backup) and then rotates the folder.
 * `write` makes the whole file at the temp path it is given (and may check it); only then is it
 * renamed into place, so a backup in the folder is always whole.
 */
export async function storeBackup(
  folder: string,
  write: (tempPath: string) => Promise<void>,
  reason: BackupReason,
  now: Date,
): Promise<WrittenBackup> {
  await mkdir(folder, { recursive: true });
  const existing = new Set(await readdir(folder));
  let copy = 1;
  while (existing.has(backupFileName(now, reason, copy))) copy += 1;
  const fileName = backupFileName(now, reason, copy);
  const temp = join(folder, tempNameFor(fileName));
  try {
    await write(temp);
    await renameWithRetry(temp, join(folder, fileName));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
  const removed = await rotate(folder, now, fileName);
  const backup = (await listBackups(folder)).find((b) => b.fileName === fileName);
  if (backup === undefined) throw new Error(`backup ${fileName} vanished after writing`);
  return { backup, removed };
}

/** Deletes what the rotation rule does not keep; the backup just written is always kept. */
export async function rotate(folder: string, now: Date, justWritten?: string): Promise<string[]> {
  const stored = (await listBackups(folder)).map((b) => ({
    fileName: b.fileName,
    createdAt: new Date(b.createdAt),
    reason: b.reason,
  }));
  const doomed = backupsToDelete(stored, now).filter((name) => name !== justWritten);
  for (const name of doomed) await rm(join(folder, name), { force: true });
  return doomed;
}

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
