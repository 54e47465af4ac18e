import { describe, expect, it } from 'vitest';
import { importInitiatives, trashInitiative } from '../../../renderer/src/db/initiatives';
import { RuleError } from '../../../renderer/src/db/rule-error';
import {
  createUnit,
  deleteUnit,
  listUnits,
  setUnitArchived,
  updateUnit,
} from '../../../renderer/src/db/units';
import { setUpDb } from '../helpers';
import { initiativeRecord } from '../setup/initiative-fixture';

const CYCLE = 'Không thể đặt một đơn vị trực thuộc chính nó hoặc đơn vị cấp dưới của nó';

const withTree = async () => {
  const ctx = await setUpDb();
  const { db, office } = ctx;
  const branch = await createUnit(
    db,
    { name: 'Công đoàn ngành Y tế', kind: 'cd_nganh', parentId: office.unitId },
    'An',
  );
  const leaf = await createUnit(
    db,
    { name: 'CĐCS Bệnh viện Thống Nhất', kind: 'cdcs', parentId: branch.id },
    'An',
  );
  return { ...ctx, branch, leaf };
};

describe('units repository', () => {
  it('creates a unit with its name in NFC, spaces folded, and bookkeeping', async () => {
    const { db, office } = await setUpDb();
    const unit = await createUnit(
      db,
      { name: '  Công   đoàn  '.normalize('NFD'), kind: 'cdcs', parentId: office.unitId },
      'An',
    );
    expect(unit).toMatchObject({ name: 'Công đoàn', archived: false, rev: 1, updatedBy: 'An' });
    expect(await db.units.get(unit.id)).toEqual(unit);
    expect((await listUnits(db)).map((u) => u.id).sort()).toEqual([office.unitId, unit.id].sort());
  });

  it('refuses an empty name', async () => {
    const { db, office } = await setUpDb();
    await expect(
      createUnit(db, { name: '   ', kind: 'cdcs', parentId: office.unitId }, 'An'),
    ).rejects.toThrow('Nhập tên đơn vị');
  });

  it('edits a unit and moves it, counting the revision', async () => {
    const { db, office, leaf } = await withTree();
    const moved = await updateUnit(
      db,
      leaf.id,
      { name: 'CĐCS Bệnh viện', kind: 'cdcs', parentId: office.unitId },
      'Bình',
    );
    expect(moved).toMatchObject({
      name: 'CĐCS Bệnh viện',
      parentId: office.unitId,
      rev: 2,
      updatedBy: 'Bình',
    });
  });

  it('refuses to put a unit under itself or under its own sub-unit', async () => {
    const { db, branch, leaf } = await withTree();
    await expect(
      updateUnit(
        db,
        branch.id,
        { name: branch.name, kind: branch.kind, parentId: branch.id },
        'An',
      ),
    ).rejects.toThrow(new RuleError(CYCLE));
    await expect(
      updateUnit(db, branch.id, { name: branch.name, kind: branch.kind, parentId: leaf.id }, 'An'),
    ).rejects.toBeInstanceOf(RuleError);
    expect(await db.units.get(branch.id)).toEqual(branch);
  });

  it('refuses to edit a unit that is not there', async () => {
    const { db } = await setUpDb();
    await expect(
      updateUnit(db, 'nope', { name: 'X', kind: 'cdcs', parentId: null }, 'An'),
    ).rejects.toThrow('Không tìm thấy đơn vị');
  });

  it('archives and restores', async () => {
    const { db, leaf } = await withTree();
    await setUnitArchived(db, leaf.id, true, 'An');
    expect(await db.units.get(leaf.id)).toMatchObject({ archived: true, rev: 2 });
    await setUnitArchived(db, leaf.id, false, 'An');
    expect(await db.units.get(leaf.id)).toMatchObject({ archived: false, rev: 3 });
  });

  it('deletes an unused leaf', async () => {
    const { db, leaf } = await withTree();
    await deleteUnit(db, leaf.id);
    expect(await db.units.get(leaf.id)).toBeUndefined();
  });

  it('refuses to delete a unit with initiatives, even trashed ones', async () => {
    const { db, programme, leaf } = await withTree();
    const [a, b] = [
      initiativeRecord(programme.id, leaf.id),
      initiativeRecord(programme.id, leaf.id),
    ];
    await importInitiatives(db, [a, b], 'An');
    await expect(deleteUnit(db, leaf.id)).rejects.toThrow(
      new RuleError('Đơn vị đã có 2 sáng kiến nên không thể xóa. Hãy lưu trữ đơn vị thay vì xóa.'),
    );
    await trashInitiative(db, a.id, 'An');
    await trashInitiative(db, b.id, 'An');
    await expect(deleteUnit(db, leaf.id)).rejects.toBeInstanceOf(RuleError);
    expect(await db.units.get(leaf.id)).toBeDefined();
  });

  it('refuses to delete a unit with sub-units, or the office’s own unit', async () => {
    const { db, office, branch } = await withTree();
    await expect(deleteUnit(db, branch.id)).rejects.toThrow(
      'Đơn vị còn đơn vị trực thuộc. Hãy chuyển hoặc xóa các đơn vị đó trước.',
    );
    await expect(deleteUnit(db, office.unitId)).rejects.toThrow(
      'Không thể xóa đơn vị của chính văn phòng này.',
    );
    expect(await db.units.count()).toBe(3);
  });
});
