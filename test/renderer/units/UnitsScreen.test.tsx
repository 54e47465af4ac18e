import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { UnitsScreen } from '../../../renderer/src/features/units/UnitsScreen';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { createUnit } from '../../../renderer/src/db/units';
import { setUpDb } from '../helpers';
import { initiativeRecord } from '../setup/initiative-fixture';
import { button, pickOption, renderWithDb } from '../setup/render-with-db';

const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;
const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr')!;

describe('UnitsScreen', () => {
  it('adds a unit under the office, refusing an empty name', async () => {
    const { db, office } = await setUpDb();
    const { user } = await renderWithDb(db, <UnitsScreen />);
    const root = await rowOf(office.unitName);
    expect(within(root).getByText('Đơn vị của văn phòng')).toBeInTheDocument();

    await user.click(button('Thêm đơn vị'));
    await user.click(button('Lưu', modal()));
    expect(await within(modal()).findByText('Nhập tên đơn vị')).toBeInTheDocument();
    expect(await db.units.count()).toBe(1);

    await user.type(within(modal()).getByLabelText('Tên đơn vị'), '  Tổ  công đoàn Cơ khí {Enter}');
    await waitFor(async () => expect(await db.units.count()).toBe(2));
    const added = (await db.units.toArray()).find((u) => u.name === 'Tổ công đoàn Cơ khí')!;
    expect(added).toMatchObject({ kind: 'cdcs', parentId: office.unitId, archived: false });
    const row = await rowOf('Tổ công đoàn Cơ khí');
    expect(within(row).getByText('Công đoàn cơ sở')).toBeInTheDocument();
  });

  it('edits a unit and moves it under another unit', async () => {
    const { db, office } = await setUpDb();
    const district = await createUnit(
      db,
      { name: 'Công đoàn Khu công nghiệp', kind: 'cd_nganh', parentId: office.unitId },
      't',
    );
    const unit = await createUnit(
      db,
      { name: 'Tổ công đoàn Cơ khí', kind: 'cdcs', parentId: office.unitId },
      't',
    );
    const { user } = await renderWithDb(db, <UnitsScreen />);

    await user.click(button('Sửa', await rowOf('Tổ công đoàn Cơ khí')));
    const name = within(modal()).getByLabelText('Tên đơn vị');
    await user.clear(name);
    await user.type(name, 'Tổ công đoàn Cơ điện');
    await pickOption(
      user,
      within(modal()).getByLabelText('Trực thuộc'),
      'Công đoàn Khu công nghiệp (Công đoàn ngành)',
    );
    await user.click(button('Lưu', modal()));

    await waitFor(async () =>
      expect(await db.units.get(unit.id)).toMatchObject({
        name: 'Tổ công đoàn Cơ điện',
        parentId: district.id,
        rev: 2,
      }),
    );
    expect(await screen.findByText('Tổ công đoàn Cơ điện')).toBeInTheDocument();
  });

  it('does not offer a unit’s own sub-units as its parent', async () => {
    const { db, office } = await setUpDb();
    const parent = await createUnit(
      db,
      { name: 'Cha', kind: 'cd_nganh', parentId: office.unitId },
      't',
    );
    await createUnit(db, { name: 'Con', kind: 'cdcs', parentId: parent.id }, 't');
    const { user } = await renderWithDb(db, <UnitsScreen />);
    await user.click(button('Sửa', await rowOf('Cha')));
    await user.click(within(modal()).getByLabelText('Trực thuộc'));
    const options = [...document.querySelectorAll('.ant-select-item-option')].map(
      (o) => o.textContent,
    );
    expect(options.some((o) => o?.startsWith(office.unitName))).toBe(true);
    expect(options.some((o) => o?.startsWith('Con'))).toBe(false);
    expect(options.some((o) => o?.startsWith('Cha'))).toBe(false);
  });

  it('archives a unit out of sight, shows it on request and restores it', async () => {
    const { db, office } = await setUpDb();
    const unit = await createUnit(
      db,
      { name: 'CĐCS Tân Mai', kind: 'cdcs', parentId: office.unitId },
      't',
    );
    const { user } = await renderWithDb(db, <UnitsScreen />);

    await user.click(button('Lưu trữ', await rowOf('CĐCS Tân Mai')));
    await waitFor(async () => expect((await db.units.get(unit.id))?.archived).toBe(true));
    await waitFor(() => expect(screen.queryByText('CĐCS Tân Mai')).not.toBeInTheDocument());

    await user.click(screen.getByLabelText('Hiện đơn vị đã lưu trữ'));
    const row = await rowOf('CĐCS Tân Mai');
    expect(within(row).getByText('Đã lưu trữ')).toBeInTheDocument();

    await user.click(button('Khôi phục', row));
    await waitFor(async () => expect((await db.units.get(unit.id))?.archived).toBe(false));
  });

  it('refuses to delete a unit with initiatives, with the reason, and deletes an unused one', async () => {
    const { db, office, programme } = await setUpDb();
    const used = await createUnit(
      db,
      { name: 'CĐCS Có Sáng Kiến', kind: 'cdcs', parentId: office.unitId },
      't',
    );
    const unused = await createUnit(
      db,
      { name: 'CĐCS Trống', kind: 'cdcs', parentId: office.unitId },
      't',
    );
    await importInitiatives(db, [initiativeRecord(programme.id, used.id)], 't');
    const { user } = await renderWithDb(db, <UnitsScreen />);

    await user.click(button('Xóa', await rowOf('CĐCS Có Sáng Kiến')));
    expect(await screen.findByText('Xóa đơn vị “CĐCS Có Sáng Kiến”?')).toBeInTheDocument();
    await user.click(button('Xóa', document.querySelector<HTMLElement>('.ant-popconfirm')!));

    expect(
      await screen.findByText(
        'Đơn vị đã có 1 sáng kiến nên không thể xóa. Hãy lưu trữ đơn vị thay vì xóa.',
      ),
    ).toBeInTheDocument();
    expect(await db.units.get(used.id)).toBeDefined();

    await user.click(button('Xóa', await rowOf('CĐCS Trống')));
    const confirm = await screen.findByText('Xóa đơn vị “CĐCS Trống”?');
    await user.click(button('Xóa', confirm.closest<HTMLElement>('.ant-popconfirm')!));
    await waitFor(async () => expect(await db.units.get(unused.id)).toBeUndefined());
    await waitFor(() => expect(screen.queryByText('CĐCS Trống')).not.toBeInTheDocument());
  });

  it('sends the clerk to the office screen to edit the office’s own unit', async () => {
    const { db, office } = await setUpDb();
    const { user } = await renderWithDb(db, <UnitsScreen />);
    const root = await rowOf(office.unitName);
    expect(within(root).queryByText('Xóa')).not.toBeInTheDocument();
    await user.click(button('Sửa ở “Thông tin đơn vị”', root));
    expect(window.location.hash).toBe('#/office');
  });
});
