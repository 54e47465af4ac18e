// Writes a file so that a crash or power cut leaves either the old file or the whole new one,
// never half of it: temp file in the same folder (same disk, so rename is atomic), fsync, rename.
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Windows antivirus and indexers briefly lock a freshly written file; a short retry rides it out.
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 4;

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const folder = dirname(target);
  // Hidden and unique, so it never clashes with the clerk's files or a concurrent save.
  const temp = join(folder, `.${basename(target)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** rename, retried briefly while Windows antivirus or indexers hold the new file. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(errorCode(error))) throw error;
      await sleep(50 * attempt);
    }
  }
}

// Makes the rename itself durable on POSIX. Windows cannot open a folder for fsync, and some
// network filesystems refuse it; the data is already in place then, so we go on.
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // best effort, see above
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
