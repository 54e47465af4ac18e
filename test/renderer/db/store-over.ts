// Writes records over the stored ones by the path bundle imports take (storeInitiatives, which
// reads what it replaces for the counts), for tests that move or change records wholesale:
// importInitiatives only adds (docs/decisions.md, D62).
import type { Initiative } from '@shared/model/initiative';
import { emitRowsChanged } from '../../../renderer/src/db/changes';
import type { DeskDb } from '../../../renderer/src/db/database';
import { initiativeTables } from '../../../renderer/src/db/initiative-writes';
import { storeInitiatives } from '../../../renderer/src/db/initiatives';

export const storeOver = async (db: DeskDb, records: readonly Initiative[]): Promise<void> => {
  const rows = await db.transaction('rw', [...initiativeTables(db), db.history], () =>
    storeInitiatives(db, records, []),
  );
  emitRowsChanged(rows);
};
