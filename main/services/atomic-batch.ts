// Writes several files into one folder all or nothing: every file goes to a hidden temp file
// first (written and flushed); only when all are on disk are they renamed into place. A failure
// before that removes the temp files, so the folder holds no half-written file and no partial set.
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from './atomic-write';
import { exists } from './fs-facts';

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
      const temp = join(folder, `.${file.name}.${randomUUID()}.tmp`);
      staged.push({ temp, target });
      await writeFlushed(temp, file.data);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true }).catch(() => undefined)));
    throw error;
  }
  const placed: string[] = [];
  try {
    for (const { temp, target } of staged) {
      const existed = await exists(target);
      await rename(temp, target);
      if (!existed) placed.push(target);
    }
  } catch (error) {
    // Renames within one folder rarely fail; when one does, the new files of this batch go too.
    await Promise.all([
      ...staged.map((s) => rm(s.temp, { force: true }).catch(() => undefined)),
      ...placed.map((p) => rm(p, { force: true }).catch(() => undefined)),
    ]);
    throw error;
  }
  await syncFolder(folder);
  return staged.map((s) => s.target);
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
