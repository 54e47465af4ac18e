// Reading an imported .xlsx through sheet:import:open / next (main/sheets/xlsx-reader.ts) from real
// files in a temp folder: a filled template, a renamed text file, a damaged zip, wrong columns,
// and 50,000 rows read in chunks with progress.
import { readFile, truncate, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_FIELDS,
  importHeader,
  importLabel,
  matchHeader,
} from '@shared/sheets/import-columns';
import type { ImportRow } from '@shared/sheets/import-rows';
import { contract } from '@shared/ipc';
import { checkImportRows } from '@shared/sheets/import-check';
import type { Result } from '@shared/result';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { createSheetHandlers } from '../../../main/handlers/sheets';
import { buildImportTemplate } from '../../../main/sheets/import-template';
import { writeXlsxAtomic } from '../../../main/sheets/xlsx-writer';
import { initiativeListTable } from '@shared/sheets/initiative-list';
import { DEFAULT_READ_LIMITS } from '../../../main/sheets/xlsx-reader';
import { handZip } from '../bundle/hand-zip';
import { readZip as readZipEntries } from '../bundle/bundle-helpers';
import { fakeDeps, tempDir } from '../helpers';

/** What the test uses of SheetJS's bundled compound-file writer (typed `any` by xlsx). */
interface CfbWriter {
  readonly utils: {
    cfb_new(): object;
    cfb_add(cfb: object, name: string, content: Buffer): void;
  };
  write(cfb: object, options: { type: 'buffer' }): Buffer;
}

const col = (key: (typeof IMPORT_FIELDS)[number]) => IMPORT_FIELDS.indexOf(key) + 1;

/** The template with rows typed into it, as a clerk fills it in Excel. */
async function filledTemplate(path: string, rows: Partial<Record<string, ExcelJS.CellValue>>[]) {
  const book = buildImportTemplate({ units: ['Phân xưởng Cơ điện'], fields: ['Kỹ thuật'] });
  const sheet = book.worksheets[0]!;
  rows.forEach((values, i) => {
    for (const [key, value] of Object.entries(values))
      sheet.getCell(i + 2, col(key as (typeof IMPORT_FIELDS)[number])).value = value ?? null;
  });
  await book.xlsx.writeFile(path);
}

const value = <T>(r: Result<T>, log?: { entries: readonly { details: unknown }[] }): T => {
  // With the log, a refusal names what the reader threw: a failure here says why.
  if (!r.ok)
    throw new Error(`${r.error.code}: ${r.error.message}`, {
      cause: log?.entries.map((e) => e.details),
    });
  return r.value;
};

/** The rows checked as the import screen checks them, against the template's unit and field. */
const checkRows = (
  header: readonly string[],
  rows: readonly ImportRow[],
  more: Partial<Parameters<typeof checkImportRows>[2]> = {},
) => {
  const layout = matchHeader(header);
  if (!layout.ok) throw new Error('the header must be importable');
  return checkImportRows(layout.layout, rows, {
    programmeId: 'p1',
    fields: ['Kỹ thuật'],
    units: [{ id: 'u1', name: 'Phân xưởng Cơ điện', archived: false }],
    existingKeys: new Set(),
    ...more,
  });
};

/** Opens the file and reads its first chunk through dispatch, each reply parsed as the page does. */
async function readAsThePage(
  handlers: ReturnType<typeof createHandlers>,
  deps: ReturnType<typeof fakeDeps>,
) {
  const openReply = await dispatch(handlers, 'sheet:import:open', {}, deps.log);
  const opened = contract['sheet:import:open'].response.parse(value(openReply, deps.log));
  if (opened === null) throw new Error('cancelled');
  const nextReply = await dispatch(
    handlers,
    'sheet:import:next',
    { importId: opened.importId },
    deps.log,
  );
  return {
    opened,
    chunk: contract['sheet:import:next'].response.parse(value(nextReply, deps.log)),
  };
}

async function setup() {
  const root = await tempDir();
  const deps = fakeDeps(join(root, 'userData'));
  return { root, deps, handlers: createHandlers(deps) };
}

describe('sheet:import', () => {
  it('reads the list the app exported as it is: Mã rows are the initiatives themselves (docs/decisions.md D55)', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'Danh sách xuất.xlsx');
    const listRow = {
      unitId: 'u1',
      field: 'Kỹ thuật',
      firstAppliedOn: '2021-03-15',
      economicBenefit: 1_250_000,
      status: 'recognised' as const,
    };
    await writeXlsxAtomic(
      path,
      initiativeListTable(
        [
          { ...listRow, id: 'i-1', title: 'Cải tiến máy cán tôn', authorNames: ['An', 'Bình'] },
          { ...listRow, id: 'i-2', title: 'Sắp xếp kho vật tư', authorNames: ['Cường'] },
        ],
        new Map([['u1', 'Phân xưởng Cơ điện']]),
      ),
    );
    deps.openAnswer = path;
    const opened = value(await handlers['sheet:import:open']({}), deps.log);
    const chunk = value(await handlers['sheet:import:next']({ importId: opened!.importId }));
    const check = checkRows(opened!.header, chunk.rows, {
      existingIds: new Set(['i-1']),
    });
    // i-1 is held: skipped; i-2 is not: named by row and column, nothing guessed.
    expect(check.rows.map((r) => [r.row, r.id, r.existing])).toEqual([[2, 'i-1', true]]);
    expect(check.problems.map((p) => [p.row, p.column])).toEqual([[3, 'Mã']]);
  });

  it('reads a filled template: Excel dates, numbers, rich text and typed text, by row number', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'Danh sách.xlsx');
    await filledTemplate(path, [
      {
        title: 'Cải tiến máy cán tôn',
        unitId: 'Phân xưởng Cơ điện',
        field: 'Kỹ thuật',
        authors: 'Nguyễn Văn An; Trần Thị Bình',
        shares: '60; 40',
        firstAppliedOn: new Date(Date.UTC(2021, 2, 15)),
        economicBenefit: 1_250_000,
      },
      {
        title: { richText: [{ text: 'Sắp xếp ' }, { font: { bold: true }, text: 'kho vật tư' }] },
        unitId: 'phan xuong co dien',
        field: 'Kỹ thuật',
        authors: 'Lê Văn Cường',
        firstAppliedOn: '05/04/2021',
        economicBenefit: '2.500.000 đ',
      },
    ]);
    deps.openAnswer = path;
    const opened = value(await handlers['sheet:import:open']({}), deps.log);
    expect(deps.openRequests[0]?.filters).toEqual([
      { name: 'Bảng tính Excel', extensions: ['xlsx'] },
    ]);
    expect(opened?.fileName).toBe('Danh sách.xlsx');
    expect(opened?.header).toEqual(IMPORT_FIELDS.map(importHeader));
    const chunk = value(await handlers['sheet:import:next']({ importId: opened!.importId }));
    expect(chunk.done).toBe(true);
    expect(chunk.rowsRead).toBe(2);
    expect(opened?.expectedRows).toBeGreaterThanOrEqual(2);
    expect(chunk.rows.map((r) => r.row)).toEqual([2, 3]);
    const [first, second] = chunk.rows as [ImportRow, ImportRow];
    expect(first.cells[col('firstAppliedOn') - 1]).toEqual({ date: '2021-03-15' });
    expect(first.cells[col('economicBenefit') - 1]).toBe(1_250_000);
    expect(second.cells[col('title') - 1]).toBe('Sắp xếp kho vật tư');

    const check = checkRows(opened!.header, chunk.rows);
    expect(check.problems).toEqual([]);
    expect(
      check.rows.map((r) => [r.draft.title, r.draft.firstAppliedOn, r.draft.economicBenefit]),
    ).toEqual([
      ['Cải tiến máy cán tôn', '2021-03-15', 1_250_000],
      ['Sắp xếp kho vật tư', '2021-04-05', 2_500_000],
    ]);
    // The import is closed once read: another chunk is refused.
    const again = await handlers['sheet:import:next']({ importId: opened!.importId });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a row whose formula failed, naming cell and error, never reading it as empty', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'Loi cong thuc.xlsx');
    const good = {
      unitId: 'Phân xưởng Cơ điện',
      field: 'Kỹ thuật',
      authors: 'Nguyễn Văn An',
    };
    await filledTemplate(path, [
      // A title copied by formula from a sheet since deleted: the file keeps #REF! as its result,
      // which exceljs's streaming reader drops.
      { ...good, title: { formula: '#REF!A2', result: { error: '#REF!' } } },
      // An amount looked up and not found: not required, so an empty cell would pass unseen.
      { ...good, title: 'Cải tiến băng tải', economicBenefit: { error: '#N/A' } },
      // A formula with its result: read as the result.
      {
        ...good,
        title: 'Sắp xếp kho vật tư',
        economicBenefit: { formula: '1000*2', result: 2000 },
      },
    ]);
    deps.openAnswer = path;
    const opened = value(await handlers['sheet:import:open']({}), deps.log);
    const chunk = value(await handlers['sheet:import:next']({ importId: opened!.importId }));
    expect(chunk.rows.map((r) => r.cells[col('title') - 1])).toEqual([
      { formula: '#REF!A2' },
      'Cải tiến băng tải',
      'Sắp xếp kho vật tư',
    ]);
    expect(chunk.rows[1]?.cells[col('economicBenefit') - 1]).toEqual({ error: '#N/A' });
    // What crosses to the page passes the contract's schema (a NaN would not).
    expect(contract['sheet:import:next'].response.safeParse(chunk).success).toBe(true);

    const check = checkRows(opened!.header, chunk.rows);

    expect(check.rows.map((r) => [r.draft.title, r.draft.economicBenefit])).toEqual([
      ['Sắp xếp kho vật tư', 2000],
    ]);
    expect(check.problems.map((p) => [p.row, p.column])).toEqual([
      [2, importLabel('title')],
      [3, importLabel('economicBenefit')],
    ]);
    expect(check.problems[0]?.message).toContain(
      'ô có công thức «=#REF!A2» mà tệp không lưu kết quả',
    );
    expect(check.problems[1]?.message).toContain('ô báo lỗi công thức #N/A');
    expect(check.problems[1]?.message).toContain('Hãy sửa công thức trong Excel');
  });

  it('reads a row with a note typed far to the right, past the columns a row may carry', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'Ghi chu xa.xlsx');
    await filledTemplate(path, [
      {
        title: 'Cải tiến máy cán tôn',
        unitId: 'Phân xưởng Cơ điện',
        field: 'Kỹ thuật',
        authors: 'Nguyễn Văn An',
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    book.worksheets[0]!.getCell(2, 250).value = 'đã gọi điện xác nhận';
    book.worksheets[0]!.getCell(3, 240).value = 'dòng chỉ có ghi chú';
    await book.xlsx.writeFile(path);
    deps.openAnswer = path;

    // Through dispatch, which checks each reply against the contract, as the page receives it.
    const { opened, chunk } = await readAsThePage(handlers, deps);

    expect(chunk.rows.map((r) => [r.row, r.cells.length])).toEqual([[2, IMPORT_FIELDS.length]]);
    const check = checkRows(opened.header, chunk.rows);
    expect(check.problems).toEqual([]);
    expect(check.rows.map((r) => r.draft.title)).toEqual(['Cải tiến máy cán tôn']);
  });

  it('refuses, in words, a header whose columns lie past the columns a row may carry', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'Lech cot.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sáng kiến');
    IMPORT_FIELDS.forEach((key, i) => {
      sheet.getCell(1, 195 + i).value = importHeader(key);
      sheet.getCell(2, 195 + i).value = key === 'title' ? 'Cải tiến máy cán tôn' : null;
    });
    await book.xlsx.writeFile(path);
    deps.openAnswer = path;

    const refused = await dispatch(handlers, 'sheet:import:open', {}, deps.log);

    expect(refused).toMatchObject({ ok: false, error: { code: 'SHEET_BAD_COLUMNS' } });
    expect(!refused.ok && refused.error.message).toContain('trong 200 cột đầu');
  });

  it('names a number a damaged file cannot hold, instead of failing the whole import', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'So hong.xlsx');
    await filledTemplate(path, [
      {
        title: 'Cải tiến máy cán tôn',
        unitId: 'Phân xưởng Cơ điện',
        field: 'Kỹ thuật',
        authors: 'Nguyễn Văn An',
        economicBenefit: 1_250_000,
      },
    ]);
    // The amount's cell damaged: a numeric cell whose value is no number.
    const parts = await readZipEntries(await readFile(path));
    const sheetXml = parts.get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
    const damaged = sheetXml.replace('<v>1250000</v>', '<v>mot trieu</v>');
    expect(damaged).not.toBe(sheetXml);
    parts.set('xl/worksheets/sheet1.xml', Buffer.from(damaged));
    await writeFile(path, handZip([...parts].map(([name, data]) => ({ name, data }))));
    deps.openAnswer = path;

    const { opened, chunk } = await readAsThePage(handlers, deps);

    expect(chunk.rows[0]?.cells[col('economicBenefit') - 1]).toEqual({ error: '#NUM!' });
    const check = checkRows(opened.header, chunk.rows);
    expect(check.problems.map((p) => [p.row, p.column])).toEqual([
      [2, importLabel('economicBenefit')],
    ]);
    expect(check.problems[0]?.message).toContain('#NUM!');
  });

  it('says nothing and opens nothing when the clerk cancels the dialog', async () => {
    const { handlers } = await setup();
    expect(await handlers['sheet:import:open']({})).toEqual({ ok: true, value: null });
  });

  it('refuses a text file renamed .xlsx, and an old .xls, saying how to save as .xlsx', async () => {
    const { root, deps, handlers } = await setup();
    const txt = join(root, 'danh sach.xlsx');
    await writeFile(txt, 'Tên sáng kiến\tĐơn vị\n');
    deps.openAnswer = txt;
    const refused = await handlers['sheet:import:open']({});
    expect(refused).toMatchObject({ ok: false, error: { code: 'SHEET_NOT_XLSX' } });
    expect(!refused.ok && refused.error.message).toContain(
      '«danh sach.xlsx» không phải bảng tính Excel (.xlsx)',
    );
    const xls = join(root, 'cu.xlsx');
    await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    deps.openAnswer = xls;
    const old = await handlers['sheet:import:open']({});
    expect(!old.ok && old.error.message).toContain('kiểu cũ (.xls)');
  });

  it('refuses a password-protected .xlsx, saying to remove the password rather than to save as .xlsx', async () => {
    const { root, deps, handlers } = await setup();
    // Office's encrypted workbook: a compound file holding EncryptionInfo and EncryptedPackage
    // (MS-OFFCRYPTO), written by SheetJS's CFB writer; SheetJS reads it as password-protected.
    const CFB = XLSX.CFB as CfbWriter;
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(8_000, 7));
    const bytes = CFB.write(cfb, { type: 'buffer' });
    expect(() => XLSX.read(bytes)).toThrow(/password/);
    const path = join(root, 'co mat khau.xlsx');
    await writeFile(path, bytes);
    deps.openAnswer = path;

    const refused = await handlers['sheet:import:open']({});

    expect(refused).toMatchObject({ ok: false, error: { code: 'SHEET_ENCRYPTED' } });
    const message = !refused.ok ? refused.error.message : '';
    expect(message).toContain('«co mat khau.xlsx» được đặt mật khẩu');
    expect(message).toContain('gỡ mật khẩu');
    expect(message).not.toContain('kiểu cũ (.xls)');
  });

  it('refuses a damaged zip with a message, not a crash', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'hong.xlsx');
    await filledTemplate(path, [{ title: 'A' }]);
    await truncate(path, Math.floor((await stat(path)).size / 3));
    deps.openAnswer = path;
    const refused = await handlers['sheet:import:open']({});
    expect(refused).toMatchObject({ ok: false, error: { code: 'SHEET_UNREADABLE' } });
    expect(!refused.ok && refused.error.message).toContain('Không đọc được tệp «hong.xlsx»');
    // What the reader threw is kept for the log (the clerk sees only the message).
    const logged = deps.log.entries.find((e) => e.message === 'sheet:import:open refused');
    expect(logged?.level).toBe('warn');
    const details = logged?.details as { code: string; cause: unknown } | undefined;
    expect(details?.code).toBe('SHEET_UNREADABLE');
    expect(details?.cause).toBeInstanceOf(Error);
  });

  it('refuses a sheet whose compressed bytes are damaged, instead of waiting for ever', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'hong-giua.xlsx');
    await filledTemplate(path, [{ title: 'Cải tiến máy nén khí' }]);
    // Damage the sheet's deflate data in the middle of the file; its local header and the zip's
    // directory stay whole, so the file still opens as a zip.
    const bytes = await readFile(path);
    const sheetName = 'xl/worksheets/sheet1.xml';
    const at = bytes.indexOf(sheetName); // the local header's copy comes first
    expect(bytes.readUInt32LE(at - 30)).toBe(0x04034b50);
    const dataStart = at + sheetName.length + bytes.readUInt16LE(at - 2);
    for (let k = dataStart + 10; k < dataStart + 70; k += 1) bytes[k] = (bytes[k] ?? 0) ^ 0x55;
    await writeFile(path, bytes);
    deps.openAnswer = path;

    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<'hung'>((resolve) => {
      timer = setTimeout(() => resolve('hung'), 5_000);
    });
    const refused = await Promise.race([handlers['sheet:import:open']({}), hung]);
    clearTimeout(timer);

    expect(refused).toMatchObject({ ok: false, error: { code: 'SHEET_UNREADABLE' } });
    if (refused === 'hung' || refused.ok) return;
    expect(refused.error.message).toContain('Không đọc được tệp «hong-giua.xlsx»');
    expect(refused.error.message).toContain('Không có gì được nhập');
  });

  it('refuses wrong columns, naming the missing and the unknown headers', async () => {
    const { root, deps, handlers } = await setup();
    const path = join(root, 'cot.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRow(['Tên sáng kiến', 'Đơn vị', 'Tác giả', 'Ghi chú']);
    await book.xlsx.writeFile(path);
    deps.openAnswer = path;
    const refused = await handlers['sheet:import:open']({});
    expect(refused).toMatchObject({ ok: false, error: { code: 'SHEET_BAD_COLUMNS' } });
    const message = !refused.ok ? refused.error.message : '';
    expect(message).toContain('thiếu cột «Lĩnh vực», «Tác giả, đồng tác giả»');
    expect(message).toContain('có cột không thuộc mẫu «Tác giả», «Ghi chú»');
  });

  it('reads 50,000 rows in chunks, the count read growing to the rows the sheet declares', async () => {
    const { root, deps } = await setup();
    const path = join(root, 'lon.xlsx');
    const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const sheet = out.addWorksheet('Sáng kiến');
    sheet.addRow(['Tên sáng kiến', 'Đơn vị', 'Lĩnh vực', 'Tác giả, đồng tác giả']).commit();
    for (let i = 0; i < 50_000; i++)
      sheet
        .addRow([`Sáng kiến số ${i + 1}`, 'Phân xưởng Cơ điện', 'Kỹ thuật', `Tác giả ${i}`])
        .commit();
    sheet.commit();
    await out.commit();
    const handlers = createSheetHandlers(deps);
    deps.openAnswer = path;
    const opened = value(await handlers['sheet:import:open']({}))!;
    const progress: number[] = [];
    const rows: number[] = [];
    const damaged: number[] = [];
    let chunks = 0;
    for (;;) {
      const chunk = value(await handlers['sheet:import:next']({ importId: opened.importId }));
      chunks += 1;
      progress.push(chunk.rowsRead);
      for (const r of chunk.rows) {
        rows.push(r.row);
        // Every Vietnamese letter whole, wherever the inflated chunks of the sheet were cut.
        if (r.cells[1] !== 'Phân xưởng Cơ điện' || r.cells[0] !== `Sáng kiến số ${r.row - 1}`)
          damaged.push(r.row);
      }
      expect(chunk.rows.length).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.chunkRows);
      if (chunk.done) break;
    }
    expect(rows).toHaveLength(50_000);
    expect(damaged).toEqual([]);
    expect(rows[0]).toBe(2);
    expect(rows.at(-1)).toBe(50_001);
    expect(chunks).toBeGreaterThanOrEqual(25);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // exceljs's streaming writer leaves out the dimension: the count is estimated from the rows' size.
    expect(opened.expectedRows).toBeGreaterThan(45_000);
    expect(opened.expectedRows).toBeLessThan(55_000);
    expect(progress[0]).toBe(DEFAULT_READ_LIMITS.chunkRows);
    expect(progress.at(-1)).toBe(50_000);
  }, 120_000);

  it('refuses a sheet past the row cap, naming the cap', async () => {
    const { root, deps } = await setup();
    const path = join(root, 'qua.xlsx');
    await filledTemplate(
      path,
      Array.from({ length: 6 }, (_, i) => ({ title: `Sáng kiến ${i}` })),
    );
    const handlers = createSheetHandlers(deps, undefined, undefined, {
      ...DEFAULT_READ_LIMITS,
      maxRows: 5,
      chunkRows: 2,
    });
    deps.openAnswer = path;
    const opened = value(await handlers['sheet:import:open']({}))!;
    let result = await handlers['sheet:import:next']({ importId: opened.importId });
    while (result.ok && !result.value.done)
      result = await handlers['sheet:import:next']({ importId: opened.importId });
    expect(result).toMatchObject({ ok: false, error: { code: 'SHEET_TOO_MANY_ROWS' } });
    expect(!result.ok && result.error.message).toContain('hơn 5 dòng dữ liệu');
    expect(await readFile(path)).toBeTruthy();
  });
});
