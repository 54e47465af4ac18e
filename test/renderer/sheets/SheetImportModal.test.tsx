// "Nhập từ Excel" on the real main handlers and a real IndexedDB: a file that is not an .xlsx is
// refused with its message and nothing is written; a sheet being read shows its progress bar (the
// next chunk is held back, so the bar is seen without waiting for time).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { DeskApi } from '@shared/ipc';
import { SheetImportModal } from '../../../renderer/src/features/sheets/SheetImportModal';
import { installMainBridge, type MainBridge } from '../backup/main-bridge';
import { renderWithDb } from '../setup/render-with-db';
import { setUpDb } from '../helpers';
import { SLOW } from '../appraisal/dialogs';

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

const open = async () => {
  bridge = await installMainBridge();
  const env = await setUpDb();
  const view = await renderWithDb(
    env.db,
    // The modal draws in a portal; the text stands for the register behind it.
    <div>
      Sổ sáng kiến
      <SheetImportModal programme={env.programme} open onClose={() => undefined} />
    </div>,
  );
  return { ...env, ...view, bridge };
};

describe('SheetImportModal', { timeout: 60_000 }, () => {
  it('refuses a text file named .xlsx with a message, writing nothing', async () => {
    const { db, user, bridge } = await open();
    const path = join(bridge.dataDir, 'danh-sach.xlsx');
    await writeFile(path, 'Tên sáng kiến;Đơn vị\n');
    bridge.nextOpen = path;
    await user.click(screen.getByRole('button', { name: 'Chọn tệp Excel…' }));
    await screen.findByText(/«danh-sach\.xlsx» không phải bảng tính Excel \(\.xlsx\)/, {}, SLOW);
    expect(await db.initiatives.count()).toBe(0);
  });

  it('shows a progress bar and the rows read while a long sheet comes in', async () => {
    const { user, bridge, programme, office } = await open();
    const path = join(bridge.dataDir, 'lon.xlsx');
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
    const sheet = book.addWorksheet('Sáng kiến');
    sheet.addRow(['Tên sáng kiến', 'Đơn vị', 'Lĩnh vực', 'Tác giả, đồng tác giả']).commit();
    const unitName = office.unitName;
    for (let i = 0; i < 5000; i++)
      sheet.addRow([`Sáng kiến ${i}`, unitName, programme.fields[0], `Tác giả ${i}`]).commit();
    sheet.commit();
    await book.commit();
    bridge.nextOpen = path;
    const real = window.desk!;
    const held: (() => void)[] = [];
    window.desk = {
      ...real,
      'sheet:import:next': (request) =>
        new Promise<void>((release) => held.push(release)).then(() =>
          real['sheet:import:next'](request),
        ),
    } satisfies DeskApi;
    await user.click(screen.getByRole('button', { name: 'Chọn tệp Excel…' }));
    await waitFor(() => expect(held).toHaveLength(1), SLOW);
    expect(screen.getByLabelText('Tiến độ đọc bảng tính')).toBeInTheDocument();
    held[0]!();
    await screen.findByText(/^Đang đọc bảng tính: 2\.000 \/ khoảng [\d.]+ dòng…$/, {}, SLOW);
    await waitFor(() => expect(held).toHaveLength(2), SLOW);
    held[1]!();
    await waitFor(() => expect(held).toHaveLength(3), SLOW);
    held[2]!();
    await screen.findByText(
      'lon.xlsx: 5.000 dòng có dữ liệu: 5.000 sáng kiến mới, 0 đã có, 0 dòng có lỗi.',
      {},
      SLOW,
    );
    expect(screen.getByRole('button', { name: 'Nhập 5.000 sáng kiến' })).toBeEnabled();
  });
});
