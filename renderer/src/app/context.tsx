import { createContext, useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Office } from '@shared/model/office';
import type { Programme } from '@shared/model/programme';
import type { DeskDb } from '../db/database';
import { getActiveProgramme } from '../db/programmes';
import { lastKnownActive, rememberActive } from './warm-start';

export const DbContext = createContext<DeskDb | null>(null);

export const useDb = (): DeskDb => {
  const db = useContext(DbContext);
  if (!db) throw new Error('DbContext missing');
  return db;
};

/** Who this office is; set once setup is done (the shell renders only after that). */
export const OfficeContext = createContext<Office | null>(null);

export const useOffice = (): Office => {
  const office = useContext(OfficeContext);
  if (!office) throw new Error('OfficeContext missing');
  return office;
};

/**
 * The programme the clerk is working in; undefined while loading, null when there is none. A screen
 * that mounts starts from the one last read (warm-start.ts) rather than from nothing.
 */
export const useActiveProgramme = (): Programme | null | undefined => {
  const db = useDb();
  return useLiveQuery(
    async () => {
      const programme = await getActiveProgramme(db);
      rememberActive(db, programme);
      return programme;
    },
    [db],
    lastKnownActive(db),
  );
};
