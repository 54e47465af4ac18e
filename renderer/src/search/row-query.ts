// Filtering and sorting of the in-memory register. Pure functions over rows and a FoldedIndex, so
// the screen and the 100,000-row benchmark run the very same code.
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@shared/model/initiative';
import { isRowReady, type ProgrammeWindow } from '@shared/appraisal/row-readiness';
import { FoldedIndex, initiativeSearchText, type Searchable } from '@shared/search';
import { comparePeople, compareVi } from '@shared/text';
import type { InitiativeRow } from '../db/initiative-row';

/** The list's readiness filter: rows that pass the dossier check, or rows that do not. */
export type ReadinessFilter = 'ready' | 'not_ready';

export interface RowFilters {
  /** What the clerk typed in the search box; case, diacritics and Unicode form do not matter. */
  query?: string;
  /** The chosen unit and its sub-units; null or absent for every unit. */
  unitIds?: ReadonlySet<string> | null;
  field?: string | null;
  status?: InitiativeStatus | null;
  /** true for the trash, false (default) for the register. */
  trashed?: boolean;
  /** The dossier check of the list (row-readiness.ts); null or absent for every row. */
  readiness?: ReadinessFilter | null;
  /** The programme's first-application window, which the readiness filter checks against. */
  programmeWindow?: ProgrammeWindow | null;
}

export type RowSortKey =
  'title' | 'authors' | 'unit' | 'field' | 'benefit' | 'status' | 'updatedAt';

export interface RowSort {
  key: RowSortKey;
  order: 'ascend' | 'descend';
}

export const DEFAULT_SORT: RowSort = { key: 'updatedAt', order: 'descend' };

/** The text search looks in: title, field, author names and the unit's name. */
export const rowSearchText = (row: InitiativeRow, unitName = ''): string =>
  // The four fields, not a spread of the row: this runs for every row of a loading register.
  initiativeSearchText({
    title: row.title,
    field: row.field,
    authorNames: row.authorNames,
    unitName,
  });

export const rowSearchable = (
  row: InitiativeRow,
  unitNames: ReadonlyMap<string, string>,
): Searchable => ({ id: row.id, text: rowSearchText(row, unitNames.get(row.unitId)) });

/** The index over rows, built in one pass (puts one by one would leave the merge to the first search). */
export const buildRowIndex = (
  rows: Iterable<InitiativeRow>,
  unitNames: ReadonlyMap<string, string> = new Map(),
): FoldedIndex => {
  function* searchables(): Generator<Searchable> {
    for (const row of rows) yield rowSearchable(row, unitNames);
  }
  return new FoldedIndex(searchables());
};

const STATUS_ORDER = new Map(INITIATIVE_STATUSES.map((s, n) => [s, n]));

/**
 * Ranks of distinct strings under a comparison. Collating 100,000 titles costs ~250 ms, so each
 * distinct value is collated once and rows are then sorted by integer rank.
 */
const ranksOf = (
  values: Iterable<string>,
  compare: (a: string, b: string) => number,
): Map<string, number> => {
  const distinct = [...new Set(values)].sort(compare);
  return new Map(distinct.map((v, n) => [v, n]));
};

type Keyed = (row: InitiativeRow) => number;

/** A row's numeric sort key; null for the time of update, which rows are compared by directly. */
const numericKey = (
  rows: readonly InitiativeRow[],
  key: RowSortKey,
  unitNames: ReadonlyMap<string, string>,
): Keyed | null => {
  const textKey = (get: (r: InitiativeRow) => string, cmp = compareVi): Keyed => {
    const ranks = ranksOf(
      rows.map((r) => get(r)),
      cmp,
    );
    return (r) => ranks.get(get(r)) ?? 0;
  };
  switch (key) {
    case 'title':
      return textKey((r) => r.title);
    case 'field':
      return textKey((r) => r.field);
    case 'unit':
      return textKey((r) => unitNames.get(r.unitId) ?? '');
    case 'authors':
      // Vietnamese people sort by given name (the last word), then the rest (docs/domain.md).
      return textKey((r) => r.authorNames[0] ?? '', comparePeople);
    case 'benefit':
      return (r) => r.economicBenefit ?? -1;
    case 'status':
      return (r) => STATUS_ORDER.get(r.status) ?? 0;
    case 'updatedAt':
      return null;
  }
};

/** Newest first; ISO timestamps order as strings. */
const newerFirst = (a: InitiativeRow, b: InitiativeRow): number =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

const sortCache = new WeakMap<readonly InitiativeRow[], Map<string, InitiativeRow[]>>();

/**
 * Rows in the requested order, ties newest first. Cached per rows array and sort, because the
 * array only changes when data does while the clerk types many queries over it.
 */
export const sortRows = (
  rows: readonly InitiativeRow[],
  sort: RowSort,
  unitNames: ReadonlyMap<string, string> = new Map(),
): InitiativeRow[] => {
  const cacheKey = `${sort.key}:${sort.order}`;
  let perRows = sortCache.get(rows);
  const hit = perRows?.get(cacheKey);
  if (hit) return hit;
  const keyOf = numericKey(rows, sort.key, unitNames);
  const sign = sort.order === 'ascend' ? 1 : -1;
  let sorted: InitiativeRow[];
  if (keyOf) {
    const keyed = rows.map((row) => ({ row, k: keyOf(row) }));
    keyed.sort((a, b) => sign * (a.k - b.k) || newerFirst(a.row, b.row));
    sorted = keyed.map((k) => k.row);
  } else {
    // By time alone the stable sort needs no ranks, and rows that arrive newest first (the
    // register's snapshot, D61) are in order already: one pass instead of a sort.
    sorted = rows.slice().sort((a, b) => -sign * newerFirst(a, b));
  }
  if (!perRows) sortCache.set(rows, (perRows = new Map<string, InitiativeRow[]>()));
  perRows.set(cacheKey, sorted);
  return sorted;
};

/** Each row's index slot (by sorted position), and each slot's sorted position (-1: none). */
interface SlotTables {
  slots: Int32Array;
  positions: Int32Array;
}

const slotCache = new WeakMap<
  readonly InitiativeRow[],
  { index: FoldedIndex; layout: number; tables: SlotTables }
>();

/** The slot tables of a sorted array, kept until the array or the index's slots change. */
const slotTables = (sorted: readonly InitiativeRow[], index: FoldedIndex): SlotTables => {
  const cached = slotCache.get(sorted);
  if (cached?.index === index && cached.layout === index.layout) return cached.tables;
  const slots = Int32Array.from(sorted, (r) => index.slotFor(r.id));
  const positions = new Int32Array(slots.reduce((max, s) => Math.max(max, s), -1) + 1).fill(-1);
  slots.forEach((slot, n) => {
    if (slot >= 0) positions[slot] = n;
  });
  const tables = { slots, positions };
  slotCache.set(sorted, { index, layout: index.layout, tables });
  return tables;
};

/** The rows a list shows: searched, filtered and sorted. */
export const queryRows = (
  rows: readonly InitiativeRow[],
  index: FoldedIndex,
  filters: RowFilters,
  sort: RowSort = DEFAULT_SORT,
  unitNames: ReadonlyMap<string, string> = new Map(),
): InitiativeRow[] => {
  // Searched first: a search may merge the index's edits and so move its slots.
  const hits = filters.query ? index.match(filters.query) : null;
  const trashed = filters.trashed ? 1 : 0;
  const { unitIds, field, status, readiness, programmeWindow } = filters;
  const wantReady = readiness === 'ready';
  const kept = (r: InitiativeRow): boolean =>
    r.trashed === trashed &&
    (!unitIds || unitIds.has(r.unitId)) &&
    (!field || r.field === field) &&
    (!status || r.status === status) &&
    (!readiness || isRowReady(r, programmeWindow) === wantReady);
  // Filtering the cached sorted array keeps its order: no sorting per keystroke.
  const sorted = sortRows(rows, sort, unitNames);
  if (!hits) return sorted.filter(kept);
  const { slots, positions } = slotTables(sorted, index);
  if (hits.size * 4 < sorted.length) {
    // Few hits: their sorted positions, in order, instead of a pass over every row.
    const found = new Int32Array(hits.size);
    let n = 0;
    for (const slot of hits.slots()) {
      const at = positions[slot] ?? -1;
      if (at >= 0) found[n++] = at;
    }
    return Array.from(found.subarray(0, n).sort(), (at) => sorted[at]!).filter(kept);
  }
  // Many hits: one array read per row instead of a lookup by id.
  return sorted.filter((r, n) => hits.hasSlot(slots[n]!) && kept(r));
};

export const countByStatus = (rows: readonly InitiativeRow[]): Record<InitiativeStatus, number> => {
  const counts = Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s, 0])) as Record<
    InitiativeStatus,
    number
  >;
  for (const r of rows) counts[r.status] += 1;
  return counts;
};
