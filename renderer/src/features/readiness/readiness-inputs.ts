// What the full dossier check (readinessProblems) needs besides the record.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Initiative } from '@shared/model/initiative';
import { useDb } from '../../app/context';
import { attachmentKey, loadStoredFacts, type StoredFacts } from '../../db/queries/readiness';

/** The stored facts of the dossier check for a live record (db/queries/readiness.ts). */
export const useStoredFacts = (record: Initiative): StoredFacts | undefined => {
  const db = useDb();
  const shas = attachmentKey(record);
  return useLiveQuery(
    () => loadStoredFacts(db, record.id, shas ? shas.split(',') : []),
    [db, record.id, shas],
  );
};
