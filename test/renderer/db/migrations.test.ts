import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import {
  DEFAULT_PACING,
  ProgrammeRowsStore,
} from '../../../renderer/src/search/programme-rows-store';
import { DeskDb } from '../../../renderer/src/db/database';
import { SCHEMA } from '../../../renderer/src/db/schema';
import { toRow } from '../../../renderer/src/db/initiative-row';
import { loadProgrammeRows, newestRows } from '../../../renderer/src/search/load-rows';
import {
  countRows,
  getInitiativeCounts,
  liveTotal,
} from '../../../renderer/src/db/initiative-counts';
import { seedProgramme } from '@shared/seed-programme';
import type { Unit } from '@shared/model/unit';
import { author, completeInitiative } from '../../shared/initiative-fixtures';

/** The object stores the database holds, as IndexedDB lists them. */
const storeNames = (db: DeskDb): string[] => [...db.backendDB().objectStoreNames];

const meta = {
  createdAt: '2021-03-08T00:00:00.000Z',
  updatedAt: '2021-03-08T00:00:00.000Z',
  updatedBy: 'x',
};

describe('schema migrations', () => {
  it('opens a version-1 database without losing anything; the list reads it by time of update', async () => {
    const name = `migrate-${Date.now()}`;
    const v1 = SCHEMA[0]!;
    expect(v1.version).toBe(1);
    const old = new Dexie(name);
    old.version(1).stores(v1.stores);
    const programme = seedProgramme({ id: 'p-1', ...meta });
    const units: Unit[] = [
      {
        id: 'u-1',
        ...meta,
        rev: 1,
        name: 'LĐLĐ huyện Long Thành',
        kind: 'ldld_huyen',
        parentId: null,
        archived: false,
      },
      {
        id: 'u-2',
        ...meta,
        rev: 1,
        name: 'CĐCS Tôn Đông Á',
        kind: 'cdcs',
        parentId: 'u-1',
        archived: true,
      },
    ];
    const initiatives = Array.from({ length: 120 }, (_, n) =>
      completeInitiative({
        id: `i-${n}`,
        programmeId: 'p-1',
        unitId: n % 2 ? 'u-1' : 'u-2',
        title: `Sáng kiến số ${n}`,
        authors: [author(`Tác giả ${n}`, 100)],
        updatedAt: new Date(Date.UTC(2021, 2, 1, 0, n)).toISOString(),
        deletedAt: n === 7 ? '2021-04-01T00:00:00.000Z' : null,
      }),
    );
    await old.table('programmes').add(programme);
    await old.table('units').bulkAdd(units);
    await old.table('initiatives').bulkAdd(initiatives);
    await old.table('settings').put({ key: 'activeProgrammeId', value: 'p-1' });
    old.close();

    const db = new DeskDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA.at(-1)!.version);
    expect(await db.programmes.toArray()).toEqual([programme]);
    expect(await db.units.orderBy('id').toArray()).toEqual(units);
    expect(await db.initiatives.orderBy('id').toArray()).toEqual(
      [...initiatives].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(await db.settings.get('activeProgrammeId')).toEqual({
      key: 'activeProgrammeId',
      value: 'p-1',
    });

    // No list rows are stored (D62): the records' index by programme and time answers the list.
    expect(storeNames(db)).not.toContain('initiativeRows');
    const newest = await newestRows(db, 'p-1', 3);
    expect(newest.map((r) => r.id)).toEqual(['i-119', 'i-118', 'i-117']);
    expect(newest).toEqual(initiatives.slice(-3).reverse().map(toRow));
    const all = await loadProgrammeRows(db, 'p-1');
    expect(all).toHaveLength(120);
    expect(all.find((r) => r.id === 'i-7')!.trashed).toBe(1);
    expect(liveTotal(await getInitiativeCounts(db, 'p-1'))).toBe(119);
    db.close();
  });

  it('upgrades a version-2 database: its rows go, the form problems come from the records, appraisal tables appear', async () => {
    const name = `migrate-v2-${Date.now()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA.filter((v) => v.version <= 2)) old.version(v.version).stores(v.stores);
    const complete = completeInitiative({ id: 'ok', programmeId: 'p-1', unitId: 'u-1' });
    const half = completeInitiative({
      id: 'half',
      programmeId: 'p-1',
      unitId: 'u-1',
      title: '',
      novelty: '',
    });
    await old.table('initiatives').bulkAdd([complete, half]);
    // Rows as version 2 wrote them: no formProblems.
    await old.table('initiativeRows').bulkAdd(
      [complete, half].map((i) => {
        const { formProblems: _dropped, ...v2row } = toRow(i);
        return v2row;
      }),
    );
    old.close();

    const db = new DeskDb(name);
    await db.open();
    expect(storeNames(db)).not.toContain('initiativeRows');
    const rows = new Map((await loadProgrammeRows(db, 'p-1')).map((r) => [r.id, r]));
    expect(rows.get('ok')!.formProblems).toBe(0);
    expect(rows.get('half')!.formProblems).toBe(2);
    expect(liveTotal(await getInitiativeCounts(db, 'p-1'))).toBe(2);
    expect(await db.councils.count()).toBe(0);
    expect(await db.scoreSheets.count()).toBe(0);
    db.close();
  });

  it('upgrades a version-3 database: counts per programme and status are filled from the records', async () => {
    const name = `migrate-v3-${Date.now()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA.filter((v) => v.version <= 3)) old.version(v.version).stores(v.stores);
    const statuses = ['draft', 'submitted', 'recognised', 'not_recognised'] as const;
    const initiatives = Array.from({ length: 90 }, (_, n) =>
      completeInitiative({
        id: `i-${n}`,
        programmeId: n % 3 === 0 ? 'p-2' : 'p-1',
        status: statuses[n % 4]!,
        deletedAt: n % 10 === 0 ? '2021-04-01T00:00:00.000Z' : null,
      }),
    );
    await old.table('initiatives').bulkAdd(initiatives);
    // Rows that disagree with their records: the counts follow the records.
    await old
      .table('initiativeRows')
      .bulkAdd(initiatives.map((i) => ({ ...toRow(i), trashed: 0 })));
    old.close();

    const db = new DeskDb(name);
    await db.open();
    const stored = new Map((await db.initiativeCounts.toArray()).map((c) => [c.programmeId, c]));
    expect(stored).toEqual(countRows(initiatives.map(toRow)));
    const p1 = initiatives.filter((i) => i.programmeId === 'p-1');
    expect(stored.get('p-1')!.trashed).toBe(p1.filter((i) => i.deletedAt).length);
    expect(stored.get('p-1')!.live.submitted).toBe(
      p1.filter((i) => !i.deletedAt && i.status === 'submitted').length,
    );
    expect(liveTotal(stored.get('p-2')!)).toBe(27);
    // The records themselves are untouched.
    expect(await db.initiatives.count()).toBe(90);
    expect(await db.initiatives.get('i-5')).toEqual(initiatives[5]);
    db.close();
  });

  it('upgrades a version-4 database: the rows cache starts empty and the register reads the rows', async () => {
    const name = `migrate-v4-${Date.now()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA.filter((v) => v.version <= 4)) old.version(v.version).stores(v.stores);
    const initiatives = Array.from({ length: 12 }, (_, n) =>
      completeInitiative({ id: `i-${n}`, programmeId: 'p-1' }),
    );
    await old.table('initiatives').bulkAdd(initiatives);
    await old.table('initiativeRows').bulkAdd(initiatives.map(toRow));
    await old.table('initiativeCounts').bulkPut([...countRows(initiatives.map(toRow)).values()]);
    old.close();

    const db = new DeskDb(name);
    await db.open();
    expect(await db.rowSnapshots.count()).toBe(0);
    expect(await db.rowPages.count()).toBe(0);
    expect(await db.rowChanges.count()).toBe(0);
    const store = new ProgrammeRowsStore(db, 'p-1', undefined, {
      ...DEFAULT_PACING,
      snapshotAfterMs: 0,
    });
    store.subscribe(() => undefined);
    await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));
    expect(store.getSnapshot().rows).toHaveLength(12);
    // The first full load takes the snapshot the next one reads.
    await waitFor(async () => expect((await db.rowSnapshots.get('p-1'))?.rows).toBe(12));
    store.dispose();
    db.close();
  });

  it('upgrades a version-5 database: the list rows go, the snapshot stays and the register reads it', async () => {
    const name = `migrate-v5-${Date.now()}`;
    const initiatives = Array.from({ length: 12 }, (_, n) =>
      completeInitiative({
        id: `i-${n}`,
        programmeId: 'p-1',
        title: `Sáng kiến số ${n}`,
        updatedAt: new Date(Date.UTC(2021, 2, 1, 0, n)).toISOString(),
      }),
    );
    // The register's snapshot, as a load writes it (its format is the same in schemas 5 and 6).
    const scratch = new DeskDb(`${name}-scratch`);
    await scratch.initiatives.bulkAdd(initiatives);
    await scratch.initiativeCounts.bulkPut([...countRows(initiatives.map(toRow)).values()]);
    const first = new ProgrammeRowsStore(scratch, 'p-1', undefined, {
      ...DEFAULT_PACING,
      snapshotAfterMs: 0,
    });
    first.subscribe(() => undefined);
    await waitFor(() => expect(first.getSnapshot().phase).toBe('full'));
    await waitFor(async () => expect((await scratch.rowSnapshots.get('p-1'))?.rows).toBe(12));
    first.dispose();
    const cache = {
      rowPages: await scratch.rowPages.toArray(),
      rowSnapshots: await scratch.rowSnapshots.toArray(),
      initiativeCounts: await scratch.initiativeCounts.toArray(),
    };
    await scratch.delete();
    // A version-5 database holding the records, their list rows and that snapshot.
    const old = new Dexie(name);
    for (const v of SCHEMA.filter((v) => v.version <= 5)) old.version(v.version).stores(v.stores);
    await old.table('initiatives').bulkAdd(initiatives);
    await old.table('initiativeRows').bulkAdd(initiatives.map(toRow));
    for (const [table, records] of Object.entries(cache)) await old.table(table).bulkAdd(records);
    old.close();

    const db = new DeskDb(name);
    await db.open();
    expect(storeNames(db)).not.toContain('initiativeRows');
    expect(await db.rowSnapshots.count()).toBe(1);
    // Records stored before the index existed are in it.
    expect((await newestRows(db, 'p-1', 2)).map((r) => r.id)).toEqual(['i-11', 'i-10']);
    expect(await db.initiatives.where('programmeId').equals('p-1').count()).toBe(12);
    const store = new ProgrammeRowsStore(db, 'p-1', undefined, {
      ...DEFAULT_PACING,
      snapshotAfterMs: null,
    });
    store.subscribe(() => undefined);
    await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));
    expect([...store.getSnapshot().rows].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...initiatives].sort((a, b) => (a.id < b.id ? -1 : 1)).map(toRow),
    );
    store.dispose();
    db.close();
  });
});
