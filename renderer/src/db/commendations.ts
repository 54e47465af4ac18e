// Commendations (issue 10, item 5): each write with its trace in the initiative's history
// (history-writer.ts), in one transaction. The first commendation of a proposed initiative moves it
// to `commended` through the lifecycle's one `moveStatus`; a recognised initiative that was never
// proposed keeps its status, and its history says so (docs/decisions.md, D41).
import { canMove } from '@shared/domain/lifecycle';
import { formatDate, groupDigits } from '@shared/format';
import {
  COMMENDATION_FORM_LABELS,
  COMMENDATION_LEVEL_PHRASES,
  commendationInputSchema,
  commendationSchema,
  type Commendation,
  type CommendationInput,
} from '@shared/model/commendation';
import type { FieldChange } from '@shared/model/history';
import type { Initiative, InitiativeStatus } from '@shared/model/initiative';
import { emitRowsChanged } from './changes';
import type { DeskDb } from './database';
import { writeHistory } from './history-writer';
import type { InitiativeRow } from './initiative-row';
import { RuleError } from './rule-error';
import { created, touched } from './stamp';
import { initiativeTables } from './initiative-writes';
import { moveInitiative } from './status-moves';

/** Statuses an initiative may be commended in: recognised by the council, or proposed upward. */
const COMMENDABLE: ReadonlySet<InitiativeStatus> = new Set(['recognised', 'proposed', 'commended']);

export const isCommendable = (status: InitiativeStatus): boolean => COMMENDABLE.has(status);

const tablesOf = (db: DeskDb) => [db.commendations, ...initiativeTables(db), db.history];

/** What the history of the initiative shows of a commendation. */
export const commendationSummary = (c: CommendationInput): string =>
  [
    `${COMMENDATION_FORM_LABELS[c.form]} ${COMMENDATION_LEVEL_PHRASES[c.level]}`,
    `QĐ số ${c.decisionNumber} ngày ${formatDate(c.decisionDate)}`,
    c.amount === null ? '' : `${groupDigits(c.amount)} đồng`,
  ]
    .filter((s) => s !== '')
    .join(', ');

const change = (before: string, after: string): FieldChange[] => [
  { field: 'commendation', label: 'Khen thưởng', before, after },
];

const initiativeOf = async (db: DeskDb, id: string): Promise<Initiative> => {
  const record = await db.initiatives.get(id);
  if (!record || record.deletedAt !== null)
    throw new RuleError('Không tìm thấy sáng kiến này (có thể đã bị xóa).', 'NOT_FOUND');
  return record;
};

const checked = (input: CommendationInput): CommendationInput => {
  const parsed = commendationInputSchema.safeParse(input);
  if (!parsed.success)
    throw new RuleError(
      parsed.error.issues[0]?.message ?? 'Thông tin khen thưởng chưa hợp lệ.',
      'BAD_REQUEST',
    );
  return parsed.data;
};

/** Authors the decision names must be the initiative's own. */
const checkAuthors = (initiative: Initiative, authorIds: readonly string[]): void => {
  const own = new Set(initiative.authors.map((a) => a.id));
  if (authorIds.some((a) => !own.has(a)))
    throw new RuleError(
      'Người được khen không phải tác giả của sáng kiến này. Hãy chọn lại tác giả.',
      'BAD_REQUEST',
    );
};

/**
 * Records a commendation. Refused (RuleError) when the initiative is gone, not yet recognised, or
 * the input breaks the schema. Returns the record.
 */
export const recordCommendation = async (
  db: DeskDb,
  input: CommendationInput,
  by: string,
): Promise<Commendation> => {
  const value = checked(input);
  let moved: InitiativeRow | null = null;
  const record = await db.transaction('rw', tablesOf(db), async () => {
    const initiative = await initiativeOf(db, value.initiativeId);
    if (!isCommendable(initiative.status))
      throw new RuleError(
        `Sáng kiến "${initiative.title}" chưa được công nhận nên chưa ghi khen thưởng được.`,
        'STATUS_MOVE_REFUSED',
      );
    checkAuthors(initiative, value.authorIds);
    const record = commendationSchema.parse({
      ...value,
      ...created(by),
      programmeId: initiative.programmeId,
    });
    const first =
      (await db.commendations.where('initiativeId').equals(initiative.id).count()) === 0;
    await db.commendations.add(record);
    const summary = commendationSummary(record);
    const stays =
      first && !canMove(initiative.status, 'commended', 'commendation')
        ? `; sáng kiến giữ trạng thái hiện tại vì chưa được đề xuất lên cấp trên`
        : '';
    await writeHistory(
      db,
      { entityType: 'initiative', entityId: initiative.id },
      {
        action: 'update',
        by,
        at: record.createdAt,
        changes: change('', summary),
        note: `Ghi khen thưởng${stays}`,
      },
    );
    if (first && canMove(initiative.status, 'commended', 'commendation')) {
      const result = await moveInitiative(db, initiative, 'commended', 'commendation', by, {
        note: `Được khen thưởng: ${summary}`,
      });
      moved = result?.row ?? null;
    }
    return record;
  });
  if (moved) emitRowsChanged([moved]);
  return record;
};

/** Saves the clerk's changes to a commendation; nothing is written when nothing changed. */
export const updateCommendation = async (
  db: DeskDb,
  id: string,
  input: CommendationInput,
  by: string,
): Promise<Commendation> => {
  const value = checked(input);
  return db.transaction('rw', tablesOf(db), async () => {
    const current = await db.commendations.get(id);
    if (!current)
      throw new RuleError('Không tìm thấy khen thưởng này (có thể đã bị xóa).', 'NOT_FOUND');
    if (value.initiativeId !== current.initiativeId)
      throw new RuleError(
        'Không đổi được sáng kiến của một khen thưởng. Hãy xóa rồi ghi khen thưởng mới.',
        'BAD_REQUEST',
      );
    const initiative = await initiativeOf(db, current.initiativeId);
    checkAuthors(initiative, value.authorIds);
    const before = commendationSummary(current);
    const next = commendationSchema.parse({ ...touched(current, by), ...value });
    const same =
      JSON.stringify({ ...current, updatedAt: '', updatedBy: '', rev: 0 }) ===
      JSON.stringify({ ...next, updatedAt: '', updatedBy: '', rev: 0 });
    if (same) return current;
    await db.commendations.put(next);
    await writeHistory(
      db,
      { entityType: 'initiative', entityId: initiative.id },
      {
        action: 'update',
        by,
        at: next.updatedAt,
        changes: change(before, commendationSummary(next)),
        note: 'Sửa khen thưởng',
      },
    );
    return next;
  });
};

/**
 * Deletes a commendation, with its trace in the initiative's history. The status stays: the
 * lifecycle has no move back from `commended` (docs/decisions.md, D41).
 */
export const deleteCommendation = async (db: DeskDb, id: string, by: string): Promise<void> => {
  await db.transaction('rw', tablesOf(db), async () => {
    const current = await db.commendations.get(id);
    if (!current) return;
    await db.commendations.delete(id);
    await writeHistory(
      db,
      { entityType: 'initiative', entityId: current.initiativeId },
      {
        action: 'update',
        by,
        changes: change(commendationSummary(current), ''),
        note: 'Xóa khen thưởng',
      },
    );
  });
};

/** A programme's commendations, in no particular order (shared/commendations/people.ts sorts). */
export const listCommendations = (db: DeskDb, programmeId: string): Promise<Commendation[]> =>
  db.commendations.where('programmeId').equals(programmeId).toArray();
