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
import {
  countRows,
  getInitiativeCounts,
  liveTotal,
} from '../../../renderer/src/db/initiative-counts';
import { seedProgramme } from '@shared/seed-programme';
import type { Unit } from '@shared/model/unit';
import { author, completeInitiative } from '../../shared/initiative-fixtures';

const meta = {
  createdAt: '2021-03-08T00:00:00.000Z',
  updatedAt: '2021-03-08T00:00:00.000Z',
  updatedBy: 'x',
};

describe('schema migrations', () => {
  it('opens a version-1 database without losing anything and fills initiativeRows', async () => {
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

    const rows = await db.initiativeRows.orderBy('id').toArray();
    expect(rows).toHaveLength(120);
    expect(rows).toEqual([...initiatives].sort((a, b) => (a.id < b.id ? -1 : 1)).map(toRow));
    expect((await db.initiativeRows.get('i-7'))!.trashed).toBe(1);
    // The new compound index answers the list's first query.
    const newest = await db.initiativeRows
      .where('[programmeId+updatedAt]')
      .between(['p-1', Dexie.minKey], ['p-1', Dexie.maxKey])
      .reverse()
      .limit(3)
      .toArray();
    expect(newest.map((r) => r.id)).toEqual(['i-119', 'i-118', 'i-117']);
    db.close();
  });

  it('upgrades a version-2 database: rows gain their form problems, appraisal tables appear', async () => {
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
    expect((await db.initiativeRows.get('ok'))!.formProblems).toBe(0);
    expect((await db.initiativeRows.get('half'))!.formProblems).toBe(2);
    expect(liveTotal(await getInitiativeCounts(db, 'p-1'))).toBe(2);
    expect(await db.councils.count()).toBe(0);
    expect(await db.scoreSheets.count()).toBe(0);
    db.close();
  });

  it('upgrades a version-3 database: counts per programme and status are filled from the rows', async () => {
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
    await old.table('initiativeRows').bulkAdd(initiatives.map(toRow));
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
    // The rows and records themselves are untouched.
    expect(await db.initiativeRows.count()).toBe(90);
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
});
