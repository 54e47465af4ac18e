import { useDeferredValue, useMemo } from 'react';
import type { InitiativeStatus } from '@shared/model/initiative';
import type { InitiativeRow } from '../../db/initiative-row';
import { useDb } from '../../app/context';
import { useProgrammeRows } from '../../search/useProgrammeRows';
import type { ProgrammeWindow } from '@shared/appraisal/row-readiness';
import {
  countByStatus,
  queryRows,
  type ReadinessFilter,
  type RowSort,
} from '../../search/row-query';
import type { RowsSnapshot } from '../../search/programme-rows-store';
import { unitAndDescendants } from '../../db/queries/unit-tree';
import { useUnits } from './useUnits';

export interface RowsQuery {
  query: string;
  unitId: string | null;
  field: string | null;
  status: InitiativeStatus | null;
  sort: RowSort;
  trashed?: boolean;
  readiness?: ReadinessFilter | null;
  /** The programme's first-application window, for the readiness filter. */
  programmeWindow?: ProgrammeWindow | null;
}

export interface InitiativeRowsView {
  snapshot: RowsSnapshot | null;
  /** What the table shows. */
  rows: InitiativeRow[];
  /** Per status, under every filter but the status one (the status tags are that filter). */
  counts: Record<InitiativeStatus, number>;
  unitNames: ReadonlyMap<string, string>;
}

/** One empty map, so a memoised table is not re-rendered by a new one each time. */
const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** The register as filtered and sorted for a list screen. */
export const useInitiativeRows = (programmeId: string | null, q: RowsQuery): InitiativeRowsView => {
  const db = useDb();
  const snapshot = useProgrammeRows(db, programmeId);
  const units = useUnits();
  // Typing stays responsive: React renders the list for the last query it had time for.
  const query = useDeferredValue(q.query);
  const unitIds = useMemo(
    () => (q.unitId && units ? unitAndDescendants(units, q.unitId) : null),
    [units, q.unitId],
  );
  const unitNames = snapshot?.unitNames;
  const { field, status, sort, trashed = false, readiness = null } = q;
  const from = q.programmeWindow?.firstAppliedFrom ?? null;
  const to = q.programmeWindow?.firstAppliedTo ?? null;
  // Keyed on the rows array, not the snapshot: while the register loads, a snapshot that only
  // reports progress keeps the same rows, and sorting 250,000 rows per chunk starved the load.
  const rowsIn = snapshot?.rows;
  const index = snapshot?.index;
  const base = useMemo(
    () =>
      rowsIn && index
        ? queryRows(
            rowsIn,
            index,
            {
              query,
              unitIds,
              field,
              trashed,
              readiness,
              programmeWindow: { firstAppliedFrom: from, firstAppliedTo: to },
            },
            sort,
            unitNames,
          )
        : [],
    [rowsIn, index, unitNames, query, unitIds, field, trashed, readiness, from, to, sort],
  );
  const counts = useMemo(() => countByStatus(base), [base]);
  const rows = useMemo(
    () => (status ? base.filter((r) => r.status === status) : base),
    [base, status],
  );
  return { snapshot, rows, counts, unitNames: unitNames ?? NO_NAMES };
};
