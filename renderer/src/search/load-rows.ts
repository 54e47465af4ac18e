import Dexie from 'dexie';
import type { DeskDb } from '../db/database';
import type { InitiativeRow } from '../db/initiative-row';

/** How many of the most recently updated rows are shown before the whole programme is in. */
export const FIRST_PAGE = 50;

const programmeRange = (db: DeskDb, programmeId: string) =>
  db.initiativeRows
    .where('[programmeId+updatedAt]')
    .between([programmeId, Dexie.minKey], [programmeId, Dexie.maxKey]);

/**
 * Every list row of a programme (trashed ones too: the trash screen shows them). The newest 50
 * come first through `onFirstPage`, so the list paints while the rest loads (a full read of
 * 100,000 rows takes seconds in Chromium); the total follows through `onTotal` without holding
 * up the paint (counting 100,000 index entries takes longer than reading 50 rows).
 */
export const loadProgrammeRows = async (
  db: DeskDb,
  programmeId: string,
  onFirstPage?: (rows: InitiativeRow[]) => void,
  onTotal?: (total: number) => void,
): Promise<InitiativeRow[]> => {
  // The first page goes first: Chromium runs IndexedDB requests of one database in turn, and a
  // count over 100,000 index entries queued ahead of it would hold up the paint.
  if (onFirstPage)
    onFirstPage(await programmeRange(db, programmeId).reverse().limit(FIRST_PAGE).toArray());
  const counting = onTotal ? programmeRange(db, programmeId).count().then(onTotal) : null;
  const all = await programmeRange(db, programmeId).toArray();
  await counting;
  return all;
};
