import Dexie, { type Collection } from 'dexie';
import type { DeskDb } from '../db/database';
import type { Initiative } from '@shared/model/initiative';
import { toRow, type InitiativeRow } from '../db/initiative-row';
import { getInitiativeCounts, storedTotal } from '../db/initiative-counts';

/** How many of the most recently updated rows are shown before the whole programme is in. */
export const FIRST_PAGE = 50;

/**
 * Rows per read of a chunked load: a chunk's decoding and indexing take a few tens of
 * milliseconds here, so typing and scrolling are served between chunks (docs/decisions.md, D49).
 */
export const LOAD_CHUNK = 4_000;

// The list rows are derived from the records as they are read (docs/decisions.md, D62).
const byUpdate = (db: DeskDb) => db.initiatives.where('[programmeId+updatedAt]');

const programmeRange = (db: DeskDb, programmeId: string) =>
  byUpdate(db).between([programmeId, Dexie.minKey], [programmeId, Dexie.maxKey]);

/** The newest rows of a programme, newest first: a bounded read, whatever the register's size. */
export const newestRows = async (
  db: DeskDb,
  programmeId: string,
  limit = FIRST_PAGE,
): Promise<InitiativeRow[]> =>
  (await programmeRange(db, programmeId).reverse().limit(limit).toArray()).map(toRow);

/** How many rows the programme holds (trashed ones too), from the counts kept with each write. */
export const programmeRowTotal = async (db: DeskDb, programmeId: string): Promise<number> =>
  storedTotal(await getInitiativeCounts(db, programmeId));

/**
 * Reads every row of a programme in chunks of about `chunk`, oldest first, each in its own read,
 * handing each to `onChunk` (which resolves to false to stop). A chunk ends after the last row of its
 * newest timestamp, so rows sharing a timestamp are never split or read twice.
 */
export const readRowChunks = async (
  db: DeskDb,
  programmeId: string,
  onChunk: (rows: InitiativeRow[]) => boolean | Promise<boolean>,
  chunk = LOAD_CHUNK,
): Promise<void> => {
  const read = async (after: string | null): Promise<{ rows: InitiativeRow[]; done: boolean }> => {
    const range: Collection<Initiative, string> =
      after === null
        ? programmeRange(db, programmeId)
        : byUpdate(db).between([programmeId, after], [programmeId, Dexie.maxKey], false, false);
    const records = await range.limit(chunk).toArray();
    if (records.length < chunk) return { rows: records.map(toRow), done: true };
    const last = records.at(-1)!.updatedAt;
    const tied = await byUpdate(db).equals([programmeId, last]).toArray();
    const rows = [...records.filter((r) => r.updatedAt !== last), ...tied].map(toRow);
    return { rows, done: false };
  };
  let next = read(null);
  for (;;) {
    const { rows, done } = await next;
    // The next read runs in the database while this chunk is taken in.
    if (!done) next = read(rows.at(-1)!.updatedAt);
    const more = await onChunk(rows);
    if (done || !more) {
      if (!done) await next.catch(() => undefined);
      return;
    }
  }
};

/**
 * Every list row of a programme (trashed ones too: the trash screen shows them), in one read. The
 * newest 50 come first through `onFirstPage` and the total through `onTotal`, both before the
 * whole read. The register itself loads in chunks (programme-rows-store.ts).
 */
export const loadProgrammeRows = async (
  db: DeskDb,
  programmeId: string,
  onFirstPage?: (rows: InitiativeRow[]) => void,
  onTotal?: (total: number) => void,
): Promise<InitiativeRow[]> => {
  if (onFirstPage) onFirstPage(await newestRows(db, programmeId));
  if (onTotal) onTotal(await programmeRowTotal(db, programmeId));
  return (await programmeRange(db, programmeId).toArray()).map(toRow);
};
