// Which list rows each write touched, one small record per programme and write (not per
// initiative), kept in the transaction that writes the records. A register loaded from its
// snapshot (row-snapshot.ts) re-reads only the records changed since the snapshot was taken
// (docs/decisions.md, D58).
import Dexie, { type PromiseExtended } from 'dexie';
import type { DeskDb } from './database';

export interface RowChange {
  /** Auto-incremented: the order of the writes. */
  seq?: number;
  programmeId: string;
  ids: string[];
}

/** The rows touched, per programme; a row that moved programme is listed under both. */
export const changesOf = (touched: readonly { id: string; programmeId: string }[]): RowChange[] => {
  const byProgramme = new Map<string, Set<string>>();
  for (const { id, programmeId } of touched) {
    let ids = byProgramme.get(programmeId);
    if (!ids) byProgramme.set(programmeId, (ids = new Set()));
    ids.add(id);
  }
  return [...byProgramme].map(([programmeId, ids]) => ({ programmeId, ids: [...ids] }));
};

/** Inside the writing transaction (its tables include `rowChanges`). */
export const recordRowChanges = (
  db: DeskDb,
  touched: readonly { id: string; programmeId: string }[],
): PromiseExtended<unknown> => {
  const changes = changesOf(touched);
  return changes.length ? db.rowChanges.bulkAdd(changes) : Dexie.Promise.resolve();
};

const ofProgramme = (db: DeskDb, programmeId: string, after: number) =>
  db.rowChanges
    .where('[programmeId+seq]')
    .between([programmeId, after], [programmeId, Dexie.maxKey], false, true);

/** The newest change of a programme so far (0 for none). */
export const lastChangeSeq = async (db: DeskDb, programmeId: string): Promise<number> => {
  const last = await ofProgramme(db, programmeId, 0).last();
  return last?.seq ?? 0;
};

/** The rows changed after `after`, and the newest change read. */
export const changedSince = async (
  db: DeskDb,
  programmeId: string,
  after: number,
): Promise<{ ids: Set<string>; last: number; writes: number }> => {
  const changes = await ofProgramme(db, programmeId, after).toArray();
  const ids = new Set<string>();
  for (const c of changes) for (const id of c.ids) ids.add(id);
  return { ids, last: changes.at(-1)?.seq ?? after, writes: changes.length };
};
