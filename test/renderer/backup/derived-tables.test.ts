// Backups leave the tables derived from the initiatives out, and a restore rebuilds them
// (docs/decisions.md, D59): the rows and counts after a restore, of a new backup or of an old one
// that still carries its own (stale) rows, are what the writes themselves produced.
import { exportDB } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDatabase, importDatabase } from '../../../renderer/src/backup/database-export';
import {
  makeBackup,
  readBackup,
  restoreBackup,
  type ReadBackup,
} from '../../../renderer/src/backup/backups';
import type { DeskDb } from '../../../renderer/src/db/database';
import {
  DERIVED_TABLES,
  REBUILD_CHUNK,
  rebuildDerived,
} from '../../../renderer/src/db/derived-tables';
import { importInitiatives, trashInitiative } from '../../../renderer/src/db/initiatives';
import { submitted } from '../appraisal-fixtures';
import { setUpDb } from '../helpers';
import { installMainBridge, type MainBridge } from './main-bridge';
import { useNodeBlobs } from './node-blobs';

useNodeBlobs();

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

/** A register written through the repositories: statuses, two programmes, one in the trash. */
async function written(count = 6) {
  const ctx = await setUpDb();
  const { db, programme, office } = ctx;
  const statuses = ['draft', 'submitted', 'appraising', 'recognised'] as const;
  await importInitiatives(
    db,
    Array.from({ length: count }, (_, k) =>
      submitted(k % 3 === 2 ? 'p-khac' : programme.id, office.unitId, k + 1, {
        id: `init-${String(k + 1).padStart(5, '0')}`,
        status: statuses[k % statuses.length]!,
      }),
    ),
    'Bình',
  );
  await trashInitiative(db, 'init-00002', 'Bình');
  return ctx;
}

const derived = async (db: DeskDb) => ({
  rows: await db.initiativeRows.orderBy('id').toArray(),
  counts: await db.initiativeCounts.orderBy('programmeId').toArray(),
});

/** Derived tables that disagree with the records, as a bug or an old backup could leave them. */
async function spoil(db: DeskDb): Promise<void> {
  await db.initiativeRows.update('init-00001', { title: 'Hàng cũ không khớp' });
  await db.initiativeRows.put({ ...(await db.initiativeRows.get('init-00003'))!, id: 'ma-la' });
  const counts = (await db.initiativeCounts.toArray())[0]!;
  await db.initiativeCounts.put({ ...counts, trashed: counts.trashed + 7 });
}

describe('derived tables in backups', () => {
  it('an export leaves them out, with their counts', async () => {
    const { db } = await written();
    const exported = await exportDatabase(db);
    const json = await exported.data.text();
    for (const table of DERIVED_TABLES) {
      expect(json).not.toContain(`"${table}"`);
      expect(exported.tables).not.toHaveProperty(table);
    }
    expect(exported.tables['initiatives']).toBe(6);
  });

  it('restoring a new backup rebuilds rows and counts equal to what the writes produced', async () => {
    const { db } = await written();
    const expected = await derived(db);
    expect(expected.rows).toHaveLength(6);
    bridge = await installMainBridge();
    const backup = await makeBackup(db, 'manual');
    if (!backup.ok) throw new Error(backup.error.message);
    expect(backup.value.backup.reason).toBe('manual');
    await spoil(db);
    expect(await derived(db)).not.toEqual(expected);

    const read = await readBackup(backup.value.backup.fileName);
    if (!read.ok || read.value === null) throw new Error('not read');
    expect(await restoreBackup(db, read.value)).toMatchObject({ ok: true });

    expect(await derived(db)).toEqual(expected);
  });

  it('restoring an old backup that carries its own stale rows rebuilds them all the same', async () => {
    const { db } = await written();
    const expected = await derived(db);
    // An older build exported every table, the derived ones included, as they were then.
    await spoil(db);
    const old = await exportDB(db);
    expect(await old.text()).toContain('Hàng cũ không khớp');
    await db.initiativeRows.clear();

    await importDatabase(db, old, db.verno);

    expect(await derived(db)).toEqual(expected);
  });

  it('refuses a backup that did not arrive whole before anything is cleared or snapshotted', async () => {
    const { db } = await written();
    const before = await derived(db);
    bridge = await installMainBridge();
    const backup = await makeBackup(db, 'manual');
    if (!backup.ok) throw new Error(backup.error.message);
    await importInitiatives(db, [submitted('p-khac', 'u', 99, { id: 'init-sau' })], 'Bình');
    const read = await readBackup(backup.value.backup.fileName);
    if (!read.ok || read.value === null) throw new Error('not read');
    // Main verified N bytes; the page is told of more than arrive.
    const short: ReadBackup = { ...read.value, size: read.value.size + 10 };

    const result = await restoreBackup(db, short);

    expect(result.ok || result.error.code).toBe('BACKUP_INVALID');
    expect(result.ok || result.error.message).toMatch(/chưa khôi phục gì.*vẫn giữ nguyên/);
    expect(await db.initiatives.get('init-sau')).toBeDefined();
    expect((await derived(db)).rows).toHaveLength(before.rows.length + 1);
    expect(bridge.calls.filter((c) => c === 'backup:write:end')).toHaveLength(1);
  });

  it('rebuildDerived reads the records in chunks and counts across them', async () => {
    const { db } = await written(REBUILD_CHUNK + 50);
    const expected = await derived(db);
    await spoil(db);
    const seen: number[] = [];

    await rebuildDerived(db, (p) => seen.push(p.done));

    expect(await derived(db)).toEqual(expected);
    expect(seen).toEqual([0, REBUILD_CHUNK, REBUILD_CHUNK + 50]);
  });
});
