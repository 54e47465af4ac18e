import { useSyncExternalStore } from 'react';
import type { DeskDb } from '../db/database';
import type { RowsSnapshot } from './programme-rows-store';
import { programmeRowsStore } from './programme-rows-registry';

const noStore = {
  subscribe: () => () => undefined,
  getSnapshot: (): RowsSnapshot | null => null,
};

/** The in-memory rows of a programme (programme-rows-registry.ts); null until a programme is known. */
export const useProgrammeRows = (db: DeskDb, programmeId: string | null): RowsSnapshot | null => {
  const store = programmeId ? programmeRowsStore(db, programmeId) : noStore;
  return useSyncExternalStore<RowsSnapshot | null>(store.subscribe, store.getSnapshot);
};
