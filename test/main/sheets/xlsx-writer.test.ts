// The .xlsx writer (main/sheets/xlsx-writer.ts): a real file, read back with exceljs and with
// SheetJS, a second reader that shares no code with the writer.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ID_NOTE } from '@shared/sheets/import-columns';
import { initiativeListTable } from '@shared/sheets/initiative-list';
import { DATE_FORMAT, MONEY_FORMAT, type SheetTable } from '@shared/sheets/table';
import { PROGRESS_EVERY, writeXlsxAtomic } from '../../../main/sheets/xlsx-writer';
import { tempDir } from '../helpers';

const units = new Map([
  ['u1', 'Phân xưởng Cơ điện'],
  ['u2', 'Phòng Kỹ thuật'],
]);

const table = initiativeListTable(
  [
    {
      id: '0b6c9a52-5f0e-4d1a-9c3e-2f4a8d7e1b01',
      title: 'Cải tiến máy cán tôn',
      authorNames: ['Nguyễn Văn An', 'Trần Thị Bình'],
      unitId: 'u1',
      field: 'Kỹ thuật',
      firstAppliedOn: '2021-03-15',
      economicBenefit: 1_250_000,
      status: 'recognised',
    },
    {
      id: '0b6c9a52-5f0e-4d1a-9c3e-2f4a8d7e1b02',
      title: 'Sắp xếp kho vật tư',
      authorNames: ['Lê Văn Cường'],
      unitId: 'u2',
      field: 'Quản lý',
      firstAppliedOn: null,
      economicBenefit: null,
      status: 'draft',
    },
  ],
  units,
);

/** A SheetJS cell, typed (the sheet's index signature also holds the !ref-style keys). */
const at = (sheet: XLSX.WorkSheet, ref: string) => sheet[ref] as XLSX.CellObject | undefined;

const readBack = async (path: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets[0]!;
};

describe('the .xlsx writer', () => {
  it('writes the Mã column last, narrow, with a note not to edit it (docs/decisions.md D55)', async () => {
    const path = join(await tempDir(), 'list.xlsx');
    await writeXlsxAtomic(path, table);
    const sheet = await readBack(path);
    const mã = sheet.getRow(1).cellCount;
    expect(sheet.getRow(1).getCell(mã).value).toBe('Mã');
    expect(sheet.getColumn(mã).width).toBe(10);
    expect(sheet.getRow(1).getCell(mã).note).toBe(ID_NOTE);
    expect([2, 3].map((r) => sheet.getRow(r).getCell(mã).value)).toEqual([
      '0b6c9a52-5f0e-4d1a-9c3e-2f4a8d7e1b01',
      '0b6c9a52-5f0e-4d1a-9c3e-2f4a8d7e1b02',
    ]);
    // A second reader sees the ids as text in the last column, H.
    const book = XLSX.read(await readFile(path));
    const first = book.Sheets[book.SheetNames[0]!]!;
    expect(at(first, 'H1')?.v).toBe('Mã');
    expect(at(first, 'H3')).toMatchObject({ t: 's', v: '0b6c9a52-5f0e-4d1a-9c3e-2f4a8d7e1b02' });
  });

  it('writes Vietnamese headers, widths, a frozen header row and a filter', async () => {
    const path = join(await tempDir(), 'Danh sách.xlsx');
    await writeXlsxAtomic(path, table);
    const sheet = await readBack(path);
    expect(sheet.name).toBe('Danh sách sáng kiến');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Tên sáng kiến',
      'Tác giả, đồng tác giả',
      'Đơn vị',
      'Lĩnh vực',
      'Ngày áp dụng lần đầu',
      'Giá trị làm lợi (đồng/năm)',
      'Mã',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(50);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H1');
    expect(sheet.rowCount).toBe(3);
  });

  it('writes dates and đồng as numbers with their formats, text as text', async () => {
    const path = join(await tempDir(), 'list.xlsx');
    await writeXlsxAtomic(path, table);
    const sheet = await readBack(path);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe('Cải tiến máy cán tôn');
    expect(row.getCell(3).value).toBe('Nguyễn Văn An; Trần Thị Bình');
    expect(row.getCell(4).value).toBe('Phân xưởng Cơ điện');
    expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(6).value as Date).toISOString()).toBe('2021-03-15T00:00:00.000Z');
    expect(row.getCell(6).numFmt).toBe(DATE_FORMAT);
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(7).value).toBe(1_250_000);
    expect(row.getCell(7).numFmt).toBe(MONEY_FORMAT);
    const empty = sheet.getRow(3);
    expect(empty.getCell(6).type).toBe(ExcelJS.ValueType.Null);
    expect(empty.getCell(7).type).toBe(ExcelJS.ValueType.Null);
  });

  it('is read the same by SheetJS, an independent reader', async () => {
    const path = join(await tempDir(), 'list.xlsx');
    await writeXlsxAtomic(path, table);
    const book = XLSX.read(await readFile(path), { cellDates: true, cellNF: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    expect(book.SheetNames).toEqual(['Danh sách sáng kiến']);
    expect(at(sheet, 'B1')?.v).toBe('Tên sáng kiến');
    expect(at(sheet, 'G2')).toMatchObject({ t: 'n', v: 1_250_000, z: MONEY_FORMAT });
    expect(at(sheet, 'F2')?.t).toBe('d');
    expect((at(sheet, 'F2')?.v as Date).toISOString().slice(0, 10)).toBe('2021-03-15');
    expect(at(sheet, 'F2')?.z).toBe(DATE_FORMAT);
    expect(at(sheet, 'D3')).toMatchObject({ t: 's', v: 'Phòng Kỹ thuật' });
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:H1' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows).toHaveLength(3);
  });

  it('writes the columns the clerk picks, in the picked order', async () => {
    const path = join(await tempDir(), 'picked.xlsx');
    const picked = initiativeListTable(
      [
        {
          id: 'id-a',
          title: 'A',
          authorNames: [],
          unitId: 'gone',
          field: 'F',
          firstAppliedOn: null,
          economicBenefit: 5,
          status: 'proposed',
        },
      ],
      units,
      ['status', 'title'],
    );
    await writeXlsxAtomic(path, picked);
    const sheet = await readBack(path);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Trạng thái',
      'Tên sáng kiến',
      'Mã',
    ]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      1,
      'Đề xuất lên cấp trên',
      'A',
      'id-a',
    ]);
  });

  it('reports progress on a long list and leaves no temp file', async () => {
    const dir = await tempDir();
    const long: SheetTable = {
      sheetName: 'Dài',
      columns: [{ header: 'Số', kind: 'integer', width: 8 }],
      rows: Array.from({ length: PROGRESS_EVERY * 2 + 5 }, (_, i) => [i]),
    };
    const seen: number[] = [];
    await writeXlsxAtomic(join(dir, 'long.xlsx'), long, (written, total) => {
      expect(total).toBe(long.rows.length);
      seen.push(written);
    });
    expect(seen).toEqual([PROGRESS_EVERY, PROGRESS_EVERY * 2, long.rows.length]);
    expect(await readdir(dir)).toEqual(['long.xlsx']);
  });

  it('keeps the old file whole when the folder is gone', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.xlsx');
    await writeFile(path, 'old');
    await expect(writeXlsxAtomic(join(dir, 'no-such', 'x.xlsx'), table)).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('old');
  });
});
