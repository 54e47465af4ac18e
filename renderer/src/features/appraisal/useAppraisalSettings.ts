import { useLiveQuery } from 'dexie-react-hooks';
import type { AppraisalSettings } from '@shared/appraisal/model';
import { useDb } from '../../app/context';
import { getAppraisalSettings } from '../../db/appraisal/settings';

/** A programme's rubric and thresholds (the defaults until changed); undefined while loading. */
export const useAppraisalSettings = (programmeId: string | undefined) => {
  const db = useDb();
  return useLiveQuery(
    async (): Promise<AppraisalSettings | null> =>
      programmeId ? getAppraisalSettings(db, programmeId) : null,
    [db, programmeId],
  );
};
