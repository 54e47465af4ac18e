// The in-memory registers, one per database and programme, shared by every screen that shows the
// programme (the list, the sessions, the results, an import preview beside them) and released when
// the last of them closes. The top bar shows the active programme at all times, so going back to
// its list is instant.
import type { DeskDb } from '../db/database';
import { DEFAULT_PACING, ProgrammeRowsStore, type LoadPacing } from './programme-rows-store';

let pacing: LoadPacing = DEFAULT_PACING;

/** How the registers opened from now on load (the component tests hold a load half-way). */
export const setLoadPacing = (next: LoadPacing = DEFAULT_PACING): void => {
  pacing = next;
};

const registries = new WeakMap<DeskDb, Map<string, ProgrammeRowsStore>>();

const storesOf = (db: DeskDb): Map<string, ProgrammeRowsStore> => {
  let stores = registries.get(db);
  if (!stores) registries.set(db, (stores = new Map<string, ProgrammeRowsStore>()));
  return stores;
};

/**
 * Releases a store nobody listens to. Waits a microtask: a screen closing and the next one opening
 * on the same programme in one commit unsubscribe and subscribe back to back, and must not reload.
 */
const releaseWhenIdle = (db: DeskDb) => (store: ProgrammeRowsStore) => {
  queueMicrotask(() => {
    if (store.listenerCount > 0) return;
    store.dispose();
    const stores = storesOf(db);
    if (stores.get(store.programmeId) === store) stores.delete(store.programmeId);
  });
};

/** The shared store of a programme; it loads when a first screen subscribes. */
export const programmeRowsStore = (db: DeskDb, programmeId: string): ProgrammeRowsStore => {
  const stores = storesOf(db);
  let store = stores.get(programmeId);
  if (!store) {
    store = new ProgrammeRowsStore(db, programmeId, releaseWhenIdle(db), pacing);
    stores.set(programmeId, store);
  }
  return store;
};

/** The programmes whose rows are held in memory now. */
export const heldProgrammes = (db: DeskDb): string[] => [...storesOf(db).keys()];

/** True while a held register is still reading its rows. */
export const registersLoading = (db: DeskDb): boolean =>
  [...storesOf(db).values()].some((s) => {
    const phase = s.getSnapshot().phase;
    return s.listenerCount > 0 && (phase === 'idle' || phase === 'first');
  });
