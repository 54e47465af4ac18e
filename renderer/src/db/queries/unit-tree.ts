// The unit tree under this office, built in memory: an office has tens of units, not thousands.
import type { Unit } from '@shared/model/unit';
import { compareVi } from '@shared/text';
import type { DeskDb } from '../database';
import { listUnits } from '../units';

/** A row of the tree table; `children` is absent on leaves so the table shows no expander. */
export interface UnitNode {
  key: string;
  unit: Unit;
  children?: UnitNode[];
}

const byName = (a: Unit, b: Unit) => compareVi(a.name, b.name);

/**
 * The office's unit at the root, sub-units under their parents in Vietnamese order. Units whose
 * parent is missing (e.g. arrived in a bundle before it) hang under the root so none is lost.
 * Archived units are left out unless asked for — but one that still has a shown sub-unit stays,
 * or that sub-unit would vanish with it.
 */
export const buildUnitTree = (
  units: readonly Unit[],
  rootId: string,
  showArchived: boolean,
): UnitNode[] => {
  const byId = new Map(units.map((u) => [u.id, u]));
  const kids = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.id === rootId) continue;
    const parent = u.parentId && byId.has(u.parentId) ? u.parentId : rootId;
    kids.set(parent, [...(kids.get(parent) ?? []), u]);
  }
  const seen = new Set<string>();
  const node = (u: Unit): UnitNode | null => {
    if (seen.has(u.id)) return null; // a cycle in imported data must not hang the screen
    seen.add(u.id);
    const children = (kids.get(u.id) ?? [])
      .sort(byName)
      .map(node)
      .filter((n): n is UnitNode => n !== null);
    if (u.archived && !showArchived && children.length === 0 && u.id !== rootId) return null;
    return children.length > 0 ? { key: u.id, unit: u, children } : { key: u.id, unit: u };
  };
  const root = byId.get(rootId);
  if (!root) return [];
  const tree = node(root);
  return tree ? [tree] : [];
};

/** Every key of the tree, to open it fully. */
export const allKeys = (nodes: readonly UnitNode[]): string[] =>
  nodes.flatMap((n) => [n.key, ...allKeys(n.children ?? [])]);

/**
 * A unit and everything under it: filtering by a district federation shows its grassroots unions,
 * and a unit cannot be moved under one of these.
 */
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

/** Every unit, sorted by name. */
export const listUnitsByName = async (db: DeskDb): Promise<Unit[]> =>
  (await listUnits(db)).sort(byName);

/** Each unit's name by its id, for lists and search. */
export const namesById = (units: readonly Unit[]): Map<string, string> =>
  new Map(units.map((u) => [u.id, u.name]));

export const unitNamesOf = async (db: DeskDb): Promise<Map<string, string>> =>
  namesById(await listUnits(db));

/** The office's unit tree as stored now (see buildUnitTree). */
export const loadUnitTree = async (
  db: DeskDb,
  rootId: string,
  showArchived: boolean,
): Promise<UnitNode[]> => buildUnitTree(await listUnits(db), rootId, showArchived);
