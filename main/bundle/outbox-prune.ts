// Bundles written for email that no outbox entry refers to any more (an entry cancelled and
// deleted, a queueing that failed half-way) pile up in the outbox folder. At start the page sends
// the paths its entries still refer to; main lists the outbox folder itself and removes only the
// .zip files there that are not in that list and older than a week (docs/decisions.md D56).
// Nothing is followed through a symlink and nothing outside the outbox folder is touched.
import { lstat, readdir, realpath, rm, rmdir } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/** How old an unreferenced bundle must be before it goes: the clerk may still be looking at it. */
export const OUTBOX_KEEP_DAYS = 7;
const DAY_MS = 86_400_000;

/** Whether a path the page sent is one main will compare: absolute and without `..`. */
export const isPlainAbsolute = (path: string): boolean =>
  isAbsolute(path) && !path.split(/[\\/]/u).includes('..');

const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.includes(`..${sep}`);
};

const lstatOrNull = (path: string) => lstat(path).catch(() => null);

/**
 * Removes `<outbox>/<entry folder>/<file>.zip` files not in `keep` and last modified more than
 * OUTBOX_KEEP_DAYS before `now`, then the entry folders left empty. Returns the removed files.
 * An outbox folder that is a symlink, or missing, removes nothing.
 */
export async function pruneOutbox(
  outbox: string,
  keep: readonly string[],
  now: Date = new Date(),
  keepDays: number = OUTBOX_KEEP_DAYS,
): Promise<string[]> {
  const top = await lstatOrNull(outbox);
  if (!top?.isDirectory()) return [];
  // The folder as the file system names it, so that the comparisons below are of real paths.
  const root = await realpath(outbox);
  const kept = new Set(keep.map((p) => normalize(p)));
  const cutoff = now.getTime() - keepDays * DAY_MS;
  const removed: string[] = [];
  for (const folder of await readdir(root, { withFileTypes: true })) {
    // Entry folders only; a symlink to a folder elsewhere is never followed.
    if (!folder.isDirectory()) continue;
    const dir = join(root, folder.name);
    const files = await readdir(dir, { withFileTypes: true });
    let left = files.length;
    for (const file of files) {
      if (!file.isFile() || !file.name.toLowerCase().endsWith('.zip')) continue;
      const path = join(dir, file.name);
      const byName = join(outbox, folder.name, file.name);
      if (kept.has(path) || kept.has(normalize(byName)) || !inside(root, path)) continue;
      const stat = await lstatOrNull(path);
      if (!stat?.isFile() || stat.mtimeMs > cutoff) continue;
      await rm(path);
      removed.push(path);
      left -= 1;
    }
    // An entry folder holds one bundle; once it is gone the folder goes too (never recursively).
    if (left === 0) await rmdir(dir).catch(() => undefined);
  }
  return removed;
}
