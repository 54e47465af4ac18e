import { useSyncExternalStore } from 'react';
import type { DeskDb } from '../db/database';
import { ProgrammeRowsStore, type RowsSnapshot } from './programme-rows-store';

// One store per database, for the programme in use: going back to the list is instant, and a
// programme switch drops the old rows.
const stores = new WeakMap<DeskDb, ProgrammeRowsStore>();

export const programmeRowsStore = (db: DeskDb, programmeId: string): ProgrammeRowsStore => {
  const current = stores.get(db);
  if (current?.programmeId === programmeId) return current;
  current?.dispose();
  const next = new ProgrammeRowsStore(db, programmeId);
  stores.set(db, next);
  return next;
};

const noStore = {
  subscribe: () => () => undefined,
  getSnapshot: (): RowsSnapshot | null => null,
};

/** The in-memory rows of a programme; null until a programme is known. */
export const useProgrammeRows = (db: DeskDb, programmeId: string | null): RowsSnapshot | null => {
  const store = programmeId ? programmeRowsStore(db, programmeId) : noStore;
  return useSyncExternalStore<RowsSnapshot | null>(store.subscribe, store.getSnapshot);
};
