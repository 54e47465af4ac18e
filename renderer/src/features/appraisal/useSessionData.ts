import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/context';
import { loadSessionData, type SessionData } from '../../db/queries/session-data';

/** Everything the session page shows; undefined while loading, null when there is no such session. */
export const useSessionData = (id: string): SessionData | null | undefined => {
  const db = useDb();
  return useLiveQuery(() => loadSessionData(db, id), [db, id]);
};
