// Repositories announce committed initiative writes so the in-memory list and search index stay
// current without re-reading 100,000 rows after every keystroke.
import type { InitiativeRow } from './initiative-row';

type Listener = (rows: readonly InitiativeRow[], removedIds: readonly string[]) => void;
const listeners = new Set<Listener>();

export const onRowsChanged = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const emitRowsChanged = (
  rows: readonly InitiativeRow[],
  removedIds: readonly string[] = [],
): void => {
  for (const l of listeners) l(rows, removedIds);
};
