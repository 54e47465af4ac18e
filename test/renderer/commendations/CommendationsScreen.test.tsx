// "Khen thưởng": record a commendation from the picker, see the person listed, export the list to
// a real .xlsx through the real main side, delete with a confirmation.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { CommendationsScreen } from '../../../renderer/src/features/commendations/CommendationsScreen';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { submitted } from '../appraisal-fixtures';
import { SLOW, dialogWith } from '../appraisal/dialogs';
import { installMainBridge, type MainBridge } from '../backup/main-bridge';
import { setUpDb } from '../helpers';
import { button, pickOption, renderWithDb } from '../setup/render-with-db';

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

const setUp = async () => {
  const base = await setUpDb();
  const { db, programme, office } = base;
  await importInitiatives(
    db,
    [
      submitted(programme.id, office.unitId, 1, { status: 'proposed' }),
      submitted(programme.id, office.unitId, 2, { status: 'submitted' }),
    ],
    'Bình',
  );
  return base;
};

describe('CommendationsScreen', { timeout: 60_000 }, () => {
  it('records a commendation, lists the person, exports the list and deletes it', async () => {
    const { db, office } = await setUp();
    bridge = await installMainBridge();
    const { user } = await renderWithDb(db, <CommendationsScreen />);
    await screen.findByText('Chưa ghi khen thưởng nào.', {}, SLOW);
    await waitFor(() => expect(button('Ghi khen thưởng')).toBeEnabled(), SLOW);

    await user.click(button('Ghi khen thưởng'));
    const dialog = await dialogWith('Ghi khen thưởng');
    // Nothing picked: each field says what to do.
    await user.click(button('Lưu', dialog));
    expect(await within(dialog).findByText('Chọn sáng kiến được khen thưởng')).toBeInTheDocument();
    expect(within(dialog).getByText('Chọn cấp khen thưởng')).toBeInTheDocument();
    expect(await db.commendations.count()).toBe(0);

    // Only the recognised or proposed initiative is offered.
    await user.click(within(dialog).getByLabelText('Sáng kiến'));
    expect(screen.queryAllByTitle('Sáng kiến số 2 (Đã nộp)')).toEqual([]);
    await pickOption(
      user,
      within(dialog).getByLabelText('Sáng kiến'),
      'Sáng kiến số 1 (Đề xuất lên cấp trên)',
    );
    await pickOption(user, within(dialog).getByLabelText('Cấp khen thưởng'), 'Tỉnh');
    await pickOption(user, within(dialog).getByLabelText('Hình thức'), 'Bằng Lao động sáng tạo');
    await user.type(
      within(dialog).getByLabelText('Cơ quan quyết định'),
      'Liên đoàn Lao động tỉnh Đồng Nai',
    );
    await user.type(within(dialog).getByLabelText('Số quyết định'), '125/QĐ-LĐLĐ');
    const date = within(dialog).getByLabelText('Ngày quyết định');
    await user.clear(date);
    await user.type(date, '31/02/2021');
    await user.type(within(dialog).getByLabelText('Tiền thưởng (đồng)'), '2.000.000,5');
    await user.click(button('Lưu', dialog));
    expect(
      await within(dialog).findByText('Ngày 31 không có: tháng 2 năm 2021 chỉ có 28 ngày.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/không ngăn cách các nhóm ba chữ số/)).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '05/05/2021');
    const amount = within(dialog).getByLabelText('Tiền thưởng (đồng)');
    await user.clear(amount);
    await user.type(amount, '2.000.000');
    await user.click(button('Lưu', dialog));
    await waitFor(async () => expect(await db.commendations.count()).toBe(1), SLOW);
    const [saved] = await db.commendations.toArray();
    expect(saved).toMatchObject({
      initiativeId: 'init-1',
      authorIds: [],
      level: 'tinh',
      form: 'bang_lao_dong_sang_tao',
      decisionDate: '2021-05-05',
      amount: 2_000_000,
    });
    expect((await db.initiatives.get('init-1'))?.status).toBe('commended');

    const people = await screen.findByLabelText('Danh sách cá nhân được khen thưởng');
    const row = (await within(people).findByText('Nguyễn Văn An', {}, SLOW)).closest('tr')!;
    expect(within(row).getByText('Sáng kiến số 1')).toBeInTheDocument();
    expect(within(row).getByText(office.unitName)).toBeInTheDocument();
    expect(within(row).getByText('Bằng Lao động sáng tạo')).toBeInTheDocument();
    expect(
      within(row).getByText('Số 125/QĐ-LĐLĐ ngày 05/05/2021 của Liên đoàn Lao động tỉnh Đồng Nai'),
    ).toBeInTheDocument();

    bridge.nextSave = join(bridge.dataDir, 'Khen thưởng.xlsx');
    await user.click(button('Xuất danh sách khen thưởng (.xlsx)'));
    await screen.findByText(/^Đã lưu 1 người vào /, {}, SLOW);
    const book = XLSX.read(await readFile(join(bridge.dataDir, 'Khen thưởng.xlsx')));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Danh sách khen thưởng']!, {
      header: 1,
    });
    expect(rows[0]?.slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Đơn vị']);
    expect(rows[1]?.slice(0, 2)).toEqual([1, 'Nguyễn Văn An']);
    expect(rows[1]?.[9]).toBe(2_000_000);

    // Edit: the initiative stays, the number changes, the people list follows.
    await user.click(screen.getByLabelText('Sửa khen thưởng 125/QĐ-LĐLĐ'));
    const edit = await dialogWith('Sửa khen thưởng');
    const number = within(edit).getByLabelText('Số quyết định');
    await user.clear(number);
    await user.type(number, '126/QĐ-LĐLĐ');
    await user.click(button('Lưu', edit));
    await waitFor(
      async () => expect((await db.commendations.toArray())[0]?.decisionNumber).toBe('126/QĐ-LĐLĐ'),
      SLOW,
    );
    await within(people).findByText(/^Số 126\/QĐ-LĐLĐ ngày 05\/05\/2021/, {}, SLOW);

    await user.click(button('Xóa'));
    const confirm = await screen.findByText('Xóa khen thưởng này?');
    await user.click(button('Xóa', confirm.closest('.ant-popover')!));
    await waitFor(async () => expect(await db.commendations.count()).toBe(0), SLOW);
    await screen.findByText('Chưa có cá nhân được khen thưởng.', {}, SLOW);
  });
});
