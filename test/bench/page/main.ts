// The benchmark page: built by vite from the app's own database and search code, served on the
// app's origin so the app page opens the very database seeded here.
import { initiativeSchema } from '@shared/model/initiative';
import { DeskDb, openDeskDb } from '../../../renderer/src/db/database';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { completeSetup } from '../../../renderer/src/db/settings';
import { createUnit } from '../../../renderer/src/db/units';
import {
  DEFAULT_PACING,
  ProgrammeRowsStore,
} from '../../../renderer/src/search/programme-rows-store';
import { getRowSnapshot } from '../../../renderer/src/db/row-snapshot';
import { newestRows } from '../../../renderer/src/search/load-rows';
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

/** One way of writing the generated records, into its own database. */
interface Writer {
  label: string;
  db: DeskDb;
  write: (batch: unknown[]) => Promise<unknown>;
  ms: number;
}

/** Writes each generated batch with every writer in turn, the order rotating each batch. */
const writeInTurns = async (
  writers: readonly Writer[],
  info: SetupInfo,
  total: number,
  chunk: number,
): Promise<void> => {
  for (const w of writers) await w.db.open();
  for (let from = 0, n = 0; from < total; from += chunk, n++) {
    const batch = makeBatch(from, Math.min(total, from + chunk), { ...info, by: BY });
    for (let k = 0; k < writers.length; k++) {
      const w = writers[(n + k) % writers.length]!;
      const t0 = performance.now();
      await w.write(batch);
      w.ms += performance.now() - t0;
    }
    const done = Math.min(total, from + chunk);
    if (done % (chunk * 4) === 0 || done === total)
      progress(`seeded ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
  }
};

const appWriter = (): Writer => {
  const db = openDeskDb();
  return {
    label: 'app',
    db,
    write: (batch) => importInitiatives(db, batch, BY, 'Nhập dữ liệu thử hiệu năng'),
    ms: 0,
  };
};

const reportOf = async (w: Writer, total: number): Promise<SeedReport> => ({
  records: total,
  writeMs: w.ms,
  counts: {
    initiatives: await w.db.initiatives.count(),
    ...(w.label === 'app' ? { history: await w.db.history.count() } : {}),
  },
});

/**
 * Writes the same generated records three ways, batch by batch in turns: a raw Dexie bulkPut with
 * the app's strict durability, the same with Chromium's relaxed default, and the app's own import.
 * The raw databases have the app's schema and indexes under other names, so they cost nothing
 * there. Taking turns (the order rotating each batch), rather than one whole run after another,
 * gives each the same state of the origin's one LevelDB, whose background compaction after the
 * previous run (and after deleting its database) otherwise slows whichever comes next.
 */
const seedAll = async (
  info: SetupInfo,
  total: number,
  chunk: number,
): Promise<{ raw: SeedReport; rawRelaxed: SeedReport; app: SeedReport }> => {
  const rawWriter = (durability: 'strict' | 'relaxed'): Writer => {
    const db = new DeskDb(`sang-kien-desk-bench-raw-${durability}`, durability);
    return {
      label: `raw ${durability}`,
      db,
      write: (batch) => db.initiatives.bulkPut(batch as never[]),
      ms: 0,
    };
  };
  const writers = [rawWriter('strict'), rawWriter('relaxed'), appWriter()] as const;
  await writeInTurns(writers, info, total, chunk);
  const [strict, relaxed, app] = writers;
  const reports = {
    raw: await reportOf(strict, total),
    rawRelaxed: await reportOf(relaxed, total),
    app: await reportOf(app, total),
  };
  await strict.db.delete();
  await relaxed.db.delete();
  return reports;
};

/** The app's import alone (the paint probe's seeding). */
const seedApp = async (info: SetupInfo, total: number, chunk: number): Promise<SeedReport> => {
  const app = appWriter();
  await writeInTurns([app], info, total, chunk);
  return reportOf(app, total);
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
 * Loads the register the way the list screen does, twice: from the records (the first load,
 * which then writes the snapshot of docs/decisions.md D58) and from that snapshot (every later
 * start); then times the searches a clerk types.
 */
const search = async (info: SetupInfo, queries: string[]): Promise<SearchReport> => {
  const cold = await timedLoad(info, 0);
  progress('register loaded from the records; waiting for its snapshot');
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

  // The read behind the first page (load-rows.ts).
  const t50 = performance.now();
  await newestRows(openDeskDb(), info.programmeId);
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
  seedAll,
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
