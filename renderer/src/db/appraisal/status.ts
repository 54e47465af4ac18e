import type { Initiative, InitiativeStatus } from '@shared/model/initiative';
import { newId } from '@shared/model/common';
import { diffInitiative } from '@shared/rules/initiative-diff';
import type { DeskDb } from '../database';
import { toRow, type InitiativeRow } from '../initiative-row';
import { touched } from '../stamp';

/**
 * Moves an initiative's status as the council decides, with its list row and a history entry.
 * Call inside a transaction over initiatives, initiativeRows and history; returns the new row.
 */
export const moveStatus = async (
  db: DeskDb,
  current: Initiative,
  status: InitiativeStatus,
  by: string,
  note: string,
): Promise<InitiativeRow | null> => {
  if (current.status === status) return null;
  const next: Initiative = { ...touched(current, by), status };
  await db.initiatives.put(next);
  const row = toRow(next);
  await db.initiativeRows.put(row);
  await db.history.put({
    id: newId(),
    entityType: 'initiative',
    entityId: next.id,
    at: next.updatedAt,
    by,
    action: 'status',
    changes: diffInitiative(current, next),
    note,
  });
  return row;
};
