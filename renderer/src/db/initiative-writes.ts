// The one place initiatives are stored and removed: each record with its list row and the
// programme's counts (initiative-counts.ts), in the caller's transaction. Every write path (the
// register, status moves, imports of bundles and spreadsheets, the sample) goes through here, so
// the rows and the counts never drift from the records.
import Dexie, { type PromiseExtended } from 'dexie';
import type { Initiative } from '@shared/model/initiative';
import type { DeskDb } from './database';
import { toRow, type InitiativeRow } from './initiative-row';
import { recordCountChanges, type Counted } from './initiative-counts';
import { recordRowChanges } from './row-changes';

/** The tables a transaction that writes initiatives must hold (add history and others to it). */
export const initiativeTables = (db: DeskDb) => [
  db.initiatives,
  db.initiativeRows,
  db.initiativeCounts,
  db.rowChanges,
];

/** What the counts need of a record as it was. */
export const countedOf = (i: Initiative): Counted => ({
  programmeId: i.programmeId,
  status: i.status,
  trashed: i.deletedAt ? 1 : 0,
});

/** The last record of each id, as a bulkPut would leave them. */
const lastOfEach = (records: readonly Initiative[]): readonly Initiative[] => {
  const at = new Map<string, number>();
  records.forEach((r, n) => at.set(r.id, n));
  return at.size === records.length ? records : [...at.values()].map((n) => records[n]!);
};

/** The row under the programme it left, when a write moved it (that register must drop it). */
const movedFrom = (was: Counted | undefined, row: InitiativeRow) =>
  was && was.programmeId !== row.programmeId ? [{ id: row.id, programmeId: was.programmeId }] : [];

/**
 * Stores validated records with their list rows and counts; returns the rows. `before` is what the
 * caller already read of the same records (in order; undefined for new ones), else it is read here.
 * Call inside a transaction over `initiativeTables(db)`; Dexie promises throughout (see
 * `recordCountChanges`).
 */
export const putInitiatives = (
  db: DeskDb,
  records: readonly Initiative[],
  before?: readonly (Counted | undefined)[],
): PromiseExtended<InitiativeRow[]> => {
  const unique = before ? records : lastOfEach(records);
  const rows = unique.map(toRow);
  const previous: PromiseExtended<readonly (Counted | undefined)[]> = before
    ? Dexie.Promise.resolve(before)
    : db.initiativeRows.bulkGet(unique.map((r) => r.id));
  return previous.then((was) =>
    db.initiatives
      .bulkPut([...unique])
      .then(() => db.initiativeRows.bulkPut(rows))
      .then(() => recordCountChanges(db, was, rows))
      .then(() => recordRowChanges(db, [...rows, ...was.flatMap((w, n) => movedFrom(w, rows[n]!))]))
      .then(() => rows),
  );
};

/** Removes records, their rows and their part of the counts; inside `initiativeTables(db)`. */
export const deleteInitiatives = (db: DeskDb, ids: readonly string[]): PromiseExtended<unknown> => {
  const unique = [...new Set(ids)];
  return db.initiativeRows.bulkGet(unique).then((was) =>
    db.initiatives
      .bulkDelete(unique)
      .then(() => db.initiativeRows.bulkDelete(unique))
      .then(() => recordCountChanges(db, was, []))
      .then(() =>
        recordRowChanges(
          db,
          was.flatMap((w, n) => (w ? [{ id: unique[n]!, programmeId: w.programmeId }] : [])),
        ),
      ),
  );
};
