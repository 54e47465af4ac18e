// What the appraisal screens show of sessions, councils and score sheets, outside React.
import type { AppraisalSettings, Council, ScoreSheet, Session } from '@shared/appraisal/model';
import type { HistoryEntry } from '@shared/model/history';
import { compareVi } from '@shared/text';
import type { DeskDb } from '../database';
import { toRow, type InitiativeRow } from '../initiative-row';
import { getAppraisalSettings } from '../appraisal/settings';
import { listSessionHistory } from '../appraisal/sessions';

export interface SessionData {
  session: Session;
  council: Council | null;
  settings: AppraisalSettings;
  sheets: ScoreSheet[];
  /** The initiatives considered, in the session's order. */
  initiatives: InitiativeRow[];
  history: HistoryEntry[];
}

/** Everything the session page shows; null when there is no such session. */
export const loadSessionData = async (db: DeskDb, id: string): Promise<SessionData | null> => {
  const session = await db.sessions.get(id);
  if (!session) return null;
  const [council, settings, sheets, records, history] = await Promise.all([
    db.councils.get(session.councilId),
    getAppraisalSettings(db, session.programmeId),
    db.scoreSheets.where('sessionId').equals(id).toArray(),
    db.initiatives.bulkGet(session.initiativeIds),
    listSessionHistory(db, id),
  ]);
  return {
    session,
    council: council ?? null,
    settings,
    sheets,
    initiatives: records.filter((r) => r !== undefined).map(toRow),
    history,
  };
};

/** A programme's councils in Vietnamese order of their names. */
export const listCouncils = async (db: DeskDb, programmeId: string): Promise<Council[]> =>
  (await db.councils.where('programmeId').equals(programmeId).toArray()).sort((a, b) =>
    compareVi(a.name, b.name),
  );

export interface ProgrammeSessions {
  /** Newest meeting first; on the same day, the one created last first. */
  sessions: Session[];
  councils: Council[];
}

export const loadProgrammeSessions = async (
  db: DeskDb,
  programmeId: string,
): Promise<ProgrammeSessions> => {
  const [sessions, councils] = await Promise.all([
    db.sessions.where('programmeId').equals(programmeId).toArray(),
    listCouncils(db, programmeId),
  ]);
  sessions.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return { sessions, councils };
};

export interface SheetKey {
  sessionId: string;
  initiativeId: string;
  memberId: string;
}

/** One member's sheet for one initiative in one session, as stored now. */
export const findSheet = (db: DeskDb, key: SheetKey): Promise<ScoreSheet | undefined> =>
  db.scoreSheets
    .where('[sessionId+initiativeId+memberId]')
    .equals([key.sessionId, key.initiativeId, key.memberId])
    .first();
