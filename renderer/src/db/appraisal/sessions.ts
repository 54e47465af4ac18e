import { initiativeTables } from '../initiative-writes';
import { sessionSchema, type Session } from '@shared/appraisal/model';
import { conclude, type Conclusion } from '@shared/appraisal/results';
import { canMove, isConsiderable } from '@shared/domain/lifecycle';
import type { HistoryEntry } from '@shared/model/history';
import type { Initiative } from '@shared/model/initiative';
import { formatDate } from '@shared/format';
import type { DeskDb } from '../database';
import { created, touched } from '../stamp';
import { RuleError } from '../rule-error';
import { emitRowsChanged } from '../changes';
import type { InitiativeRow } from '../initiative-row';
import { getAppraisalSettings } from './settings';
import { writeHistory } from '../history-writer';
import { moveInitiative } from '../status-moves';

export { listHistory as listSessionHistory } from '../history-writer';

export interface SessionInput {
  councilId: string;
  date: string;
  place: string;
  presentMemberIds: string[];
  initiativeIds: string[];
}

const sessionHistory = (
  db: DeskDb,
  s: Session,
  action: HistoryEntry['action'],
  by: string,
  note?: string,
) =>
  writeHistory(
    db,
    { entityType: 'session', entityId: s.id },
    { action, by, at: s.updatedAt, note },
  );

const tables = (db: DeskDb) => [
  db.councils,
  db.sessions,
  db.scoreSheets,
  ...initiativeTables(db),
  db.history,
  db.appraisalSettings,
];

/** Checks members and initiatives against the council and the register. */
const checkInput = async (db: DeskDb, input: SessionInput) => {
  const council = await db.councils.get(input.councilId);
  if (!council) throw new RuleError('Không tìm thấy Hội đồng.');
  const memberIds = new Set(council.members.map((m) => m.id));
  if (input.presentMemberIds.length === 0) throw new RuleError('Chọn các thành viên có mặt.');
  if (input.presentMemberIds.some((m) => !memberIds.has(m)))
    throw new RuleError('Có người không thuộc Hội đồng.');
  if (input.initiativeIds.length === 0) throw new RuleError('Chọn các sáng kiến đưa ra xét.');
  const initiatives = await db.initiatives.bulkGet(input.initiativeIds);
  for (const [n, i] of initiatives.entries()) {
    if (!i || i.deletedAt) throw new RuleError(`Không tìm thấy sáng kiến thứ ${n + 1}.`);
    if (i.programmeId !== council.programmeId)
      throw new RuleError(`"${i.title}" thuộc chương trình khác.`);
    if (!isConsiderable(i.status))
      throw new RuleError(
        `"${i.title || 'Sáng kiến chưa có tên'}" chưa được nộp nên chưa thể đưa ra Hội đồng.`,
      );
  }
  return { council, initiatives: initiatives.filter((i) => i !== undefined) };
};

/** Initiatives a session considers move from "đã nộp" to "đang thẩm định". */
const startAppraisal = async (
  db: DeskDb,
  initiatives: readonly Initiative[],
  s: Session,
  by: string,
) => {
  const rows: InitiativeRow[] = [];
  for (const i of initiatives) {
    if (!canMove(i.status, 'appraising', 'session')) continue;
    const moved = await moveInitiative(db, i, 'appraising', 'session', by, {
      note: `Đưa ra phiên họp ngày ${formatDate(s.date)}`,
    });
    if (moved) rows.push(moved.row);
  }
  return rows;
};

/** A new session; the initiatives it considers move to "đang thẩm định". */
export const createSession = async (
  db: DeskDb,
  input: SessionInput,
  by: string,
): Promise<Session> => {
  const changed: InitiativeRow[] = [];
  const session = await db.transaction('rw', tables(db), async () => {
    const { council, initiatives } = await checkInput(db, input);
    const s = sessionSchema.parse({
      ...created(by),
      ...input,
      programmeId: council.programmeId,
      closed: false,
      conclusions: {},
    });
    await db.sessions.add(s);
    changed.push(...(await startAppraisal(db, initiatives, s, by)));
    return s;
  });
  emitRowsChanged(changed);
  return session;
};

/** Edits an open session; a member or initiative that already has sheets cannot be dropped. */
export const updateSession = async (
  db: DeskDb,
  id: string,
  input: SessionInput,
  by: string,
): Promise<Session> => {
  const changed: InitiativeRow[] = [];
  const session = await db.transaction('rw', tables(db), async () => {
    const current = await db.sessions.get(id);
    if (!current) throw new RuleError('Không tìm thấy phiên họp.');
    if (current.closed)
      throw new RuleError('Phiên họp đã kết thúc. Muốn sửa, hãy "Mở lại phiên họp" và ghi lý do.');
    const { initiatives } = await checkInput(db, input);
    const sheets = await db.scoreSheets.where('sessionId').equals(id).toArray();
    if (sheets.some((s) => !input.presentMemberIds.includes(s.memberId)))
      throw new RuleError('Thành viên đã có phiếu chấm nên không thể bỏ khỏi danh sách có mặt.');
    if (sheets.some((s) => !input.initiativeIds.includes(s.initiativeId)))
      throw new RuleError('Sáng kiến đã có phiếu chấm nên không thể bỏ khỏi phiên họp.');
    const next = sessionSchema.parse({ ...touched(current, by), ...input });
    await db.sessions.put(next);
    changed.push(...(await startAppraisal(db, initiatives, next, by)));
    return next;
  });
  emitRowsChanged(changed);
  return session;
};

/**
 * Closes a session: every present member's sheet must be complete; the conclusions are recorded,
 * the sheets lock, and each initiative's status follows its conclusion.
 */
export const closeSession = async (db: DeskDb, id: string, by: string): Promise<Session> => {
  const changed: InitiativeRow[] = [];
  const session = await db.transaction('rw', tables(db), async () => {
    const current = await db.sessions.get(id);
    if (!current) throw new RuleError('Không tìm thấy phiên họp.');
    if (current.closed) return current;
    const { rubric } = await getAppraisalSettings(db, current.programmeId);
    const sheets = await db.scoreSheets.where('sessionId').equals(id).toArray();
    const conclusions: Record<string, Conclusion> = {};
    const unfinished: string[] = [];
    const initiatives = await db.initiatives.bulkGet(current.initiativeIds);
    for (const i of initiatives) {
      if (!i) continue;
      const mine = sheets.filter(
        (s) => s.initiativeId === i.id && current.presentMemberIds.includes(s.memberId),
      );
      const c = conclude(rubric, mine, current.presentMemberIds.length);
      if (c) conclusions[i.id] = c;
      else unfinished.push(i.title || 'Sáng kiến chưa có tên');
    }
    if (unfinished.length > 0)
      throw new RuleError(
        `Chưa chấm xong: ${unfinished.join('; ')}. Mỗi thành viên có mặt cần chấm đủ các tiêu chí.`,
      );
    const next: Session = { ...touched(current, by), closed: true, conclusions };
    await db.sessions.put(next);
    await sessionHistory(db, next, 'close', by);
    for (const i of initiatives) {
      const c = i && conclusions[i.id];
      if (!i || !c) continue;
      const to = c.recognised ? 'recognised' : 'not_recognised';
      const moved = await moveInitiative(db, i, to, 'conclusion', by, { note: c.reason });
      if (moved) changed.push(moved.row);
    }
    return next;
  });
  emitRowsChanged(changed);
  return session;
};

/** Reopens a closed session for corrections; the reason is kept in history. */
export const reopenSession = async (
  db: DeskDb,
  id: string,
  reason: string,
  by: string,
): Promise<Session> => {
  if (reason.trim() === '') throw new RuleError('Hãy ghi lý do mở lại phiên họp.');
  const changed: InitiativeRow[] = [];
  const session = await db.transaction('rw', tables(db), async () => {
    const current = await db.sessions.get(id);
    if (!current) throw new RuleError('Không tìm thấy phiên họp.');
    if (!current.closed) return current;
    const next: Session = { ...touched(current, by), closed: false };
    await db.sessions.put(next);
    await sessionHistory(db, next, 'reopen', by, reason.trim());
    const initiatives = await db.initiatives.bulkGet(current.initiativeIds);
    for (const i of initiatives) {
      if (!i || !canMove(i.status, 'appraising', 'reopen')) continue;
      const moved = await moveInitiative(db, i, 'appraising', 'reopen', by, {
        note: `Mở lại phiên họp: ${reason.trim()}`,
      });
      if (moved) changed.push(moved.row);
    }
    return next;
  });
  emitRowsChanged(changed);
  return session;
};
