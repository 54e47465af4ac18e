import { appraisalSettingsSchema, type AppraisalSettings } from '@shared/appraisal/model';
import {
  DEFAULT_CERTIFICATE_THRESHOLDS,
  DEFAULT_RUBRIC,
  rubricSchema,
  certificateThresholdsSchema,
  type CertificateThresholds,
  type Rubric,
} from '@shared/appraisal/rubric';
import type { DeskDb } from '../database';
import { RuleError } from '../rule-error';
import { writeHistory } from '../history-writer';

/** A programme's scoring rules: the defaults (docs/domain.md, Scoring) until the clerk edits. */
export const getAppraisalSettings = async (
  db: DeskDb,
  programmeId: string,
): Promise<AppraisalSettings> =>
  (await db.appraisalSettings.get(programmeId)) ?? {
    programmeId,
    rubric: DEFAULT_RUBRIC,
    certificateThresholds: DEFAULT_CERTIFICATE_THRESHOLDS,
    updatedAt: '',
    updatedBy: '',
    rev: 0,
  };

/** The rubric cannot change because sheets were scored with it; the clerk may choose to rescore. */
export class ScoresExistError extends RuleError {}

const scoredSheetCount = async (db: DeskDb, programmeId: string): Promise<number> => {
  const sessionIds = await db.sessions.where('programmeId').equals(programmeId).primaryKeys();
  if (sessionIds.length === 0) return 0;
  return db.scoreSheets
    .where('sessionId')
    .anyOf(sessionIds)
    .filter((s) => Object.values(s.scores).some((v) => v !== null))
    .count();
};

/**
 * Changes a programme's rubric. Refused once scores exist, so scores never silently change meaning:
 * the clerk must first clear them with `clearScoresForRescore`.
 */
export const saveRubric = async (
  db: DeskDb,
  programmeId: string,
  rubric: Rubric,
  by: string,
): Promise<void> => {
  const valid = rubricSchema.parse(rubric);
  await db.transaction('rw', [db.appraisalSettings, db.sessions, db.scoreSheets], async () => {
    const current = await getAppraisalSettings(db, programmeId);
    if (JSON.stringify(current.rubric) === JSON.stringify(valid)) return;
    const scored = await scoredSheetCount(db, programmeId);
    if (scored > 0)
      throw new ScoresExistError(
        `Đã có ${scored} phiếu chấm theo tiêu chí hiện tại nên không thể đổi tiêu chí. ` +
          'Nếu thật sự cần đổi, hãy bấm "Chấm lại từ đầu" để xóa điểm đã chấm, rồi sửa tiêu chí và chấm lại.',
      );
    await db.appraisalSettings.put(
      appraisalSettingsSchema.parse({
        ...current,
        rubric: valid,
        updatedAt: new Date().toISOString(),
        updatedBy: by,
        rev: current.rev + 1,
      }),
    );
  });
};

export const saveCertificateThresholds = async (
  db: DeskDb,
  programmeId: string,
  thresholds: CertificateThresholds,
  by: string,
): Promise<void> => {
  const valid = certificateThresholdsSchema.parse(thresholds);
  await db.transaction('rw', db.appraisalSettings, async () => {
    const current = await getAppraisalSettings(db, programmeId);
    await db.appraisalSettings.put({
      ...current,
      certificateThresholds: valid,
      updatedAt: new Date().toISOString(),
      updatedBy: by,
      rev: current.rev + 1,
    });
  });
};

/**
 * Clears every score of a programme's open sessions so the rubric can change; refused while a
 * session is closed (its conclusions stand until it is reopened). Kept in history.
 */
export const clearScoresForRescore = async (
  db: DeskDb,
  programmeId: string,
  by: string,
  reason: string,
): Promise<number> => {
  if (reason.trim() === '') throw new RuleError('Hãy ghi lý do chấm lại.');
  return db.transaction('rw', [db.sessions, db.scoreSheets, db.history], async () => {
    const sessions = await db.sessions.where('programmeId').equals(programmeId).toArray();
    const closed = sessions.filter((s) => s.closed);
    if (closed.length > 0)
      throw new RuleError(
        `Có ${closed.length} phiên họp đã kết thúc. Hãy mở lại các phiên họp đó (ghi lý do) trước khi chấm lại.`,
      );
    const n = await db.scoreSheets
      .where('sessionId')
      .anyOf(sessions.map((s) => s.id))
      .delete();
    await writeHistory(
      db,
      { entityType: 'programme', entityId: programmeId },
      { action: 'rescore', by, note: reason.trim() },
    );
    return n;
  });
};
