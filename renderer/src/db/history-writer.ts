// The one module that builds and writes history entries (docs/architecture.md: every change to
// initiatives and appraisals is kept). Repositories call it inside their own transaction, so a
// change and its trace are written together or not at all.
import { newId } from '@shared/model/common';
import type { FieldChange, HistoryEntry } from '@shared/model/history';
import type { DeskDb } from './database';

/** The record a history entry is about. */
export interface HistorySubject {
  entityType: HistoryEntry['entityType'];
  entityId: string;
}

/** What happened: the action, who did it and when, and what changed. */
export interface HistoryFacts {
  action: HistoryEntry['action'];
  by: string;
  /** When it happened; the changed record's `updatedAt` where there is one. */
  at?: string;
  changes?: FieldChange[];
  note?: string;
  /** Edits carrying the same key (a form visit, one score sheet) fold into one entry. */
  sessionId?: string;
}

export const historyEntry = (subject: HistorySubject, facts: HistoryFacts): HistoryEntry => {
  const { note, sessionId } = facts;
  return {
    id: newId(),
    ...subject,
    at: facts.at ?? new Date().toISOString(),
    by: facts.by,
    action: facts.action,
    changes: facts.changes ?? [],
    ...(note ? { note } : {}),
    ...(sessionId === undefined ? {} : { sessionId }),
  };
};

/** Writes one history entry; call inside the transaction that makes the change. */
export const writeHistory = async (
  db: DeskDb,
  subject: HistorySubject,
  facts: HistoryFacts,
): Promise<void> => {
  await db.history.put(historyEntry(subject, facts));
};

/** A record's entries, oldest first. */
export const entriesOf = (db: DeskDb, entityId: string) =>
  db.history.where('[entityId+at]').between([entityId, ''], [entityId, '\uffff']);

/** A record's history, newest first. */
export const listHistory = (db: DeskDb, entityId: string): Promise<HistoryEntry[]> =>
  entriesOf(db, entityId).reverse().toArray();

/** Keeps the first `before` and the latest `after` of each field; drops fields changed back. */
export const mergeChanges = (older: FieldChange[], newer: FieldChange[]): FieldChange[] => {
  const byField = new Map(older.map((c) => [c.field, c]));
  for (const c of newer) {
    const prev = byField.get(c.field);
    byField.set(c.field, prev ? { ...c, before: prev.before } : c);
  }
  return [...byField.values()].filter((c) => c.before !== c.after);
};

/**
 * Writes an edit. Edits with the same fold key by the same person, one after the other, fold
 * into one entry, so autosave every few keystrokes still leaves a readable history.
 */
export const writeEdit = async (
  db: DeskDb,
  subject: HistorySubject,
  facts: HistoryFacts & { sessionId: string; changes: FieldChange[]; at: string },
): Promise<void> => {
  const last = await entriesOf(db, subject.entityId).last();
  if (
    last &&
    last.action === 'update' &&
    last.sessionId === facts.sessionId &&
    last.by === facts.by
  ) {
    await db.history.put({
      ...last,
      at: facts.at,
      changes: mergeChanges(last.changes, facts.changes),
    });
    return;
  }
  await writeHistory(db, subject, { ...facts, action: 'update' });
};
