// UI state of the register list (what the clerk filters and sorts by); records stay in Dexie.
import { create } from 'zustand';
import type { InitiativeStatus } from '@shared/model/initiative';
import { DEFAULT_SORT, type ReadinessFilter, type RowSort } from '../../search/row-query';

export interface ListFiltersState {
  query: string;
  unitId: string | null;
  field: string | null;
  status: InitiativeStatus | null;
  readiness: ReadinessFilter | null;
  sort: RowSort;
  setQuery: (query: string) => void;
  setUnitId: (unitId: string | null) => void;
  setField: (field: string | null) => void;
  setStatus: (status: InitiativeStatus | null) => void;
  setReadiness: (readiness: ReadinessFilter | null) => void;
  setSort: (sort: RowSort) => void;
  reset: () => void;
}

const initial = {
  query: '',
  unitId: null,
  field: null,
  status: null,
  readiness: null,
  sort: DEFAULT_SORT,
} satisfies Partial<ListFiltersState>;

export const useListFilters = create<ListFiltersState>()((set) => ({
  ...initial,
  setQuery: (query) => set({ query }),
  setUnitId: (unitId) => set({ unitId }),
  setField: (field) => set({ field }),
  setStatus: (status) => set({ status }),
  setReadiness: (readiness) => set({ readiness }),
  setSort: (sort) => set({ sort }),
  reset: () => set(initial),
}));
