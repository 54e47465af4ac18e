// Writes several files into one folder all or nothing: every file goes to a hidden temp file
// first (written and flushed); only when all are on disk are they renamed into place. A failure
// before that removes the temp files, and a failed rename puts back what the folder held, so it
// holds no half-written file and no partial set.
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { renameWithRetry, syncFolder, tempNameFor } from './atomic-write';

export interface BatchFile {
  /** A bare file name inside the folder. */
  readonly name: string;
  readonly data: Uint8Array;
}

export async function writeFilesAtomic(
  folder: string,
  files: readonly BatchFile[],
): Promise<string[]> {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = join(folder, file.name);
      const temp = join(folder, tempNameFor(file.name));
      staged.push({ temp, target });
      await writeFlushed(temp, file.data);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true }).catch(() => undefined)));
    throw error;
  }
  // The files already there are moved aside, not overwritten, until the whole set is in place:
  // a rename that fails half way (a document open in Word, a folder of the same name) then puts
  // the folder back as it was, the old documents included.
  const placed: string[] = [];
  const asides: { aside: string; target: string }[] = [];
  try {
    for (const { temp, target } of staged) {
      if (await isFile(target)) {
        const aside = join(folder, tempNameFor(basename(target)));
        await renameWithRetry(target, aside);
        asides.push({ aside, target });
      }
      await renameWithRetry(temp, target);
      placed.push(target);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true }).catch(() => undefined)));
    await Promise.all(placed.map((p) => rm(p, { force: true }).catch(() => undefined)));
    for (const { aside, target } of asides) await rename(aside, target).catch(() => undefined);
    throw error;
  }
  await Promise.all(asides.map((a) => rm(a.aside, { force: true }).catch(() => undefined)));
  await syncFolder(folder);
  return staged.map((s) => s.target);
}

/** Whether `path` is a file (a folder of that name is left where it is, and fails the rename). */
async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function writeFlushed(path: string, data: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
