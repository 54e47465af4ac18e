import { describe, expect, it } from 'vitest';
import { readUnitForm } from '../../../renderer/src/features/units/unit-form';

describe('unit form', () => {
  it('cleans the name and keeps level and parent', () => {
    expect(
      readUnitForm({ name: '  Công  đoàn '.normalize('NFD'), kind: 'cdcs', parentId: 'p' }),
    ).toEqual({ ok: true, value: { name: 'Công đoàn', kind: 'cdcs', parentId: 'p' } });
  });

  it('names each missing field in Vietnamese', () => {
    const read = readUnitForm({ name: ' ', kind: undefined, parentId: undefined });
    expect(read.ok ? [] : read.errors).toEqual([
      { name: 'name', errors: ['Nhập tên đơn vị'] },
      { name: 'kind', errors: ['Chọn cấp công đoàn'] },
      { name: 'parentId', errors: ['Chọn đơn vị cấp trên'] },
    ]);
  });
});
