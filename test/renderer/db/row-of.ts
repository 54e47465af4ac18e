// The list row the register derives from a stored record (docs/decisions.md, D62): what the list
// would show of it, or undefined when there is no such record.
import type { DeskDb } from '../../../renderer/src/db/database';
import { toRow, type InitiativeRow } from '../../../renderer/src/db/initiative-row';

export const rowOf = async (db: DeskDb, id: string): Promise<InitiativeRow | undefined> => {
  const record = await db.initiatives.get(id);
  return record && toRow(record);
};
