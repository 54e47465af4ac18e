// How many initiatives each programme holds, per status and in the trash, kept in the same
// transactions that write the records (docs/decisions.md, D48): the top bar and the register's
// first paint read one small record instead of counting 250,000 index entries.
import Dexie, { type PromiseExtended } from 'dexie';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@shared/model/initiative';
import type { DeskDb } from './database';
import type { InitiativeRow } from './initiative-row';

export interface InitiativeCounts {
  programmeId: string;
  /** Initiatives not in the trash, per status. */
  live: Record<InitiativeStatus, number>;
  /** Initiatives in the trash, whatever their status. */
  trashed: number;
}

/** What a count depends on: the programme, the status and whether it is in the trash. */
export type Counted = Pick<InitiativeRow, 'programmeId' | 'status' | 'trashed'>;

type Cell = InitiativeStatus | 'trashed';

const cellOf = (r: Counted): Cell => (r.trashed ? 'trashed' : r.status);

export const emptyCounts = (programmeId: string): InitiativeCounts => ({
  programmeId,
  live: Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s, 0])) as Record<
    InitiativeStatus,
    number
  >,
  trashed: 0,
});

/** Initiatives of the programme outside the trash (the top bar's progress toward its target). */
export const liveTotal = (counts: InitiativeCounts): number =>
  INITIATIVE_STATUSES.reduce((sum, s) => sum + counts.live[s], 0);

/** Every initiative of the programme, trashed ones too (what the register loads). */
export const storedTotal = (counts: InitiativeCounts): number => liveTotal(counts) + counts.trashed;

/** Per programme, how each cell changes when `before[n]` becomes `after[n]` (undefined: none). */
export const countChanges = (
  before: readonly (Counted | undefined)[],
  after: readonly (Counted | undefined)[],
): Map<string, Map<Cell, number>> => {
  const changes = new Map<string, Map<Cell, number>>();
  const add = (r: Counted | undefined, by: number) => {
    if (!r) return;
    let cells = changes.get(r.programmeId);
    if (!cells) changes.set(r.programmeId, (cells = new Map<Cell, number>()));
    const cell = cellOf(r);
    cells.set(cell, (cells.get(cell) ?? 0) + by);
  };
  const n = Math.max(before.length, after.length);
  for (let k = 0; k < n; k++) {
    const b = before[k];
    const a = after[k];
    if (b && a && b.programmeId === a.programmeId && cellOf(b) === cellOf(a)) continue;
    add(b, -1);
    add(a, 1);
  }
  return changes;
};

const applyCells = (counts: InitiativeCounts, cells: ReadonlyMap<Cell, number>): void => {
  for (const [cell, by] of cells) {
    if (cell === 'trashed') counts.trashed += by;
    else counts.live[cell] += by;
  }
};

/** The counts of a set of rows, counted one by one (the upgrade's backfill, and the tests). */
export const countRows = (rows: Iterable<Counted>): Map<string, InitiativeCounts> => {
  const all = new Map<string, InitiativeCounts>();
  for (const r of rows) {
    let counts = all.get(r.programmeId);
    if (!counts) all.set(r.programmeId, (counts = emptyCounts(r.programmeId)));
    applyCells(counts, new Map([[cellOf(r), 1]]));
  }
  return all;
};

/**
 * Adds the changes of a write to the stored counts. Call inside the transaction that writes the
 * records (it must include `initiativeCounts`), through `putInitiatives` or `deleteInitiatives`.
 * A chain of Dexie promises, not an async function: Dexie keeps its transaction across its own
 * promises, while a stack of native awaits inside it can outlive the transaction.
 */
export const recordCountChanges = (
  db: DeskDb,
  before: readonly (Counted | undefined)[],
  after: readonly (Counted | undefined)[],
): PromiseExtended<unknown> => {
  const changes = countChanges(before, after);
  if (changes.size === 0) return Dexie.Promise.resolve();
  const ids = [...changes.keys()];
  return db.initiativeCounts.bulkGet(ids).then((stored) =>
    db.initiativeCounts.bulkPut(
      ids.map((id, n) => {
        const counts = stored[n] ?? emptyCounts(id);
        applyCells(counts, changes.get(id)!);
        return counts;
      }),
    ),
  );
};

/** The stored counts of a programme (all zero for one without initiatives). */
export const getInitiativeCounts = async (
  db: DeskDb,
  programmeId: string,
): Promise<InitiativeCounts> =>
  (await db.initiativeCounts.get(programmeId)) ?? emptyCounts(programmeId);
