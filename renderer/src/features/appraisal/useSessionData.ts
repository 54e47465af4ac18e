import { useLiveQuery } from 'dexie-react-hooks';
import type { AppraisalSettings, Council, ScoreSheet, Session } from '@shared/appraisal/model';
import type { HistoryEntry } from '@shared/model/history';
import { useDb } from '../../app/context';
import type { InitiativeRow } from '../../db/initiative-row';
import { getAppraisalSettings } from '../../db/appraisal/settings';
import { listSessionHistory } from '../../db/appraisal/sessions';

export interface SessionData {
  session: Session;
  council: Council | null;
  settings: AppraisalSettings;
  sheets: ScoreSheet[];
  /** The initiatives considered, in the session's order. */
  initiatives: InitiativeRow[];
  history: HistoryEntry[];
}

/** Everything the session page shows; undefined while loading, null when there is no such session. */
export const useSessionData = (id: string): SessionData | null | undefined => {
  const db = useDb();
  return useLiveQuery(async () => {
    const session = await db.sessions.get(id);
    if (!session) return null;
    const [council, settings, sheets, rows, history] = await Promise.all([
      db.councils.get(session.councilId),
      getAppraisalSettings(db, session.programmeId),
      db.scoreSheets.where('sessionId').equals(id).toArray(),
      db.initiativeRows.bulkGet(session.initiativeIds),
      listSessionHistory(db, id),
    ]);
    return {
      session,
      council: council ?? null,
      settings,
      sheets,
      initiatives: rows.filter((r) => r !== undefined),
      history,
    };
  }, [db, id]);
};
