// The register's writes. Each runs in one transaction with its history entry and the programme's
// counts, so a crash never leaves a change without its trace.
import Dexie from 'dexie';
import { initiativeSchema, type Initiative, type InitiativeDraft } from '@shared/model/initiative';
import type { HistoryEntry } from '@shared/model/history';
import { canMove, isEditable } from '@shared/domain/lifecycle';
import { emptyDraft } from '@shared/domain/empty-draft';
import { diffInitiative } from '@shared/rules/initiative-diff';
import { submitProblems, type FieldProblem } from '@shared/rules/initiative-submit';
import type { DeskDb } from './database';
import { toRow, type InitiativeRow } from './initiative-row';
import {
  countedOf,
  deleteInitiatives,
  initiativeTables,
  putInitiatives,
} from './initiative-writes';
import { emitRowsChanged } from './changes';
import { entriesOf, historyEntry, writeEdit } from './history-writer';
import { created, touched } from './stamp';
import { RuleError } from './rule-error';
import { moveInitiative } from './status-moves';
import { freeUnusedAttachments } from './attachments';

export { listHistory, mergeChanges } from './history-writer';

export { emptyDraft };

const initiativeEntry = (i: Initiative, action: HistoryEntry['action'], by: string) =>
  historyEntry({ entityType: 'initiative', entityId: i.id }, { action, by, at: i.updatedAt });

/**
 * Writes the record, the programme's counts and its history entry together;
 * `before` is the record as it was (null for a new one).
 */
const write = async (
  db: DeskDb,
  before: Initiative | null,
  next: Initiative,
  entry: HistoryEntry | null,
): Promise<void> => {
  await putInitiatives(db, [next], [before ? countedOf(before) : undefined]);
  if (entry) await db.history.put(entry);
};

const tables = (db: DeskDb) => [...initiativeTables(db), db.history];

/**
 * Stores validated records with their counts and the given history entries; call inside
 * a transaction over `initiativeTables(db)` and history (the bulk write of imports). Returns
 * their list rows, for emitRowsChanged once the transaction has committed.
 */
export const storeInitiatives = async (
  db: DeskDb,
  records: readonly Initiative[],
  entries: readonly HistoryEntry[],
): Promise<InitiativeRow[]> => {
  const rows = await putInitiatives(db, records);
  await db.history.bulkPut([...entries]);
  return rows;
};

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
    write(db, null, record, initiativeEntry(record, 'create', by)),
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
    await write(db, current, saved, null);
    await writeEdit(
      db,
      { entityType: 'initiative', entityId: id },
      { action: 'update', by, at: saved.updatedAt, changes, sessionId },
    );
    return saved;
  });
  emitRowsChanged([toRow(next)]);
  // A file taken off may have been the last use of its bytes (issue 7): free them in the background.
  if (filesRemoved) void freeUnusedAttachments(db).catch(() => undefined);
  return next;
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
    if (!canMove(current.status, 'submitted', 'clerk'))
      throw new RuleError('Sáng kiến này đã được nộp.', 'STATUS_MOVE_REFUSED');
    const problems = submitProblems(current);
    if (problems.length > 0) return { ok: false, problems };
    const moved = await moveInitiative(db, current, 'submitted', 'clerk', by, { action: 'submit' });
    return { ok: true, initiative: moved?.record ?? current };
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
    await write(db, current, next, initiativeEntry(next, trashed ? 'delete' : 'restore', by));
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
    await deleteInitiatives(db, [id]);
    await entriesOf(db, id).delete();
    return true;
  });
  if (gone) emitRowsChanged([], [id]);
  return gone;
};

/**
 * Stores many new initiatives at once (spreadsheets, the sample, benchmarks), validated by the
 * same schema as every other write. An import is one act of one clerk, so it leaves one history
 * entry per programme (with the count and the note) rather than one per record: at 100,000
 * records a third write per record would halve the import's speed. It only adds: a record whose
 * id the register holds already, or an id given twice, refuses the whole import (ALREADY_STORED)
 * and writes nothing; bundles, which update, have their own path (bundle-import.ts).
 */
export const importInitiatives = async (
  db: DeskDb,
  records: readonly unknown[],
  by: string,
  note = 'Nhập dữ liệu',
): Promise<number> => {
  const valid = records.map((r) => initiativeSchema.parse(r));
  const perProgramme = new Map<string, number>();
  for (const i of valid)
    perProgramme.set(i.programmeId, (perProgramme.get(i.programmeId) ?? 0) + 1);
  const at = new Date().toISOString();
  const entries = [...perProgramme].map(([programmeId, count]) =>
    historyEntry(
      { entityType: 'programme', entityId: programmeId },
      { action: 'create', by, at, note: `${note}: ${count} sáng kiến` },
    ),
  );
  const rows = await db
    .transaction('rw', tables(db), () =>
      putInitiatives(db, valid, 'new').then((added) =>
        db.history.bulkPut(entries).then(() => added),
      ),
    )
    .catch((e: unknown) => {
      throw alreadyStored(e, valid) ?? e;
    });
  emitRowsChanged(rows);
  return valid.length;
};

/** The refusal of an import that met a stored id, naming the first such initiative; else null. */
const alreadyStored = (e: unknown, records: readonly Initiative[]): RuleError | null => {
  if (!(e instanceof Dexie.BulkError) && !(e instanceof Dexie.ConstraintError)) return null;
  const at = e instanceof Dexie.BulkError ? Number(Object.keys(e.failuresByPos)[0] ?? 0) : 0;
  const title = records[at]?.title || 'không tên';
  return new RuleError(
    `Sáng kiến "${title}" đã có trong sổ (trùng mã). Chưa nhập sáng kiến nào; hãy bỏ những dòng đã có rồi nhập lại.`,
    'ALREADY_STORED',
  );
};

export const getInitiative = (db: DeskDb, id: string): Promise<Initiative | undefined> =>
  db.initiatives.get(id);
