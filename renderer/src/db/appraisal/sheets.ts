import { scoreSheetSchema, sheetWriteProblem, type ScoreSheet } from '@shared/appraisal/model';
import { scoreProblem } from '@shared/appraisal/scores';
import type { DeskDb } from '../database';
import { created, touched } from '../stamp';
import { RuleError } from '../rule-error';
import { getAppraisalSettings } from './settings';
import { diffSheet } from '@shared/appraisal/sheet-diff';
import { entriesOf, writeEdit } from '../history-writer';
import type { Session } from '@shared/appraisal/model';
import type { Rubric } from '@shared/appraisal/rubric';

export interface SheetInput {
  sessionId: string;
  initiativeId: string;
  memberId: string;
  scores: Record<string, number | null>;
  comments: Record<string, string>;
}

/**
 * Writes a member's sheet for an initiative (one per member, initiative and session): refused for
 * a closed session, an absent member or a score the rubric does not allow.
 */
export const saveSheet = async (db: DeskDb, input: SheetInput, by: string): Promise<ScoreSheet> =>
  db.transaction(
    'rw',
    [db.sessions, db.scoreSheets, db.appraisalSettings, db.history, db.initiatives, db.councils],
    async () => {
      const session = await db.sessions.get(input.sessionId);
      if (!session) throw new RuleError('Không tìm thấy phiên họp.');
      const problem = sheetWriteProblem(session, input.memberId, input.initiativeId);
      if (problem) throw new RuleError(problem);
      const { rubric } = await getAppraisalSettings(db, session.programmeId);
      const known = new Set(rubric.criteria.map((c) => c.id));
      for (const [key, value] of Object.entries(input.scores)) {
        const c = rubric.criteria.find((c) => c.id === key);
        if (!c || !known.has(key))
          throw new RuleError('Tiêu chí không có trong thang điểm của chương trình.');
        if (value === null) continue;
        const p = scoreProblem(c, value);
        if (p) throw new RuleError(p);
      }
      const existing = await db.scoreSheets
        .where('[sessionId+initiativeId+memberId]')
        .equals([input.sessionId, input.initiativeId, input.memberId])
        .first();
      const sheet = scoreSheetSchema.parse(
        existing ? { ...touched(existing, by), ...input } : { ...created(by), ...input },
      );
      await db.scoreSheets.put(sheet);
      await recordCorrection(db, session, rubric, existing ?? null, sheet, by);
      return sheet;
    },
  );

/**
 * After a session has been reopened, every change to its sheets is a correction of a decision
 * already taken, so it goes to the session's history next to the reason (issue 3, locking).
 * Edits to one sheet by one clerk fold into one entry, as initiative autosaves do.
 */
const recordCorrection = async (
  db: DeskDb,
  session: Session,
  rubric: Rubric,
  before: ScoreSheet | null,
  after: ScoreSheet,
  by: string,
): Promise<void> => {
  const reopened = await entriesOf(db, session.id)
    .filter((e) => e.action === 'reopen')
    .count();
  if (reopened === 0) return;
  const [initiative, council] = await Promise.all([
    db.initiatives.get(after.initiativeId),
    db.councils.get(session.councilId),
  ]);
  const member = council?.members.find((m) => m.id === after.memberId)?.name ?? 'Thành viên';
  const changes = diffSheet(
    rubric,
    `${initiative?.title ?? 'Sáng kiến'} · ${member}`,
    before,
    after,
  );
  if (changes.length === 0) return;
  await writeEdit(
    db,
    { entityType: 'session', entityId: session.id },
    { action: 'update', by, at: after.updatedAt, changes, sessionId: `sheet:${after.id}` },
  );
};
