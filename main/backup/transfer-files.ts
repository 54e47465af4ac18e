// Temp files of backups in transit (docs/decisions.md, D59): a write's pieces as they arrive, a
// read's verified database export as it is handed out. Hidden names in the backups folder that
// STRAY_TEMP (main/services/atomic-write.ts) also matches, so a start of the app removes any an
// earlier run left behind.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export type TransferKind = 'write' | 'read';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const transferFile = (folder: string, kind: TransferKind, id: string): string =>
  join(folder, `.backup-${kind}.${id}.tmp`);

/** Removes the temp files of this kind whose id is not in `open`; returns the names removed. */
export async function removeStaleTransfers(
  folder: string,
  kind: TransferKind,
  open: ReadonlySet<string>,
): Promise<string[]> {
  const pattern = new RegExp(`^\\.backup-${kind}\\.(${UUID})\\.tmp$`);
  const names = await readdir(folder).catch(() => []);
  const removed: string[] = [];
  for (const name of names) {
    const id = pattern.exec(name)?.[1];
    if (id === undefined || open.has(id)) continue;
    await rm(join(folder, name), { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
