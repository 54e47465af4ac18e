// The register's writes. Each runs in one transaction with its history entry and list row, so a
// crash never leaves a change without its trace.
import { initiativeSchema, type Initiative, type InitiativeDraft } from '@shared/model/initiative';
import type { FieldChange, HistoryEntry } from '@shared/model/history';
import { newId } from '@shared/model/common';
import { diffInitiative } from '@shared/rules/initiative-diff';
import {
  canMove,
  isEditable,
  submitProblems,
  type FieldProblem,
} from '@shared/rules/initiative-submit';
import type { DeskDb } from './database';
import { toRow } from './initiative-row';
import { emitRowsChanged } from './changes';
import { created, touched } from './stamp';
import { RuleError } from './units';
import { freeUnusedAttachments } from './attachments';

export const emptyDraft = (programmeId: string, unitId: string): InitiativeDraft => ({
  programmeId,
  unitId,
  title: '',
  field: '',
  authors: [],
  investor: '',
  applicationField: '',
  firstAppliedOn: null,
  knownSolution: '',
  content: '',
  novelty: '',
  applicability: '',
  economicBenefit: null,
  socialBenefit: '',
  conditions: '',
  confidentialInfo: '',
  confidential: false,
  firstAppliers: '',
  attachments: [],
});

const historyEntry = (
  i: Initiative,
  action: HistoryEntry['action'],
  changes: FieldChange[],
  by: string,
  extra: Pick<HistoryEntry, 'note' | 'sessionId'> = {},
): HistoryEntry => ({
  id: newId(),
  entityType: 'initiative',
  entityId: i.id,
  at: i.updatedAt,
  by,
  action,
  changes,
  ...extra,
});

/** Writes the record, its list row and its history entry together. */
const write = async (db: DeskDb, next: Initiative, entry: HistoryEntry | null): Promise<void> => {
  await db.initiatives.put(next);
  await db.initiativeRows.put(toRow(next));
  if (entry) await db.history.put(entry);
};

const tables = (db: DeskDb) => [db.initiatives, db.initiativeRows, db.history];

export const createInitiative = async (
  db: DeskDb,
  draft: InitiativeDraft,
  by: string,
): Promise<Initiative> => {
  const record = initiativeSchema.parse({
    ...draft,
    ...created(by),
    status: 'draft',
    deletedAt: null,
  });
  await db.transaction('rw', tables(db), () =>
    write(db, record, historyEntry(record, 'create', [], by)),
  );
  emitRowsChanged([toRow(record)]);
  return record;
};

/**
 * Saves an edit. Edits of one editing session (the form's `sessionId`) fold into one history
 * entry, so autosave every few keystrokes still leaves a readable history.
 */
export const updateInitiative = async (
  db: DeskDb,
  id: string,
  patch: Partial<InitiativeDraft>,
  by: string,
  sessionId: string,
): Promise<Initiative> => {
  let filesRemoved = false;
  const next = await db.transaction('rw', tables(db), async () => {
    const current = await db.initiatives.get(id);
    if (!current) throw new RuleError('Không tìm thấy sáng kiến (có thể đã bị xóa).');
    if (!isEditable(current))
      throw new RuleError('Sáng kiến đang được Hội đồng xét nên không sửa được trong sổ đăng ký.');
    const candidate = initiativeSchema.parse({ ...current, ...patch });
    const changes = diffInitiative(current, candidate);
    if (changes.length === 0) return current;
    const kept = new Set(candidate.attachments.map((a) => a.sha256));
    filesRemoved = current.attachments.some((a) => !kept.has(a.sha256));
    // touched() spreads its argument: stamp the candidate, or the edit itself is lost.
    const saved = touched(candidate, by);
    const last = await db.history.where('[entityId+at]').between([id, ''], [id, '\uffff']).last();
    if (last && last.action === 'update' && last.sessionId === sessionId) {
      await write(db, saved, {
        ...last,
        at: saved.updatedAt,
        changes: mergeChanges(last.changes, changes),
      });
    } else {
      await write(db, saved, historyEntry(saved, 'update', changes, by, { sessionId }));
    }
    return saved;
  });
  emitRowsChanged([toRow(next)]);
  // A file taken off may have been the last use of its bytes (issue 7): free them in the background.
  if (filesRemoved) void freeUnusedAttachments(db).catch(() => undefined);
  return next;
};

/** Keeps the first `before` and the latest `after` of each field; drops fields changed back. */
export const mergeChanges = (older: FieldChange[], newer: FieldChange[]): FieldChange[] => {
  const byField = new Map(older.map((c) => [c.field, c]));
  for (const c of newer) {
    const prev = byField.get(c.field);
    byField.set(c.field, prev ? { ...c, before: prev.before } : c);
  }
  return [...byField.values()].filter((c) => c.before !== c.after);
};

export type SubmitResult =
  { ok: true; initiative: Initiative } | { ok: false; problems: FieldProblem[] };

/** Moves a draft to "submitted" once the required fields are filled. */
export const submitInitiative = async (
  db: DeskDb,
  id: string,
  by: string,
): Promise<SubmitResult> => {
  const result = await db.transaction('rw', tables(db), async (): Promise<SubmitResult> => {
    const current = await db.initiatives.get(id);
    if (!current) throw new RuleError('Không tìm thấy sáng kiến.');
    if (!canMove(current.status, 'submitted')) throw new RuleError('Sáng kiến này đã được nộp.');
    const problems = submitProblems(current);
    if (problems.length > 0) return { ok: false, problems };
    const saved: Initiative = { ...touched(current, by), status: 'submitted' };
    await write(db, saved, historyEntry(saved, 'submit', diffInitiative(current, saved), by));
    return { ok: true, initiative: saved };
  });
  if (result.ok) emitRowsChanged([toRow(result.initiative)]);
  return result;
};

const setTrashed = async (
  db: DeskDb,
  id: string,
  trashed: boolean,
  by: string,
): Promise<Initiative> => {
  const saved = await db.transaction('rw', tables(db), async () => {
    const current = await db.initiatives.get(id);
    if (!current) throw new RuleError('Không tìm thấy sáng kiến.');
    if ((current.deletedAt !== null) === trashed) return current;
    const next: Initiative = {
      ...touched(current, by),
      deletedAt: trashed ? new Date().toISOString() : null,
    };
    await write(db, next, historyEntry(next, trashed ? 'delete' : 'restore', [], by));
    return next;
  });
  emitRowsChanged([toRow(saved)]);
  return saved;
};

/** Moves an initiative to the trash; it stays restorable. */
export const trashInitiative = (db: DeskDb, id: string, by: string) => setTrashed(db, id, true, by);
export const restoreInitiative = (db: DeskDb, id: string, by: string) =>
  setTrashed(db, id, false, by);

/**
 * Removes a brand-new draft the clerk left without typing anything; it never existed for anyone
 * else, so it leaves no trace.
 */
export const discardEmptyDraft = async (db: DeskDb, id: string): Promise<boolean> => {
  const gone = await db.transaction('rw', tables(db), async () => {
    const current = await db.initiatives.get(id);
    if (!current || current.rev !== 1 || current.status !== 'draft') return false;
    // rev 1 alone is not enough: an imported record keeps the rev it had elsewhere.
    const blank = { ...current, ...emptyDraft(current.programmeId, current.unitId) };
    if (diffInitiative(current, blank).length > 0) return false;
    await db.initiatives.delete(id);
    await db.initiativeRows.delete(id);
    await db.history.where('[entityId+at]').between([id, ''], [id, '\uffff']).delete();
    return true;
  });
  if (gone) emitRowsChanged([], [id]);
  return gone;
};

/**
 * Stores many initiatives at once (bundle import, benchmarks), validated by the same schema as
 * every other write, each with its list row. An import is one act of one clerk, so it leaves one
 * history entry per programme (with the count and the note) rather than one per record: at
 * 100,000 records a third write per record would halve the import's speed.
 */
export const importInitiatives = async (
  db: DeskDb,
  records: readonly unknown[],
  by: string,
  note = 'Nhập dữ liệu',
): Promise<number> => {
  const valid = records.map((r) => initiativeSchema.parse(r));
  const rows = valid.map(toRow);
  const perProgramme = new Map<string, number>();
  for (const i of valid)
    perProgramme.set(i.programmeId, (perProgramme.get(i.programmeId) ?? 0) + 1);
  const at = new Date().toISOString();
  await db.transaction('rw', tables(db), async () => {
    await db.initiatives.bulkPut(valid);
    await db.initiativeRows.bulkPut(rows);
    await db.history.bulkPut(
      [...perProgramme].map(([programmeId, count]) => ({
        id: newId(),
        entityType: 'programme' as const,
        entityId: programmeId,
        at,
        by,
        action: 'create' as const,
        changes: [],
        note: `${note}: ${count} sáng kiến`,
      })),
    );
  });
  emitRowsChanged(rows);
  return valid.length;
};

export const listHistory = (db: DeskDb, id: string): Promise<HistoryEntry[]> =>
  db.history.where('[entityId+at]').between([id, ''], [id, '\uffff']).reverse().toArray();
