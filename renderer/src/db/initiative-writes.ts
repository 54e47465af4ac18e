// The one place initiatives are stored and removed: each record with the programme's counts
// (initiative-counts.ts) and a change record naming it (row-changes.ts), in the caller's
// transaction. Every write path (the register, status moves, imports of bundles and spreadsheets,
// the sample) goes through here, so the counts never drift from the records. The list rows are
// derived from the records where they are read (docs/decisions.md, D62), never stored beside them.
import Dexie, { type PromiseExtended } from 'dexie';
import type { Initiative } from '@shared/model/initiative';
import type { DeskDb } from './database';
import { toRow, type InitiativeRow } from './initiative-row';
import { recordCountChanges, type Counted } from './initiative-counts';
import { recordRowChanges } from './row-changes';

/** The tables a transaction that writes initiatives must hold (add history and others to it). */
export const initiativeTables = (db: DeskDb) => [
  db.initiatives,
  db.initiativeCounts,
  db.rowChanges,
];

/** What the counts need of a record as it was. */
export const countedOf = (i: Initiative): Counted => ({
  programmeId: i.programmeId,
  status: i.status,
  trashed: i.deletedAt ? 1 : 0,
});

const countedOfMaybe = (i: Initiative | undefined): Counted | undefined =>
  i ? countedOf(i) : undefined;

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
 * Stores validated records with their counts; returns their list rows. `before` is what the caller
 * already read of the same records (in order; undefined for new ones), else it is read here; 'new'
 * says none is stored yet: they are added, and one that is (or an id given twice) fails the write,
 * so the transaction aborts rather than counting a record twice. Call inside a transaction over
 * `initiativeTables(db)`; Dexie promises throughout (see `recordCountChanges`).
 */
export const putInitiatives = (
  db: DeskDb,
  records: readonly Initiative[],
  before?: readonly (Counted | undefined)[] | 'new',
): PromiseExtended<InitiativeRow[]> => {
  const unique = before ? records : lastOfEach(records);
  const rows = unique.map(toRow);
  const previous: PromiseExtended<readonly (Counted | undefined)[]> =
    before === 'new'
      ? Dexie.Promise.resolve(unique.map(() => undefined))
      : before
        ? Dexie.Promise.resolve(before)
        : db.initiatives.bulkGet(unique.map((r) => r.id)).then((was) => was.map(countedOfMaybe));
  // Adding skips a read per record, about a tenth of an import's time (docs/decisions.md, D62).
  const store = () =>
    before === 'new' ? db.initiatives.bulkAdd([...unique]) : db.initiatives.bulkPut([...unique]);
  return previous.then((was) =>
    store()
      .then(() => recordCountChanges(db, was, rows))
      .then(() => recordRowChanges(db, [...rows, ...was.flatMap((w, n) => movedFrom(w, rows[n]!))]))
      .then(() => rows),
  );
};

/** Removes records and their part of the counts; inside `initiativeTables(db)`. */
export const deleteInitiatives = (db: DeskDb, ids: readonly string[]): PromiseExtended<unknown> => {
  const unique = [...new Set(ids)];
  return db.initiatives.bulkGet(unique).then((records) => {
    const was = records.map(countedOfMaybe);
    return db.initiatives
      .bulkDelete(unique)
      .then(() => recordCountChanges(db, was, []))
      .then(() =>
        recordRowChanges(
          db,
          was.flatMap((w, n) => (w ? [{ id: unique[n]!, programmeId: w.programmeId }] : [])),
        ),
      );
  });
};
