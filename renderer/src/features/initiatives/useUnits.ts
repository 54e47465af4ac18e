import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Unit } from '@shared/model/unit';
import { useDb } from '../../app/context';
import { listUnitsByName, namesById } from '../../db/queries/unit-tree';

/** Every unit, sorted by name (the list is small: one office's union tree). */
export const useUnits = (): Unit[] | undefined => {
  const db = useDb();
  return useLiveQuery(() => listUnitsByName(db), [db]);
};

export const useUnitNames = (units: readonly Unit[] | undefined): Map<string, string> =>
  useMemo(() => namesById(units ?? []), [units]);
