import { councilSchema, type Council, type Member } from '@shared/appraisal/model';
import type { DeskDb } from '../database';
import { created, touched } from '../stamp';
import { RuleError } from '../rule-error';

export interface CouncilInput {
  programmeId: string;
  name: string;
  members: Member[];
}

export const createCouncil = async (
  db: DeskDb,
  input: CouncilInput,
  by: string,
): Promise<Council> => {
  const council = councilSchema.parse({ ...created(by), ...input });
  await db.councils.add(council);
  return council;
};

/** A member who was present at a session cannot be removed: the minutes name them. */
export const updateCouncil = async (
  db: DeskDb,
  id: string,
  input: CouncilInput,
  by: string,
): Promise<Council> =>
  db.transaction('rw', [db.councils, db.sessions], async () => {
    const current = await db.councils.get(id);
    if (!current) throw new RuleError('Không tìm thấy Hội đồng.');
    const kept = new Set(input.members.map((m) => m.id));
    const sessions = await db.sessions.where('councilId').equals(id).toArray();
    const removedPresent = current.members.filter(
      (m) => !kept.has(m.id) && sessions.some((s) => s.presentMemberIds.includes(m.id)),
    );
    if (removedPresent.length > 0)
      throw new RuleError(
        `Không thể bỏ ${removedPresent.map((m) => m.name).join(', ')} khỏi Hội đồng vì đã dự phiên họp.`,
      );
    const next = councilSchema.parse({ ...touched(current, by), ...input });
    await db.councils.put(next);
    return next;
  });
