// Importing initiatives from Excel (issue 10), end to end: production build, real Chromium, real
// IndexedDB, the real main side. The template is saved from "Nhập từ Excel", filled by exceljs as
// a clerk fills it: a sheet with one bad row is refused naming the row and column; corrected, it
// imports; imported again, nothing doubles.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '@shared/sheets/import-columns';
import { startApp, type App } from './harness';
import { OFFICE, completeSetup, heading, registerCount } from './clerk-flow-steps';

let app: App | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const col = (key: (typeof IMPORT_FIELDS)[number]) => IMPORT_FIELDS.indexOf(key) + 1;

/** Fills the saved template's first sheet with two rows and saves it under `name`. */
async function fill(template: string, target: string, secondDate: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.worksheets[0]!;
  const field = (book.getWorksheet('Danh mục')!.getCell('B2').value as string | null) ?? '';
  const rows = [
    ['Cải tiến máy cán tôn', 'Nguyễn Văn An; Trần Thị Bình', '60; 40', '15/03/2021', 1_250_000],
    ['Sắp xếp lại kho vật tư', 'Lê Văn Cường', '', secondDate, '2.500.000'],
  ] as const;
  rows.forEach(([title, authors, shares, day, money], i) => {
    const r = sheet.getRow(i + 2);
    r.getCell(col('title')).value = title;
    r.getCell(col('unitId')).value = OFFICE.unitName;
    r.getCell(col('field')).value = field;
    r.getCell(col('authors')).value = authors;
    r.getCell(col('shares')).value = shares;
    r.getCell(col('firstAppliedOn')).value = day;
    r.getCell(col('economicBenefit')).value = money;
  });
  await book.xlsx.writeFile(target);
}

describe('import from Excel', () => {
  it('refuses a sheet with a bad row naming it, imports it corrected, and never doubles', async () => {
    app = await startApp();
    app.page.setDefaultTimeout(20_000);
    await completeSetup(app);
    await app.clickButton('Bắt đầu sử dụng');
    await heading(app, 'Sáng kiến').waitFor();

    await app.clickButton('Nhập từ Excel');
    const dialog = app.dialog('Nhập từ Excel');
    await dialog.getByRole('button', { name: 'Tải mẫu nhập (.xlsx)' }).click();
    await app.waitForMessage({ kind: 'success', text: /^Đã lưu mẫu nhập vào / });
    const saved = join(app.tempDir, 'saved');
    const template = readdirSync(saved).find((f) => f.startsWith('Mẫu nhập sáng kiến'));
    expect(template).toMatch(/\.xlsx$/);

    const bad = join(app.tempDir, 'co-loi.xlsx');
    const good = join(app.tempDir, 'da-sua.xlsx');
    await fill(join(saved, template!), bad, '31/02/2021');
    await fill(join(saved, template!), good, '05/04/2021');

    // One bad row: refused, the row and column named, nothing written.
    app.chooseNextOpenFile(bad);
    await dialog.getByRole('button', { name: 'Chọn tệp Excel…' }).click();
    await dialog
      .getByText(
        'Dòng 3, cột «Ngày áp dụng lần đầu»: ngày không hợp lệ «31/02/2021». Ngày 31 không có: tháng 2 năm 2021 chỉ có 28 ngày.',
      )
      .waitFor();
    await dialog
      .getByText('co-loi.xlsx: 2 dòng có dữ liệu: 1 sáng kiến mới, 0 đã có, 1 dòng có lỗi.')
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Nhập 1 sáng kiến' }).isDisabled()).toBe(true);

    // Corrected: both rows import, in one go.
    app.chooseNextOpenFile(good);
    await dialog.getByRole('button', { name: 'Chọn tệp khác…' }).click();
    const importTwo = dialog.getByRole('button', { name: 'Nhập 2 sáng kiến' });
    await importTwo.waitFor();
    expect(await importTwo.isEnabled()).toBe(true);
    await importTwo.click();
    await app.waitForMessage({ kind: 'success', text: 'Đã nhập 2 sáng kiến từ da-sua.xlsx.' });
    await registerCount(app, 2).waitFor();
    await app.page.getByText('Sắp xếp lại kho vật tư').first().waitFor();

    // Again: both rows read as already there; nothing to import, nothing doubles.
    await app.clickButton('Nhập từ Excel');
    app.chooseNextOpenFile(good);
    await dialog.getByRole('button', { name: 'Chọn tệp Excel…' }).click();
    await dialog
      .getByText('da-sua.xlsx: 2 dòng có dữ liệu: 0 sáng kiến mới, 2 đã có, 0 dòng có lỗi.')
      .waitFor();
    expect(await dialog.getByText('đã có', { exact: true }).count()).toBe(2);
    expect(await dialog.getByRole('button', { name: 'Nhập 0 sáng kiến' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
    await registerCount(app, 2).waitFor();
  }, 120_000);
});
