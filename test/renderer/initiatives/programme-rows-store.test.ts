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
import { loadProgrammeRows, readRowChunks } from '../../../renderer/src/search/load-rows';
import {
  ProgrammeRowsStore,
  type LoadPacing,
  type RowsSnapshot,
} from '../../../renderer/src/search/programme-rows-store';
import { queryRows } from '../../../renderer/src/search/row-query';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';

const by = 'Trần Thị Bình';
const stores: ProgrammeRowsStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

const seeded = async (count: number) => {
  const env = await setUpDb();
  const records = Array.from({ length: count }, (_, n) =>
    completeInitiative({
      id: `i-${String(n).padStart(3, '0')}`,
      programmeId: env.programme.id,
      unitId: env.office.unitId,
      title: `Sáng kiến số ${n}`,
      authors: [author(`Tác giả ${n}`, 100)],
      updatedAt: new Date(Date.UTC(2021, 2, 1, 0, n)).toISOString(),
    }),
  );
  await importInitiatives(env.db, records, by);
  return env;
};

const started = (env: Awaited<ReturnType<typeof seeded>>, pacing?: LoadPacing) => {
  const store = new ProgrammeRowsStore(env.db, env.programme.id, undefined, pacing);
  stores.push(store);
  const seen: RowsSnapshot[] = [];
  store.subscribe(() => seen.push(store.getSnapshot()));
  return { store, seen };
};

const find = (s: RowsSnapshot, query: string) =>
  queryRows(s.rows, s.index, { query }, undefined, s.unitNames).map((r) => r.title);

describe('loadProgrammeRows', () => {
  it('hands over the 50 newest first, the total and then every row of the programme', async () => {
    const env = await seeded(120);
    await createInitiative(env.db, emptyDraft('another-programme', env.office.unitId), by);
    let first: { ids: string[] } | null = null;
    let total = 0;
    const all = await loadProgrammeRows(
      env.db,
      env.programme.id,
      (rows) => {
        first = { ids: rows.map((r) => r.id) };
      },
      (n) => {
        total = n;
      },
    );
    expect(total).toBe(120);
    expect(first!.ids).toHaveLength(50);
    expect(first!.ids[0]).toBe('i-119');
    expect(first!.ids[49]).toBe('i-070');
    expect(all).toHaveLength(120);
  });
});

describe('ProgrammeRowsStore', () => {
  it('paints the first page, then the whole programme with a search index', async () => {
    const env = await seeded(80);
    const { store, seen } = started(env);
    await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));
    expect(seen[0]).toMatchObject({ phase: 'first' });
    expect(seen[0]!.rows).toHaveLength(50);
    const s = store.getSnapshot();
    expect(s.rows).toHaveLength(80);
    expect(find(s, 'sang kien so 42')).toEqual(['Sáng kiến số 42']);
    // The office's unit name is searchable too.
    expect(find(s, 'ton dong a')).toHaveLength(80);
  });

  it('follows committed writes without re-reading: create, edit, trash, discard, other programmes', async () => {
    const env = await seeded(3);
    const { store } = started(env);
    await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));

    const draft = await createInitiative(
      env.db,
      emptyDraft(env.programme.id, env.office.unitId),
      by,
    );
    await updateInitiative(env.db, draft.id, { title: 'Hệ thống tưới Đồng Nai' }, by, 's');
    let s = store.getSnapshot();
    expect(s.rows).toHaveLength(4);
    expect(find(s, 'tuoi dong nai')).toEqual(['Hệ thống tưới Đồng Nai']);

    await trashInitiative(env.db, 'i-001', by);
    s = store.getSnapshot();
    expect(s.rows.find((r) => r.id === 'i-001')!.trashed).toBe(1);
    expect(queryRows(s.rows, s.index, {}).map((r) => r.id)).not.toContain('i-001');

    const empty = await createInitiative(
      env.db,
      emptyDraft(env.programme.id, env.office.unitId),
      by,
    );
    expect(store.getSnapshot().rows).toHaveLength(5);
    await discardEmptyDraft(env.db, empty.id);
    expect(store.getSnapshot().rows).toHaveLength(4);

    await createInitiative(env.db, emptyDraft('another-programme', env.office.unitId), by);
    expect(store.getSnapshot().rows).toHaveLength(4);
  });

  it('keeps writes made while the full read runs', async () => {
    const env = await seeded(60);
    const { store } = started(env);
    const during = await createInitiative(
      env.db,
      { ...emptyDraft(env.programme.id, env.office.unitId), title: 'Ghi trong lúc tải' },
      by,
    );
    await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));
    expect(store.getSnapshot().rows.map((r) => r.id)).toContain(during.id);
    expect(store.getSnapshot().rows).toHaveLength(61);
  });

  it('re-indexes the initiatives of a renamed unit', async () => {
    const env = await seeded(2);
    const { store } = started(env);
    await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));
    const unit = (await env.db.units.get(env.office.unitId))!;
    await env.db.units.put({ ...unit, name: 'Công đoàn Cao su Phú Riềng' });
    await waitFor(() => expect(find(store.getSnapshot(), 'phu rieng')).toHaveLength(2));
    expect(find(store.getSnapshot(), 'ton dong a')).toHaveLength(0);
  });

  it('drops its rows on dispose and loads afresh when subscribed to again', async () => {
    const env = await seeded(60);
    const { store } = started(env);
    // Disposed while its first read runs: that read must not land in the next load.
    store.dispose();
    expect(store.getSnapshot()).toMatchObject({ phase: 'idle', rows: [] });
    await createInitiative(env.db, emptyDraft(env.programme.id, env.office.unitId), by);
    expect(store.getSnapshot().rows).toHaveLength(0);

    const seen: RowsSnapshot[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()));
    await waitFor(() => expect(store.getSnapshot().phase).toBe('full'));
    expect(store.getSnapshot().rows).toHaveLength(61);
    expect(seen.filter((s) => s.phase === 'full')).toHaveLength(1);
  });

  it('loads in chunks: progress, search over what is in, writes kept, all rows at the end', async () => {
    const env = await seeded(150);
    // Each chunk waits for the test to let it go, so the state between chunks can be looked at.
    let release: (() => void) | null = null;
    const pause = () =>
      new Promise<void>((resolve) => {
        release = resolve;
      });
    const next = async () => {
      await waitFor(() => expect(release).not.toBeNull());
      const r = release!;
      release = null;
      r();
    };
    const { store, seen } = started(env, { chunk: 50, pause, snapshotAfterMs: null });
    await waitFor(() => expect(release).not.toBeNull());
    let s = store.getSnapshot();
    expect(s).toMatchObject({ phase: 'first', expected: 150 });
    // The 50 newest, then the 50 oldest: twice the rows shown, so they are shown.
    expect(s.loaded).toBe(100);
    expect(s.rows).toHaveLength(100);
    expect(seen[0]!.rows.map((r) => r.id).slice(0, 2)).toEqual(['i-149', 'i-148']);
    expect(find(s, 'sang kien so 3')).toContain('Sáng kiến số 3');
    expect(find(s, 'sang kien so 60')).toEqual([]);

    // Written while loading: an old row edited, a new one created; a later chunk must not undo it.
    await updateInitiative(env.db, 'i-070', { title: 'Máy sấy lúa' }, by, 's');
    const during = await createInitiative(
      env.db,
      { ...emptyDraft(env.programme.id, env.office.unitId), title: 'Ghi trong lúc tải' },
      by,
    );
    s = store.getSnapshot();
    expect(s.phase).toBe('first');
    expect(find(s, 'may say lua')).toEqual(['Máy sấy lúa']);
    expect(s.rows.map((r) => r.id)).toContain(during.id);

    const loadedSeen: number[] = [];
    while (store.getSnapshot().phase !== 'full') {
      loadedSeen.push(store.getSnapshot().loaded);
      await next();
      await waitFor(() =>
        expect(release !== null || store.getSnapshot().phase === 'full').toBe(true),
      );
    }
    expect(loadedSeen.length).toBeGreaterThan(1);
    expect([...loadedSeen].sort((a, b) => a - b)).toEqual(loadedSeen);
    s = store.getSnapshot();
    expect(s.rows).toHaveLength(151);
    expect(s.rows.find((r) => r.id === 'i-070')!.title).toBe('Máy sấy lúa');
    expect(find(s, 'sang kien so 70')).toEqual([]);
    expect(find(s, 'sang kien so 60')).toEqual(['Sáng kiến số 60']);
  });
});

describe('readRowChunks', () => {
  it('reads every row once, oldest first, however many share a timestamp', async () => {
    const env = await setUpDb();
    // Thirty rows, in groups of one to nine sharing a timestamp, across chunks of seven.
    const records = Array.from({ length: 30 }, (_, n) =>
      completeInitiative({
        id: `r-${String(n).padStart(2, '0')}`,
        programmeId: env.programme.id,
        unitId: env.office.unitId,
        updatedAt: new Date(Date.UTC(2021, 2, 1, 0, n < 9 ? 0 : n < 12 ? 1 : n)).toISOString(),
      }),
    );
    await importInitiatives(env.db, records, by);
    await createInitiative(env.db, emptyDraft('another-programme', env.office.unitId), by);
    const chunks: string[][] = [];
    await readRowChunks(
      env.db,
      env.programme.id,
      (rows) => {
        chunks.push(rows.map((r) => r.id));
        return true;
      },
      7,
    );
    const ids = chunks.flat();
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(ids.slice(0, 9).sort()).toEqual(records.slice(0, 9).map((r) => r.id));
    expect(chunks.length).toBeGreaterThan(3);

    const stopped: string[][] = [];
    await readRowChunks(
      env.db,
      env.programme.id,
      (rows) => stopped.push([]) < 2 && rows.length > 0,
      7,
    );
    expect(stopped).toHaveLength(2);
  });
});
