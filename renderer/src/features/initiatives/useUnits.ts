import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Unit } from '@shared/model/unit';
import { compareVi } from '@shared/text';
import { useDb } from '../../app/context';

/** Every unit, sorted by name (the list is small: one office's union tree). */
export const useUnits = (): Unit[] | undefined => {
  const db = useDb();
  return useLiveQuery(
    async () => (await db.units.toArray()).sort((a, b) => compareVi(a.name, b.name)),
    [db],
  );
};

/** A unit and everything under it: filtering by a district federation shows its grassroots unions. */
export const unitAndDescendants = (units: readonly Unit[], rootId: string): Set<string> => {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
};

export const useUnitNames = (units: readonly Unit[] | undefined): Map<string, string> =>
  useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
