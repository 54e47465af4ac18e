import { describe, expect, it } from 'vitest';
import type { Unit } from '@shared/model/unit';
import {
  allKeys,
  buildUnitTree,
  unitAndDescendants,
  type UnitNode,
} from '../../../renderer/src/db/queries/unit-tree';

const unit = (id: string, name: string, parentId: string | null, archived = false): Unit => ({
  id,
  name,
  parentId,
  archived,
  kind: 'cdcs',
  createdAt: '2021-03-01T00:00:00.000Z',
  updatedAt: '2021-03-01T00:00:00.000Z',
  updatedBy: 'x',
  rev: 1,
});

/** The tree as indented names, to compare at a glance. */
const outline = (nodes: UnitNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.unit.name}`,
    ...outline(n.children ?? [], depth + 1),
  ]);

const units = [
  unit('root', 'LĐLĐ huyện Long Thành', null),
  unit('b', 'Công đoàn Điện lực', 'root'),
  unit('a', 'Công đoàn Đồng Nai Xanh', 'root'),
  unit('c', 'Công đoàn cơ sở Ánh Dương', 'root'),
  unit('d', 'Tổ công đoàn Cơ khí', 'b'),
  unit('old', 'Công đoàn Bến Gỗ', 'root', true),
  unit('oldParent', 'Công đoàn Cũ', 'root', true),
  unit('e', 'Tổ sản xuất Mới', 'oldParent'),
  unit('lost', 'Công đoàn Lạc', 'missing'),
];

describe('buildUnitTree', () => {
  it('puts the office at the root, sorts siblings the Vietnamese way and hides archived units', () => {
    expect(outline(buildUnitTree(units, 'root', false))).toEqual([
      'LĐLĐ huyện Long Thành',
      '  Công đoàn cơ sở Ánh Dương',
      '  Công đoàn Cũ', // archived, kept: a shown unit sits under it
      '    Tổ sản xuất Mới',
      '  Công đoàn Điện lực',
      '    Tổ công đoàn Cơ khí',
      '  Công đoàn Đồng Nai Xanh',
      '  Công đoàn Lạc', // its parent is unknown here: under the root, not lost
    ]);
  });

  it('shows archived units when asked', () => {
    expect(outline(buildUnitTree(units, 'root', true))).toContain('  Công đoàn Bến Gỗ');
  });

  it('gives leaves no children array, so the table draws no expander', () => {
    const [root] = buildUnitTree(units, 'root', false);
    const leaf = root!.children!.find((n) => n.key === 'a')!;
    expect(leaf).not.toHaveProperty('children');
    expect(allKeys([root!])).toContain('d');
  });

  it('survives a cycle in imported data', () => {
    const looped = [unit('root', 'Gốc', null), unit('x', 'X', 'y'), unit('y', 'Y', 'x')];
    expect(outline(buildUnitTree(looped, 'root', false))).toEqual(['Gốc']);
  });
});

describe('unitAndDescendants', () => {
  it('holds the unit and everything under it, not its siblings', () => {
    expect([...unitAndDescendants(units, 'b')].sort()).toEqual(['b', 'd']);
    expect(unitAndDescendants(units, 'root').size).toBe(units.length - 1); // all but 'lost'
  });
});
