// Writes a file so that a crash or power cut leaves either the old file or the whole new one,
// never half of it: temp file in the same folder (same disk, so rename is atomic), fsync, rename.
import { randomUUID } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from './fs-facts';

// Windows antivirus and indexers briefly lock a freshly written file; a short retry rides it out.
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 4;

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const folder = dirname(target);
  // Hidden and unique, so it never clashes with the clerk's files or a concurrent save.
  const temp = join(folder, tempNameFor(basename(target)));
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

/** The temp file a write of `name` goes through: hidden, unique, recognisable by STRAY_TEMP. */
export const tempNameFor = (name: string): string => `.${name}.${randomUUID()}.tmp`;

/** A temp file of writeFileAtomic, left behind when the app or the machine stopped mid-write. */
export const STRAY_TEMP =
  /^\..+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files interrupted writes left in `folder` and its subfolders (down to
 * `depth`), at start, when no write of this single instance can be under way. Returns what
 * was removed; a folder that cannot be read is skipped.
 */
export async function removeStrayTempFiles(folder: string, depth = 3): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isFile() && STRAY_TEMP.test(entry.name)) {
      await rm(path, { force: true }).then(
        () => removed.push(path),
        () => undefined,
      );
    } else if (entry.isDirectory() && !entry.isSymbolicLink() && depth > 0) {
      removed.push(...(await removeStrayTempFiles(path, depth - 1)));
    }
  }
  return removed;
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
