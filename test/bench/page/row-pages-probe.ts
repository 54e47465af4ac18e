// A measurement, not app code: would storing the register's list rows in compact pages (one
// IndexedDB record per programme and ~500 rows) make imports and the whole-register load cheaper
// than one row record per initiative (docs/decisions.md, D7, D49, D50)? Each layout is written
// into a scratch database of its own with the app's strict durability.
import Dexie, { type Collection, type Table } from 'dexie';
import type { Initiative } from '@shared/model/initiative';
import { toRow, type InitiativeRow } from '../../../renderer/src/db/initiative-row';

/** Rows per page record. */
export const PAGE_ROWS = 500;

interface RowPage {
  programmeId: string;
  page: number;
  ids: string[];
  rows: InitiativeRow[];
}

/** records: the initiatives alone (the raw bulkPut the import is weighed against). */
export type Layout = 'records' | 'rows' | 'pages' | 'pages+ids';

export interface LayoutReport {
  layout: Layout;
  records: number;
  /** Records and list rows written in one transaction per batch, ms (writes only). */
  writeMs: number;
  /** Every list row of the programme read back (rows: 4,000 a read; pages: 8 pages a read), ms. */
  readAllMs: number;
  rowsRead: number;
  /** IndexedDB records holding the list rows. */
  rowRecords: number;
  /** One edited record written with its list row, median and worst of `edits`, ms. */
  editMedianMs: number;
  editMaxMs: number;
}

class ProbeDb extends Dexie {
  initiatives!: Table<Initiative, string>;
  initiativeRows!: Table<InitiativeRow, string>;
  rowPages!: Table<RowPage, [string, number]>;
  constructor(layout: Layout) {
    super(`sang-kien-desk-bench-probe-${layout}`, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      initiatives: 'id, programmeId, unitId',
      initiativeRows: 'id, [programmeId+updatedAt]',
      rowPages: layout === 'pages+ids' ? '[programmeId+page], *ids' : '[programmeId+page]',
    });
  }
}

/** Where each id's row lives, as a page layout would keep it in memory after a load. */
type PageOf = Map<string, number>;

const pageRange = (db: ProbeDb, programmeId: string) =>
  db.rowPages.where('[programmeId+page]').between([programmeId, 0], [programmeId, Infinity]);

/** Appends new rows to the programme's last page, opening pages of PAGE_ROWS as they fill. */
const appendRows = async (db: ProbeDb, rows: InitiativeRow[], pageOf: PageOf): Promise<void> => {
  const programmeId = rows[0]!.programmeId;
  const last = await pageRange(db, programmeId).last();
  const pages: RowPage[] = [];
  let tail: RowPage = last ?? { programmeId, page: 0, ids: [], rows: [] };
  for (const row of rows) {
    if (tail.rows.length >= PAGE_ROWS) {
      pages.push(tail);
      tail = { programmeId, page: tail.page + 1, ids: [], rows: [] };
    }
    tail.ids.push(row.id);
    tail.rows.push(row);
    pageOf.set(row.id, tail.page);
  }
  pages.push(tail);
  await db.rowPages.bulkPut(pages);
};

const write = async (db: ProbeDb, layout: Layout, batch: Initiative[], pageOf: PageOf) => {
  const rows = batch.map(toRow);
  await db.transaction('rw', [db.initiatives, db.initiativeRows, db.rowPages], async () => {
    await db.initiatives.bulkPut(batch);
    if (layout === 'rows') await db.initiativeRows.bulkPut(rows);
    else if (layout !== 'records') await appendRows(db, rows, pageOf);
  });
};

const readAll = async (db: ProbeDb, layout: Layout, programmeId: string): Promise<number> => {
  let n = 0;
  if (layout === 'records') return 0;
  if (layout === 'rows') {
    const byUpdate = db.initiativeRows.where('[programmeId+updatedAt]');
    let after: string | null = null;
    for (;;) {
      const range: Collection<InitiativeRow, string> =
        after === null
          ? byUpdate.between([programmeId, Dexie.minKey], [programmeId, Dexie.maxKey])
          : byUpdate.between([programmeId, after], [programmeId, Dexie.maxKey], false, false);
      const rows: InitiativeRow[] = await range.limit(4_000).toArray();
      n += rows.length;
      if (rows.length < 4_000) return n;
      after = rows.at(-1)!.updatedAt;
    }
  }
  for (let from = 0; ; from += 8) {
    const pages = await db.rowPages
      .where('[programmeId+page]')
      .between([programmeId, from], [programmeId, from + 8], true, false)
      .toArray();
    for (const p of pages) n += p.rows.length;
    if (pages.length < 8) return n;
  }
};

/** One edit as updateInitiative writes it: the record, then its row (or its page rewritten). */
const edit = async (db: ProbeDb, layout: Layout, record: Initiative, pageOf: PageOf) => {
  const row = toRow(record);
  await db.transaction('rw', [db.initiatives, db.initiativeRows, db.rowPages], async () => {
    await db.initiatives.put(record);
    if (layout === 'records') return;
    if (layout === 'rows') {
      await db.initiativeRows.put(row);
      return;
    }
    const at =
      layout === 'pages+ids'
        ? (await db.rowPages.where('ids').equals(record.id).first())?.page
        : pageOf.get(record.id);
    if (at === undefined) throw new Error(`no page holds ${record.id}`);
    const page = await db.rowPages.get([record.programmeId, at]);
    if (!page) throw new Error(`page ${at} is missing`);
    page.rows[page.ids.indexOf(record.id)] = row;
    await db.rowPages.put(page);
  });
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/** Seeds one layout with `batches()`, reads it back, edits `edits` records; then drops it. */
export const probeLayout = async (
  layout: Layout,
  programmeId: string,
  batches: () => Iterable<Initiative[]>,
  edits: number,
  progress: (line: string) => void,
): Promise<LayoutReport> => {
  await Dexie.delete(`sang-kien-desk-bench-probe-${layout}`);
  const db = new ProbeDb(layout);
  await db.open();
  const pageOf: PageOf = new Map();
  let writeMs = 0;
  let records = 0;
  const sample: Initiative[] = [];
  for (const batch of batches()) {
    const t0 = performance.now();
    await write(db, layout, batch, pageOf);
    writeMs += performance.now() - t0;
    records += batch.length;
    sample.push(batch[Math.floor(batch.length / 2)]!);
  }
  progress(`probe ${layout}: ${records.toLocaleString('en')} written`);
  const t1 = performance.now();
  const rowsRead = await readAll(db, layout, programmeId);
  const readAllMs = performance.now() - t1;
  const times: number[] = [];
  for (let n = 0; n < edits; n++) {
    const was = sample[n % sample.length]!;
    const record = {
      ...was,
      title: `${was.title} (sửa ${n})`,
      updatedAt: new Date().toISOString(),
    };
    const t = performance.now();
    await edit(db, layout, record, pageOf);
    times.push(performance.now() - t);
  }
  const rowRecords =
    layout === 'rows' ? await db.initiativeRows.count() : await db.rowPages.count();
  db.close();
  await Dexie.delete(`sang-kien-desk-bench-probe-${layout}`);
  return {
    layout,
    records,
    writeMs,
    readAllMs,
    rowsRead,
    rowRecords,
    editMedianMs: median(times),
    editMaxMs: Math.max(...times),
  };
};
