import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/context';
import { getInitiativeCounts, type InitiativeCounts } from '../../db/initiative-counts';

/**
 * The programme's counts as kept with every write (docs/decisions.md, D48): known at once, before
 * the register is loaded; undefined while the one small read runs.
 */
export const useInitiativeCounts = (programmeId: string | null): InitiativeCounts | undefined => {
  const db = useDb();
  return useLiveQuery(
    () => (programmeId ? getInitiativeCounts(db, programmeId) : undefined),
    [db, programmeId],
  );
};
