// The import template (main/sheets/import-template.ts) through sheet:template, into a real temp
// folder, read back by exceljs and by SheetJS, a second reader that shares no code with it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ID_NOTE, IMPORT_FIELDS, importHeader, matchHeader } from '@shared/sheets/import-columns';
import { GUIDE_SHEET, LISTS_SHEET, TEMPLATE_SHEET } from '@shared/sheets/import-guide';
import { createHandlers } from '../../../main/handlers';
import { fakeDeps, tempDir } from '../helpers';

const units = ['Phân xưởng Cơ điện', 'Phòng Kỹ thuật'];
const fields = ['Kỹ thuật', 'Quản lý'];

const writeTemplate = async () => {
  const root = await tempDir();
  const deps = fakeDeps(join(root, 'userData'), join(root, 'Mẫu nhập'));
  const result = await createHandlers(deps)['sheet:template']({
    suggestedName: 'Mẫu nhập sáng kiến',
    units,
    fields,
  });
  return { root, deps, result, path: join(root, 'Mẫu nhập.xlsx') };
};

describe('sheet:template', () => {
  it('asks where with the xlsx filter and writes the template there, nothing else', async () => {
    const { root, deps, result, path } = await writeTemplate();
    expect(result).toEqual({ ok: true, value: { path } });
    expect(deps.dialogRequests[0]?.filters).toEqual([
      { name: 'Bảng tính Excel', extensions: ['xlsx'] },
    ]);
    expect(await readdir(root)).toEqual(['Mẫu nhập.xlsx']);
  });

  it('reads back in exceljs: the header of the importable fields, frozen, with drop-down lists', async () => {
    const { path } = await writeTemplate();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((w) => w.name)).toEqual([TEMPLATE_SHEET, GUIDE_SHEET, LISTS_SHEET]);
    const sheet = book.getWorksheet(TEMPLATE_SHEET)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(IMPORT_FIELDS.map(importHeader));
    expect(header).toContain('Tên sáng kiến (*)');
    expect(header).toContain('Ngày áp dụng lần đầu');
    expect(matchHeader(header as string[]).ok).toBe(true);
    // The optional Mã column last, with its note (docs/decisions.md D55).
    expect(header.at(-1)).toBe('Mã');
    expect(sheet.getRow(1).getCell(header.length).note).toBe(ID_NOTE);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const unitColumn = IMPORT_FIELDS.indexOf('unitId') + 1;
    const rule = sheet.getCell(2, unitColumn).dataValidation;
    expect(rule.type).toBe('list');
    expect(rule.formulae).toEqual([`'${LISTS_SHEET}'!$A$2:$A$3`]);
    const fieldRule = sheet.getCell(500, IMPORT_FIELDS.indexOf('field') + 1).dataValidation;
    expect(fieldRule.formulae).toEqual([`'${LISTS_SHEET}'!$B$2:$B$3`]);
    const lists = book.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('hidden');
    expect([lists.getCell('A2').value, lists.getCell('A3').value]).toEqual(units);
    expect([lists.getCell('B2').value, lists.getCell('B3').value]).toEqual(fields);
    const dateColumn = IMPORT_FIELDS.indexOf('firstAppliedOn') + 1;
    expect(sheet.getColumn(dateColumn).numFmt).toBe('dd/mm/yyyy');
  });

  it('reads back in SheetJS: the same header, and a guide line for every column', async () => {
    const { path } = await writeTemplate();
    const book = XLSX.read(await readFile(path));
    expect(book.SheetNames).toEqual([TEMPLATE_SHEET, GUIDE_SHEET, LISTS_SHEET]);
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[TEMPLATE_SHEET]!, {
      header: 1,
      blankrows: false,
    });
    expect(rows[0]).toEqual(IMPORT_FIELDS.map(importHeader));
    expect(rows).toHaveLength(1);
    const guide = XLSX.utils.sheet_to_json<string[]>(book.Sheets[GUIDE_SHEET]!, { header: 1 });
    const text = guide.map((r) => r.join(' | ')).join('\n');
    expect(text).toContain('dd/mm/yyyy');
    expect(text).toContain('1.250.000');
    expect(text).toContain('50.000 dòng');
    expect(text).toContain('Đơn vị | Bắt buộc | Tên đơn vị đúng như trong cây đơn vị');
    expect(text).toContain('Lĩnh vực áp dụng | Không bắt buộc | Văn bản, tối đa 2.000 ký tự.');
  });

  it('writes nothing when the clerk cancels', async () => {
    const root = await tempDir();
    const handlers = createHandlers(fakeDeps(join(root, 'userData'), null));
    expect(await handlers['sheet:template']({ suggestedName: 'x', units, fields })).toEqual({
      ok: true,
      value: null,
    });
    expect(await readdir(root)).toEqual([]);
  });
});
