import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import {
  createInitiative,
  discardEmptyDraft,
  emptyDraft,
  importInitiatives,
  trashInitiative,
  updateInitiative,
} from '../../../renderer/src/db/initiatives';
import { changedSince, changesOf, lastChangeSeq } from '../../../renderer/src/db/row-changes';
import {
  getRowSnapshot,
  PAGE_ROWS,
  readSnapshotIndex,
  readSnapshotRows,
  writeRowSnapshot,
} from '../../../renderer/src/db/row-snapshot';
import { updateUnit } from '../../../renderer/src/db/units';
import { storeOver } from '../db/store-over';
import { FoldedIndex } from '@shared/search';
import type { InitiativeRow } from '../../../renderer/src/db/initiative-row';
import { loadProgrammeRows } from '../../../renderer/src/search/load-rows';
import {
  DEFAULT_PACING,
  ProgrammeRowsStore,
  type RowsSnapshot,
} from '../../../renderer/src/search/programme-rows-store';
import { DEFAULT_SORT, queryRows, sortRows } from '../../../renderer/src/search/row-query';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';

const by = 'Trần Thị Bình';
const stores: ProgrammeRowsStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

type Env = Awaited<ReturnType<typeof setUpDb>>;

const records = (env: Env, count: number, from = 0) =>
  Array.from({ length: count }, (_, k) => {
    const n = from + k;
    return completeInitiative({
      id: `i-${String(n).padStart(4, '0')}`,
      programmeId: env.programme.id,
      unitId: env.office.unitId,
      title: `Sáng kiến số ${n}`,
      authors: [author(`Tác giả ${n}`, 100)],
      updatedAt: new Date(Date.UTC(2021, 2, 1, 0, n)).toISOString(),
    });
  });

/** A store that writes its snapshot as soon as its load ends, as the app does after 3 s. */
const full = async (env: Env, snapshotAfterMs: number | null = 0): Promise<RowsSnapshot> => {
  const store = new ProgrammeRowsStore(env.db, env.programme.id, undefined, {
    ...DEFAULT_PACING,
    snapshotAfterMs,
  });
  stores.push(store);
  store.subscribe(() => undefined);
  await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));
  return store.getSnapshot();
};

const snapshotTaken = (env: Env, rows: number) =>
  waitFor(async () => expect((await getRowSnapshot(env.db, env.programme.id))?.rows).toBe(rows));

/** A programme of `count` initiatives whose register has been loaded once and taken its snapshot. */
const withSnapshot = async (count: number): Promise<Env> => {
  const env = await setUpDb();
  await importInitiatives(env.db, records(env, count), by);
  await full(env);
  await snapshotTaken(env, count);
  stores.splice(0).forEach((s) => s.dispose());
  return env;
};

/** The first page of rows (the index page sorts before it). */
const rowsPage = async (env: Env) => (await env.db.rowPages.toArray()).find((p) => p.page === 0)!;

const titles = (rows: readonly InitiativeRow[]) =>
  new Map(rows.map((r) => [r.id, `${r.title}|${r.status}|${r.trashed}`]));

describe('row changes', () => {
  it('lists each touched row once per programme, a moved row under both', () => {
    expect(
      changesOf([
        { id: 'a', programmeId: 'p' },
        { id: 'a', programmeId: 'p' },
        { id: 'b', programmeId: 'q' },
        { id: 'b', programmeId: 'p' },
      ]),
    ).toEqual([
      { programmeId: 'p', ids: ['a', 'b'] },
      { programmeId: 'q', ids: ['b'] },
    ]);
  });

  it('records one change per write, not per initiative, in the writing transaction', async () => {
    const env = await setUpDb();
    expect(await lastChangeSeq(env.db, env.programme.id)).toBe(0);
    await importInitiatives(env.db, records(env, 30), by);
    const first = await changedSince(env.db, env.programme.id, 0);
    expect(first.writes).toBe(1);
    expect(first.ids.size).toBe(30);
    await updateInitiative(env.db, 'i-0003', { title: 'Đổi tên' }, by, 's');
    const since = await changedSince(env.db, env.programme.id, first.last);
    expect([...since.ids]).toEqual(['i-0003']);
    expect(await env.db.rowChanges.count()).toBe(2);
  });
});

describe('row snapshot', () => {
  it('writes pages, drops the changes it holds and the pages it replaces, and reads back', async () => {
    const env = await setUpDb();
    await importInitiatives(env.db, records(env, 12), by);
    const rows = await loadProgrammeRows(env.db, env.programme.id);
    const asOf = await lastChangeSeq(env.db, env.programme.id);
    const many = Array.from({ length: PAGE_ROWS + 3 }, (_, n) => ({
      ...rows[n % 12]!,
      id: `r${n}`,
    }));
    expect(await writeRowSnapshot(env.db, env.programme.id, many, asOf)).toBe(true);
    expect(await getRowSnapshot(env.db, env.programme.id)).toMatchObject({ pages: 2, asOf });
    expect(await env.db.rowChanges.count()).toBe(0);
    expect(await writeRowSnapshot(env.db, env.programme.id, rows, asOf)).toBe(true);
    expect(await env.db.rowPages.count()).toBe(1);
    const read: InitiativeRow[] = [];
    const snapshot = (await getRowSnapshot(env.db, env.programme.id))!;
    expect(await readSnapshotRows(env.db, snapshot, (r) => (read.push(...r), true))).toBe(true);
    expect(titles(read)).toEqual(titles(rows));
  });

  it('reports a snapshot with a page missing as damaged', async () => {
    const env = await setUpDb();
    await importInitiatives(env.db, records(env, 3), by);
    const rows = await loadProgrammeRows(env.db, env.programme.id);
    await writeRowSnapshot(env.db, env.programme.id, rows, 0);
    const snapshot = (await getRowSnapshot(env.db, env.programme.id))!;
    await env.db.rowPages.clear();
    expect(await readSnapshotRows(env.db, snapshot, () => true)).toBe(false);
  });

  it('stops without switching when its store goes away mid-write', async () => {
    const env = await setUpDb();
    await importInitiatives(env.db, records(env, 3), by);
    const rows = await loadProgrammeRows(env.db, env.programme.id);
    let live = true;
    const pause = () => ((live = false), Promise.resolve());
    const many = Array.from({ length: 2 * PAGE_ROWS }, (_, n) => ({ ...rows[0]!, id: `r${n}` }));
    const options = { pause, current: () => live };
    expect(await writeRowSnapshot(env.db, env.programme.id, many, 0, options)).toBe(false);
    expect(await getRowSnapshot(env.db, env.programme.id)).toBeUndefined();
  });
});

describe('a register loaded from its snapshot', () => {
  it('is written after a full load and then equals the rows table after edits, trash and removal', async () => {
    const env = await withSnapshot(120);

    await updateInitiative(env.db, 'i-0007', { title: 'Máy cắt tôn cải tiến' }, by, 's');
    await trashInitiative(env.db, 'i-0008', by);
    await importInitiatives(env.db, records(env, 5, 500), by);
    const other = completeInitiative({
      id: 'i-0009',
      programmeId: 'another-programme',
      unitId: env.office.unitId,
      title: 'Chuyển sang chương trình khác',
      authors: [author('Tác giả 9', 100)],
      updatedAt: new Date(Date.UTC(2021, 5, 1)).toISOString(),
    });
    await storeOver(env.db, [other]); // moves i-0009 out of this programme
    const draft = await createInitiative(
      env.db,
      emptyDraft(env.programme.id, env.office.unitId),
      by,
    );
    expect(await discardEmptyDraft(env.db, draft.id)).toBe(true);

    const s = await full(env, null);
    const truth = await loadProgrammeRows(env.db, env.programme.id);
    expect(s.rows.length).toBe(124);
    expect(titles(s.rows)).toEqual(titles(truth));
    expect(queryRows(s.rows, s.index, { query: 'may cat ton' }).map((r) => r.id)).toEqual([
      'i-0007',
    ]);
    expect(queryRows(s.rows, s.index, { query: 'chuyen sang' })).toEqual([]);
  });

  it('holds its rows newest first, so the next load takes them in the order the list shows', async () => {
    // More than the 50 newest rows read first, so the first load's order is not already this one.
    const env = await withSnapshot(80);
    const snapshot = (await getRowSnapshot(env.db, env.programme.id))!;
    const order: string[] = [];
    await readSnapshotRows(
      env.db,
      snapshot,
      (rows) => (order.push(...rows.map((r) => r.id)), true),
    );
    const newestFirst = records(env, 80)
      .map((r) => r.id)
      .reverse();
    expect(order).toEqual(newestFirst);
    const s = await full(env, null);
    expect(s.rows.map((r) => r.id)).toEqual(newestFirst);
    expect(sortRows(s.rows, DEFAULT_SORT)).toEqual(s.rows);
  });

  it('is read from the pages (a row unchanged since shows as the snapshot holds it)', async () => {
    const env = await withSnapshot(20);
    const page = await rowsPage(env);
    page.rows = page.rows.map((r) =>
      r.id === 'i-0004' ? { ...r, title: 'Bản trong ảnh chụp' } : r,
    );
    await env.db.rowPages.put(page);
    const s = await full(env, null);
    expect(s.rows.find((r) => r.id === 'i-0004')?.title).toBe('Bản trong ảnh chụp');
  });

  it('falls back to the rows table when the snapshot does not add up to the counts', async () => {
    const env = await withSnapshot(20);
    const page = await rowsPage(env);
    page.rows = page.rows.slice(0, 15).map((r) => ({ ...r, title: 'Cũ' }));
    await env.db.rowPages.put(page);
    const s = await full(env, null);
    expect(titles(s.rows)).toEqual(titles(await loadProgrammeRows(env.db, env.programme.id)));
  });
});

describe('the search index stored with a snapshot', () => {
  const ids = (s: RowsSnapshot, query: string) =>
    queryRows(s.rows, s.index, { query })
      .map((r) => r.id)
      .sort();
  const indexPage = async (env: Env) =>
    (await env.db.rowPages.toArray()).find((p) => p.page === -1)!;
  /** The parts of the stored postings, first part first. */
  const postingParts = async (env: Env) =>
    (await env.db.rowPages.toArray()).filter((p) => p.page < -1).sort((a, b) => b.page - a.page);
  const storedIndex = async (env: Env) =>
    readSnapshotIndex(env.db, (await getRowSnapshot(env.db, env.programme.id))!);

  it('is written with the pages, its slots in their order', async () => {
    const env = await withSnapshot(30);
    const snapshot = (await getRowSnapshot(env.db, env.programme.id))!;
    const stored = (await readSnapshotIndex(env.db, snapshot))!;
    const order: string[] = [];
    await readSnapshotRows(
      env.db,
      snapshot,
      (rows) => (order.push(...rows.map((r) => r.id)), true),
    );
    expect(stored.image.count).toBe(30);
    // Named in the pages' order, the stored index finds each row by its own words.
    const index = FoldedIndex.fromImage(stored.image)!;
    order.forEach((id) => index.nameNext(id));
    expect([...index.search('so 12')!]).toEqual(['i-0012']);
    expect(index.search('sang kien')?.size).toBe(30);
    expect(stored.unitNames).toContainEqual([env.office.unitId, expect.any(String)]);
  });

  it('answers as the index the rows would build, after edits since', async () => {
    const env = await withSnapshot(60);
    await updateInitiative(env.db, 'i-0007', { title: 'Máy cắt tôn cải tiến' }, by, 's');
    await trashInitiative(env.db, 'i-0008', by);
    await importInitiatives(env.db, records(env, 3, 900), by);
    // The stored index, not the pages, answers for rows unchanged since: a page edited behind its
    // back keeps its old words in search.
    const page = await rowsPage(env);
    page.rows = page.rows.map((r) => (r.id === 'i-0004' ? { ...r, title: 'Xylanh' } : r));
    await env.db.rowPages.put(page);

    const s = await full(env, null);
    expect(s.rows.length).toBe(63);
    expect(ids(s, 'may cat ton')).toEqual(['i-0007']);
    expect(ids(s, 'so 900')).toEqual(['i-0900']);
    expect(ids(s, 'so 4')).toContain('i-0004');
    expect(ids(s, 'xylanh')).toEqual([]);
    // All but the renamed one and the trashed one (the list leaves trash out).
    expect(ids(s, 'sang kien').length).toBe(61);
  });

  it.each([
    [
      'missing',
      async (env: Env) =>
        env.db.rowPages.delete([env.programme.id, (await indexPage(env)).generation, -1]),
    ],
    [
      'damaged',
      async (env: Env) => {
        const [part] = await postingParts(env);
        part!.postings = part!.postings!.map(() => 10_000);
        await env.db.rowPages.put(part!);
      },
    ],
    [
      'missing a part of its postings',
      async (env: Env) => {
        const [part] = await postingParts(env);
        await env.db.rowPages.delete([part!.programmeId, part!.generation, part!.page]);
      },
    ],
  ])('is rebuilt from the rows when %s, and the snapshot rewritten with one', async (_, spoil) => {
    const env = await withSnapshot(25);
    const before = (await getRowSnapshot(env.db, env.programme.id))!.generation;
    await spoil(env);
    const s = await full(env);
    expect(ids(s, 'so 12')).toEqual(['i-0012']);
    expect(ids(s, 'sang kien').length).toBe(25);
    await waitFor(async () =>
      expect((await getRowSnapshot(env.db, env.programme.id))!.generation).not.toBe(before),
    );
    const rewritten = await storedIndex(env);
    expect(rewritten?.image.count).toBe(25);
    expect(Math.max(...rewritten!.image.postings)).toBeLessThan(25);
  });

  it('keeps its postings in parts of a bounded size, read back whole', async () => {
    const env = await withSnapshot(40);
    const snapshot = (await getRowSnapshot(env.db, env.programme.id))!;
    const whole = (await readSnapshotIndex(env.db, snapshot))!;
    const rows: InitiativeRow[] = [];
    await readSnapshotRows(env.db, snapshot, (r) => (rows.push(...r), true));
    // Written again in parts of 16 postings: several parts, none larger, the same index back.
    expect(
      await writeRowSnapshot(env.db, env.programme.id, rows, snapshot.asOf, {
        index: whole,
        postingsPerPart: 16,
      }),
    ).toBe(true);
    const parts = await postingParts(env);
    expect(parts.length).toBe(Math.ceil(whole.image.postings.length / 16));
    expect(parts.every((p) => p.postings!.length <= 16)).toBe(true);
    expect((await indexPage(env)).index!.image.postings).toBeUndefined();
    let pauses = 0;
    const again = await readSnapshotIndex(
      env.db,
      (await getRowSnapshot(env.db, env.programme.id))!,
      () => {
        pauses += 1;
        return Promise.resolve();
      },
    );
    expect(again).toEqual(whole);
    expect(pauses).toBe(parts.length);
  });

  it('is still read from a snapshot written before the parts, which is then rewritten in parts', async () => {
    const env = await withSnapshot(20);
    const whole = (await storedIndex(env))!;
    for (const part of await postingParts(env))
      await env.db.rowPages.delete([part.programmeId, part.generation, part.page]);
    const page = await indexPage(env);
    page.index = { image: whole.image, unitNames: whole.unitNames };
    await env.db.rowPages.put(page);
    const read = (await storedIndex(env))!;
    expect(read.inParts).toBe(false);
    // Compared by content: storage hands back its own realm's typed arrays.
    expect({ ...read.image, postings: [...read.image.postings] }).toEqual({
      ...whole.image,
      postings: [...whole.image.postings],
    });
    const s = await full(env);
    expect(ids(s, 'so 12')).toEqual(['i-0012']);
    await waitFor(async () => expect((await storedIndex(env))?.inParts).toBe(true));
    expect((await postingParts(env)).length).toBeGreaterThan(0);
  });

  it('is left aside when a unit was renamed since, so search finds the new name', async () => {
    const env = await withSnapshot(10);
    const unit = (await env.db.units.get(env.office.unitId))!;
    await updateUnit(env.db, unit.id, { ...unit, name: 'Công đoàn Xí nghiệp Zeta' }, by);
    const s = await full(env, null);
    expect(ids(s, 'zeta').length).toBe(10);
    expect(ids(s, 'ton dong a')).toEqual([]);
  });
});
