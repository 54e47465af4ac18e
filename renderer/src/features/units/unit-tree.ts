// The unit tree under this office, built in memory: an office has tens of units, not thousands.
import type { Unit } from '@shared/model/unit';
import { compareVi } from '@shared/text';

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

/** A unit and everything under it: the units it cannot be moved under. */
export const selfAndDescendants = (units: readonly Unit[], id: string): Set<string> => {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
  }
  return out;
};
