// Backups leave the tables derived from the initiatives out, and a restore rebuilds them
// (docs/decisions.md, D59): the counts after a restore, of a new backup or of an old one that still
// carries its own (stale) derived tables and list rows (D62), are what the writes themselves
// produced, and the snapshot cache is empty.
import Dexie from 'dexie';
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
import { emptyCounts } from '../../../renderer/src/db/initiative-counts';
import { toRow } from '../../../renderer/src/db/initiative-row';
import { importInitiatives, trashInitiative } from '../../../renderer/src/db/initiatives';
import { SCHEMA } from '../../../renderer/src/db/schema';
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
  counts: await db.initiativeCounts.orderBy('programmeId').toArray(),
  snapshots: await db.rowSnapshots.count(),
});

/** Derived tables that disagree with the records, as a bug or an old backup could leave them. */
async function spoil(db: DeskDb): Promise<void> {
  const counts = (await db.initiativeCounts.toArray())[0]!;
  await db.initiativeCounts.put({ ...counts, trashed: counts.trashed + 7 });
  await db.initiativeCounts.put({ ...emptyCounts('ma-la'), trashed: 3 });
  await db.rowSnapshots.put({
    programmeId: 'p-cu',
    generation: 1,
    asOf: 0,
    rows: 4,
    pages: 1,
    takenAt: '2021-04-01T00:00:00.000Z',
  });
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
    expect(expected.counts).toHaveLength(2);
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

  it('restoring an old backup that carries its own stale counts and list rows rebuilds the counts and skips the rows', async () => {
    const { db } = await written();
    const expected = await derived(db);
    const records = await db.initiatives.toArray();
    // An older build (schema 5) exported every table, the derived ones and the list rows included.
    const name = `schema-5-${Date.now()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA.filter((v) => v.version <= 5)) old.version(v.version).stores(v.stores);
    await old.table('initiatives').bulkAdd(records);
    await old
      .table('initiativeRows')
      .bulkAdd(records.map((r) => ({ ...toRow(r), title: 'Hàng cũ không khớp' })));
    await old.table('initiativeCounts').put({ ...emptyCounts('ma-la'), trashed: 3 });
    const backup = await exportDB(old);
    await old.delete();
    expect(await backup.text()).toContain('Hàng cũ không khớp');
    await spoil(db);

    await importDatabase(db, backup, 5);

    expect(await derived(db)).toEqual(expected);
    expect(await db.initiatives.orderBy('id').toArray()).toEqual(
      [...records].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(db.tables.map((t) => t.name)).not.toContain('initiativeRows');
  });

  it('refuses a backup that did not arrive whole before anything is cleared or snapshotted', async () => {
    const { db } = await written();
    const before = { records: await db.initiatives.count() };
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
    expect(await db.initiatives.count()).toBe(before.records + 1);
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
