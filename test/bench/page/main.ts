// The benchmark page: built by vite from the app's own database and search code, served on the
// app's origin so the app page opens the very database seeded here.
import Dexie from 'dexie';
import { initiativeSchema, type Initiative } from '@shared/model/initiative';
import { toRow } from '../../../renderer/src/db/initiative-row';
import { DeskDb, openDeskDb } from '../../../renderer/src/db/database';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { completeSetup } from '../../../renderer/src/db/settings';
import { createUnit } from '../../../renderer/src/db/units';
import {
  DEFAULT_PACING,
  ProgrammeRowsStore,
} from '../../../renderer/src/search/programme-rows-store';
import { getRowSnapshot } from '../../../renderer/src/db/row-snapshot';
import { getInitiativeCounts } from '../../../renderer/src/db/initiative-counts';
import { buildRowIndex, DEFAULT_SORT, queryRows } from '../../../renderer/src/search/row-query';
import { settledChoice } from '@shared/bundle/import-match';
import { ok } from '@shared/result';
import { importBundle } from '../../../renderer/src/db/bundle-import';
import { previewImport } from '../../../renderer/src/db/bundle-preview';
import { DB_NAME } from '../../../renderer/src/db/schema';
import type {
  BenchApi,
  BenchBundle,
  ImportReport,
  SearchReport,
  SeedReport,
  SetupInfo,
} from './api';
import { makeBatch } from './generate';
import { UNITS } from './words';
import { probeLayout, type Layout, type LayoutReport } from './row-pages-probe';

const BY = 'Trần Văn Bình';

/** Progress lines run.ts relays to the terminal. */
const progress = (line: string): void => console.log(`[bench] ${line}`);

const setup = async (): Promise<SetupInfo> => {
  const db = openDeskDb();
  const office = await completeSetup(db, {
    unitName: 'Liên đoàn Lao động tỉnh Đồng Nai',
    kind: 'ldld_tinh',
    parentBody: 'Tổng Liên đoàn Lao động Việt Nam',
    place: 'Biên Hòa',
    chairName: 'Nguyễn Thị Hồng Nhung',
    chairTitle: 'Chủ tịch',
    email: 'bancsktxh@gmail.com',
    userName: BY,
  });
  const units: { id: string; name: string }[] = [];
  for (const [name, kind, parent] of UNITS) {
    const parentId = parent < 0 ? office.unitId : units[parent]!.id;
    const unit = await createUnit(db, { name, kind, parentId }, BY);
    units.push({ id: unit.id, name: unit.name });
  }
  const programme = await db.programmes.toCollection().first();
  if (!programme) throw new Error('completeSetup left no programme');
  return { programmeId: programme.id, units };
};

/** Runs `write` per chunk of generated records, timing only the writes. */
const seed = async (
  label: string,
  info: SetupInfo,
  total: number,
  chunk: number,
  write: (batch: unknown[]) => Promise<void>,
): Promise<number> => {
  let writeMs = 0;
  for (let from = 0; from < total; from += chunk) {
    const batch = makeBatch(from, Math.min(total, from + chunk), { ...info, by: BY });
    const t0 = performance.now();
    await write(batch);
    writeMs += performance.now() - t0;
    const done = Math.min(total, from + chunk);
    if (done % (chunk * 4) === 0 || done === total)
      progress(`${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
  }
  return writeMs;
};

const seedRaw = async (info: SetupInfo, total: number, chunk: number): Promise<SeedReport> => {
  // Same schema and indexes as the app's database, under another name, so it costs nothing there.
  const raw = new DeskDb('sang-kien-desk-bench-raw');
  await raw.open();
  const writeMs = await seed('raw bulkPut', info, total, chunk, async (batch) => {
    await raw.initiatives.bulkPut(batch as never[]);
  });
  const counts = { initiatives: await raw.initiatives.count() };
  await raw.delete();
  return { records: total, writeMs, counts };
};

/**
 * The same writes the app makes (each record and its list row, one transaction per batch) without
 * validation or history: the fair baseline for the app's import path, since the row table is a
 * design choice that makes the first paint fast (docs/decisions.md, D7).
 */
const seedRawWithRows = async (
  info: SetupInfo,
  total: number,
  chunk: number,
  durability: 'strict' | 'relaxed' = 'strict',
): Promise<SeedReport> => {
  const raw = new DeskDb(`sang-kien-desk-bench-raw-rows-${durability}`, durability);
  await raw.open();
  const label = `raw bulkPut + rows (${durability})`;
  const writeMs = await seed(label, info, total, chunk, async (batch) => {
    const records = batch as Initiative[];
    await raw.transaction('rw', [raw.initiatives, raw.initiativeRows], async () => {
      await raw.initiatives.bulkPut(records);
      await raw.initiativeRows.bulkPut(records.map(toRow));
    });
  });
  const counts = {
    initiatives: await raw.initiatives.count(),
    initiativeRows: await raw.initiativeRows.count(),
  };
  await raw.delete();
  return { records: total, writeMs, counts };
};

const seedApp = async (info: SetupInfo, total: number, chunk: number): Promise<SeedReport> => {
  const db = openDeskDb();
  const writeMs = await seed('app import', info, total, chunk, async (batch) => {
    await importInitiatives(db, batch, BY, 'Nhập dữ liệu thử hiệu năng');
  });
  const counts = {
    initiatives: await db.initiatives.count(),
    initiativeRows: await db.initiativeRows.count(),
    history: await db.history.count(),
  };
  return { records: total, writeMs, counts };
};

const parseOnly = (info: SetupInfo, total: number, chunk: number): number => {
  let ms = 0;
  for (let from = 0; from < total; from += chunk) {
    const batch = makeBatch(from, Math.min(total, from + chunk), { ...info, by: BY });
    const t0 = performance.now();
    for (const r of batch) initiativeSchema.parse(r);
    ms += performance.now() - t0;
  }
  return ms;
};

/** The last register `search` loaded, kept so run.ts can weigh the heap holding it. */
const holder = window as unknown as { benchRegister: unknown };

/** One load of the register as the list screen does it: times, the longest task, the last snapshot. */
const timedLoad = async (
  info: SetupInfo,
  snapshotAfterMs: number | null,
): Promise<{
  firstMs: number;
  fullMs: number;
  longestTaskMs: number;
  store: ProgrammeRowsStore;
  snapshot: ReturnType<ProgrammeRowsStore['getSnapshot']>;
}> => {
  const store = new ProgrammeRowsStore(openDeskDb(), info.programmeId, undefined, {
    ...DEFAULT_PACING,
    snapshotAfterMs,
  });
  // The longest stretch the page could not answer input while the register loaded.
  let longestTaskMs = 0;
  const tasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, e.duration);
  });
  tasks.observe({ type: 'longtask' });
  const t0 = performance.now();
  let firstMs = NaN;
  const snapshot = await new Promise<ReturnType<ProgrammeRowsStore['getSnapshot']>>(
    (resolve, reject) => {
      store.subscribe(() => {
        const s = store.getSnapshot();
        if (s.phase === 'first' && Number.isNaN(firstMs)) firstMs = performance.now() - t0;
        if (s.phase === 'full') resolve(s);
        if (s.phase === 'error') reject(new Error(s.error ?? 'load failed'));
      });
    },
  );
  const fullMs = performance.now() - t0;
  // Long tasks are reported after they end: let the last one in before stopping.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const e of tasks.takeRecords()) longestTaskMs = Math.max(longestTaskMs, e.duration);
  tasks.disconnect();
  return { firstMs, fullMs, longestTaskMs, store, snapshot };
};

/**
 * Loads the register the way the list screen does, twice: from the row records (the first load,
 * which then writes the snapshot of docs/decisions.md D58) and from that snapshot (every later
 * start); then times the searches a clerk types.
 */
const search = async (info: SetupInfo, queries: string[]): Promise<SearchReport> => {
  const cold = await timedLoad(info, 0);
  progress('register loaded from the row records; waiting for its snapshot');
  const db = openDeskDb();
  const tSnapshot = performance.now();
  while (!(await getRowSnapshot(db, info.programmeId))) {
    if (performance.now() - tSnapshot > 5 * 60_000) throw new Error('no snapshot written in 5 min');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const snapshotWriteMs = performance.now() - tSnapshot;
  cold.store.dispose();
  const warm = await timedLoad(info, null);
  warm.store.dispose();
  const { firstMs, fullMs, longestTaskMs, snapshot } = warm;

  const { rows, index, unitNames } = snapshot;

  // The same key range load-rows.ts reads for the first page, one read at a time.
  const range = () =>
    openDeskDb()
      .initiativeRows.where('[programmeId+updatedAt]')
      .between([info.programmeId, Dexie.minKey], [info.programmeId, Dexie.maxKey]);
  const t50 = performance.now();
  await range().reverse().limit(50).toArray();
  const newest50Ms = performance.now() - t50;
  // The counts the top bar and the register's first paint read (no count() over an index).
  const tCount = performance.now();
  await getInitiativeCounts(openDeskDb(), info.programmeId);
  const countMs = performance.now() - tCount;

  const tIndex = performance.now();
  buildRowIndex(rows, unitNames);
  const indexBuildMs = performance.now() - tIndex;

  const tSort = performance.now();
  queryRows(rows, index, {}, DEFAULT_SORT, unitNames);
  const firstSortMs = performance.now() - tSort;

  const searchMs: number[] = [];
  const queryRowsMs: number[] = [];
  const hits: number[] = [];
  for (const q of queries) {
    const a = performance.now();
    const found = index.match(q); // what queryRows filters with
    searchMs.push(performance.now() - a);
    hits.push(found?.size ?? rows.length);
    const b = performance.now();
    queryRows(rows, index, { query: q }, DEFAULT_SORT, unitNames);
    queryRowsMs.push(performance.now() - b);
  }
  holder.benchRegister = snapshot;
  return {
    rows: rows.length,
    storeFirstMs: firstMs,
    storeFullMs: fullMs,
    longestTaskMs,
    coldFullMs: cold.fullMs,
    coldLongestTaskMs: cold.longestTaskMs,
    snapshotWriteMs,
    newest50Ms,
    countMs,
    indexBuildMs,
    firstSortMs,
    searchMs,
    queryRowsMs,
    hits,
  };
};

/** Bundles imported as the district does, into a database of their own (not the register's). */
const importBundles = async (bundles: BenchBundle[]): Promise<ImportReport> => {
  const db = new DeskDb(`${DB_NAME}-bench-import`);
  await completeSetup(db, {
    unitName: 'Liên đoàn Lao động huyện Trảng Bom',
    kind: 'ldld_huyen',
    parentBody: 'Liên đoàn Lao động tỉnh Đồng Nai',
    place: 'Trảng Bom',
    chairName: 'Võ Văn Tâm',
    chairTitle: 'Chủ tịch',
    email: 'ldld.trangbom@example.vn',
    userName: BY,
  });
  // The app snapshots before each import; the bench measures the import, not the backup.
  const snapshot = () => Promise.resolve(ok({ fileName: 'bench.skdb' }));
  const perBundleMs: number[] = [];
  const t0 = performance.now();
  for (const [n, b] of bundles.entries()) {
    const t = performance.now();
    const bundle = { ...b, attachments: [] };
    const preview = await previewImport(db, bundle);
    const result = await importBundle(
      db,
      bundle,
      {
        unit: settledChoice(preview.unit.proposal) ?? { kind: 'new' },
        programme: settledChoice(preview.programme.proposal) ?? { kind: 'new' },
        resolutions: {},
        quotaConfirmed: false,
      },
      BY,
      { snapshot },
    );
    if (!result.ok) throw new Error(result.error.message);
    perBundleMs.push(performance.now() - t);
    if ((n + 1) % 25 === 0) progress(`imported ${n + 1} / ${bundles.length} bundles`);
  }
  const totalMs = performance.now() - t0;
  const counts: Record<string, number> = {};
  for (const t of db.tables) counts[t.name] = await t.count();
  db.close();
  return { bundles: bundles.length, perBundleMs, totalMs, counts };
};

/** Each layout of the list rows in turn, from the same generated records (row-pages-probe.ts). */
const probeRowPages = async (
  info: SetupInfo,
  total: number,
  chunk: number,
  edits: number,
): Promise<LayoutReport[]> => {
  function* batches() {
    for (let from = 0; from < total; from += chunk)
      yield makeBatch(from, Math.min(total, from + chunk), { ...info, by: BY });
  }
  const layouts: Layout[] = ['records', 'rows', 'pages', 'pages+ids'];
  const reports: LayoutReport[] = [];
  for (const layout of layouts)
    reports.push(await probeLayout(layout, info.programmeId, batches, edits, progress));
  return reports;
};

const api: BenchApi = {
  probeRowPages,
  importBundles,
  setup,
  seedRaw,
  seedRawWithRows,
  seedApp,
  parseOnly: (...args) => Promise.resolve(parseOnly(...args)),
  search,
  release: () => {
    holder.benchRegister = null;
    return Promise.resolve();
  },
};
(window as unknown as { bench: BenchApi }).bench = api;
document.title = 'bench ready';
