import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/context';
import {
  loadAppraisalData,
  resultsOf,
  type ProgrammeResultsView,
} from '../../db/queries/programme-results';
import { useProgrammeRows } from '../../search/useProgrammeRows';

/**
 * The programme's results (db/queries/programme-results.ts) over the register in memory.
 * Undefined until the programme's rows are fully in memory: a rank over half the rows would lie.
 */
export const useProgrammeResults = (
  programmeId: string | null | undefined,
): ProgrammeResultsView | undefined => {
  const db = useDb();
  const snapshot = useProgrammeRows(db, programmeId ?? null);
  const data = useLiveQuery(
    async () => (programmeId ? loadAppraisalData(db, programmeId) : null),
    [db, programmeId],
  );
  return useMemo(
    () =>
      data && snapshot?.phase === 'full'
        ? resultsOf(data, snapshot.rows, snapshot.unitNames)
        : undefined,
    [data, snapshot],
  );
};
