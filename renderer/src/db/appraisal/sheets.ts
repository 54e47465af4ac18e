import { scoreSheetSchema, sheetWriteProblem, type ScoreSheet } from '@shared/appraisal/model';
import { scoreProblem } from '@shared/appraisal/scores';
import type { DeskDb } from '../database';
import { created, touched } from '../stamp';
import { RuleError } from '../units';
import { getAppraisalSettings } from './settings';

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
  db.transaction('rw', [db.sessions, db.scoreSheets, db.appraisalSettings], async () => {
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
    return sheet;
  });
