// A programme's list rows kept as a snapshot in pages of a few thousand: reading 50 page records
// is many times faster than reading 250,000 records (docs/decisions.md, D50, D58, D62). The
// records stay the truth; a snapshot is a cache taken as of a row change (row-changes.ts), and a
// register loaded from it re-reads only the records changed since.
import Dexie from 'dexie';
import type { IndexImage } from '@shared/search';
import type { DeskDb } from './database';
import type { InitiativeRow } from './initiative-row';

/** Rows per page: one page is read (or written) in a few tens of milliseconds. */
export const PAGE_ROWS = 5_000;

/** The page that holds a snapshot's search index: below the rows' pages, so their reads skip it. */
const INDEX_PAGE = -1;

/**
 * Postings per part of a stored index: at 250,000 rows the postings are 7 million numbers (29 MB),
 * and one record that size took 270 ms to read back, all in one task (D64). A part of 2 MB is read
 * in about 20 ms; the parts sit in the pages below the index page, read one per task.
 */
export const POSTINGS_PER_PART = 1 << 19;

/** The register's search index as of the snapshot, so a load need not fold every row (D60). */
export interface SnapshotIndex {
  /** Its slots are the snapshot's rows, in page order. */
  image: IndexImage;
  /** Unit id → name as the indexed texts hold them; a unit renamed since voids the image. */
  unitNames: [string, string][];
}

/** An index read back, and whether its postings were stored in parts (D64) or on its page. */
export interface ReadIndex extends SnapshotIndex {
  inParts: boolean;
}

/** The index as its page holds it: the postings apart, in parts (older snapshots: within). */
export interface StoredIndex {
  image: Omit<IndexImage, 'postings'> & { postings?: IndexImage['postings'] };
  unitNames: [string, string][];
  /** How many parts hold the postings (pages -2, -3, …), and how many postings in all. */
  postingParts?: number;
  postingsLength?: number;
}

export interface RowPage {
  programmeId: string;
  /** Which snapshot the page belongs to; pages of an unfinished one are never read. */
  generation: number;
  page: number;
  rows: InitiativeRow[];
  /** On the index page only. */
  index?: StoredIndex;
  /** On a part of the index's postings only. */
  postings?: Int32Array<ArrayBuffer>;
}

/** The page of part `n` of an index's postings: below the index page. */
const partPage = (n: number): number => INDEX_PAGE - 1 - n;

export interface RowSnapshot {
  programmeId: string;
  generation: number;
  pages: number;
  /** Rows in the snapshot (trashed ones too). */
  rows: number;
  /** The last row change (its `seq`) the snapshot holds. */
  asOf: number;
  takenAt: string;
}

const pagesOf = (db: DeskDb, programmeId: string, generation: number, from = 0) =>
  db.rowPages
    .where('[programmeId+generation+page]')
    .between([programmeId, generation, from], [programmeId, generation, Dexie.maxKey]);

export const getRowSnapshot = (db: DeskDb, programmeId: string): Promise<RowSnapshot | undefined> =>
  db.rowSnapshots.get(programmeId);

/**
 * Reads a snapshot's pages a few at a time, handing each read's rows to `onRows` (which resolves
 * to false to stop). Resolves to false when a page is missing (a damaged snapshot).
 */
export const readSnapshotRows = async (
  db: DeskDb,
  snapshot: RowSnapshot,
  onRows: (rows: InitiativeRow[]) => boolean | Promise<boolean>,
  pagesPerRead = 1,
): Promise<boolean> => {
  const read = (from: number) =>
    pagesOf(db, snapshot.programmeId, snapshot.generation, from).limit(pagesPerRead).toArray();
  let next = read(0);
  for (let from = 0; from < snapshot.pages; from += pagesPerRead) {
    const pages = await next;
    const expected = Math.min(pagesPerRead, snapshot.pages - from);
    if (pages.length !== expected || pages.some((p, n) => p.page !== from + n)) return false;
    // The next read runs in the database while these rows are taken in.
    if (from + pagesPerRead < snapshot.pages) next = read(from + pagesPerRead);
    if (!(await onRows(pages.flatMap((p) => p.rows)))) return true;
  }
  return true;
};

/**
 * The search index stored with a snapshot, its postings read part by part with `pause` between;
 * null when it has none (one written before D60) or a part is missing or the wrong size.
 */
export const readSnapshotIndex = async (
  db: DeskDb,
  snapshot: RowSnapshot,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ReadIndex | null> => {
  const key = (page: number) => [snapshot.programmeId, snapshot.generation, page] as const;
  const stored = (await db.rowPages.get(key(INDEX_PAGE)))?.index;
  if (!stored) return null;
  const { image, unitNames, postingParts, postingsLength } = stored;
  // Written before the parts: the postings are on the index page.
  if (postingParts === undefined)
    return image.postings
      ? { image: { ...image, postings: image.postings }, unitNames, inParts: false }
      : null;
  if (postingsLength === undefined || !Number.isSafeInteger(postingsLength) || postingsLength < 0)
    return null;
  const postings = new Int32Array(postingsLength);
  let at = 0;
  for (let n = 0; n < postingParts; n++) {
    await pause();
    const part = (await db.rowPages.get(key(partPage(n))))?.postings;
    if (!part || at + part.length > postings.length) return null;
    postings.set(part, at);
    at += part.length;
  }
  if (at !== postings.length) return null;
  return { image: { ...image, postings }, unitNames, inParts: true };
};

export interface SnapshotWriteOptions {
  /** The search index over `rows`, stored beside them. */
  index?: SnapshotIndex | null;
  /** Postings per stored part (tests make it small). */
  postingsPerPart?: number;
  /** Runs between pages; by default nothing. */
  pause?: () => Promise<void>;
  /** False stops the write, leaving the previous snapshot in place. */
  current?: () => boolean;
  now?: () => Date;
}

/**
 * Writes `rows` as the programme's snapshot as of change `asOf`: the pages in small transactions
 * (a save waits for one page at most), then the switch in one that also drops the old pages and
 * the changes the new snapshot holds. Returns whether the snapshot was switched.
 */
export const writeRowSnapshot = async (
  db: DeskDb,
  programmeId: string,
  rows: readonly InitiativeRow[],
  asOf: number,
  {
    index = null,
    pause = () => Promise.resolve(),
    current = () => true,
    now = () => new Date(),
    postingsPerPart = POSTINGS_PER_PART,
  }: SnapshotWriteOptions = {},
): Promise<boolean> => {
  const previous = await getRowSnapshot(db, programmeId);
  const generation = Math.max(now().getTime(), (previous?.generation ?? 0) + 1);
  const pages = Math.ceil(rows.length / PAGE_ROWS);
  for (let page = 0; page < pages; page++) {
    if (!current()) return false;
    await db.rowPages.put({
      programmeId,
      generation,
      page,
      rows: rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS),
    });
    await pause();
  }
  if (index && current()) {
    const { postings, ...rest } = index.image;
    const parts = Math.ceil(postings.length / postingsPerPart);
    for (let n = 0; n < parts; n++) {
      if (!current()) return false;
      const part = postings.slice(n * postingsPerPart, (n + 1) * postingsPerPart);
      await db.rowPages.put({
        programmeId,
        generation,
        page: partPage(n),
        rows: [],
        postings: part,
      });
      await pause();
    }
    // The index page last: a snapshot whose index page is there has all its parts.
    const stored: StoredIndex = {
      image: rest,
      unitNames: index.unitNames,
      postingParts: parts,
      postingsLength: postings.length,
    };
    await db.rowPages.put({ programmeId, generation, page: INDEX_PAGE, rows: [], index: stored });
  }
  if (!current()) return false;
  return db.transaction('rw', [db.rowSnapshots, db.rowPages, db.rowChanges], async () => {
    const latest = await db.rowSnapshots.get(programmeId);
    // Another writer switched meanwhile: keep theirs, drop these pages.
    if (latest?.generation !== previous?.generation) {
      await pagesOf(db, programmeId, generation, Dexie.minKey).delete();
      return false;
    }
    // Every page of this programme but the new ones: the old snapshot and any left half-written.
    // Keys only: the pages' rows are never read to delete them.
    const keys = await db.rowPages
      .where('[programmeId+generation+page]')
      .between([programmeId, Dexie.minKey], [programmeId, Dexie.maxKey])
      .primaryKeys();
    await db.rowPages.bulkDelete(keys.filter(([, g]) => g !== generation));
    await db.rowChanges
      .where('[programmeId+seq]')
      .between([programmeId, Dexie.minKey], [programmeId, asOf], true, true)
      .delete();
    await db.rowSnapshots.put({
      programmeId,
      generation,
      pages,
      rows: rows.length,
      asOf,
      takenAt: now().toISOString(),
    });
    return true;
  });
};

/** The tables of this cache: left out of backups, emptied by a restore. */
export const ROW_CACHE_TABLES = ['rowChanges', 'rowPages', 'rowSnapshots'] as const;

/** Drops every snapshot and change record: after a restore, the rows are read afresh. */
export const clearRowSnapshots = (db: DeskDb): Promise<void> =>
  db.transaction('rw', [db.rowSnapshots, db.rowPages, db.rowChanges], async () => {
    await db.rowSnapshots.clear();
    await db.rowPages.clear();
    await db.rowChanges.clear();
  });
