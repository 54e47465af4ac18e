// Every status change of the register and the council is written here, through the lifecycle's one
// `moveStatus` (shared/domain/lifecycle.ts), with the counts and its history entry.
import { moveStatus, type MoveFacts, type Mover } from '@shared/domain/lifecycle';
import type { Initiative, InitiativeStatus } from '@shared/model/initiative';
import { diffInitiative } from '@shared/rules/initiative-diff';
import type { DeskDb } from './database';
import { writeHistory } from './history-writer';
import type { InitiativeRow } from './initiative-row';
import { countedOf, putInitiatives } from './initiative-writes';
import { RuleError } from './rule-error';
import { touched } from './stamp';

export interface MoveOptions {
  /** The history action: `submit` for the clerk's submission, `status` otherwise. */
  action?: 'submit' | 'status';
  note?: string;
  facts?: MoveFacts;
}

/**
 * Moves an initiative's status, or throws a RuleError carrying the lifecycle's code. Call inside a
 * transaction over `initiativeTables(db)` and history; null when it already has that status.
 */
export const moveInitiative = async (
  db: DeskDb,
  current: Initiative,
  to: InitiativeStatus,
  mover: Mover,
  by: string,
  { action = 'status', note, facts }: MoveOptions = {},
): Promise<{ record: Initiative; row: InitiativeRow } | null> => {
  if (current.status === to) return null;
  const moved = moveStatus(current, to, mover, facts);
  if (!moved.ok) throw new RuleError(moved.error.message, moved.error.code);
  const record: Initiative = touched(moved.value, by);
  const [row] = await putInitiatives(db, [record], [countedOf(current)]);
  await writeHistory(
    db,
    { entityType: 'initiative', entityId: record.id },
    { action, by, at: record.updatedAt, changes: diffInitiative(current, record), note },
  );
  return { record, row: row! };
};
