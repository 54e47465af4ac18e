// sheet:export through the contract's parser and the real handler, into a real temp folder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc';
import { initiativeListTable } from '@shared/sheets/initiative-list';
import { createHandlers } from '../../../main/handlers';
import { fakeDeps, tempDir } from '../helpers';

const table = initiativeListTable(
  [
    {
      id: 'i1',
      title: 'Cải tiến máy cán tôn',
      authorNames: ['Nguyễn Văn An'],
      unitId: 'u1',
      field: 'Kỹ thuật',
      firstAppliedOn: '2021-03-15',
      economicBenefit: 1_250_000,
      status: 'recognised',
    },
  ],
  new Map([['u1', 'Phân xưởng Cơ điện']]),
);

describe('sheet:export', () => {
  it('asks where, with the xlsx filter, and writes the sheet there with its extension', async () => {
    const root = await tempDir();
    const deps = fakeDeps(join(root, 'userData'), join(root, 'Danh sách'));
    const handlers = createHandlers(deps);
    const request = contract['sheet:export'].request.parse({
      suggestedName: 'Danh sách sáng kiến',
      table,
    });
    const result = await handlers['sheet:export'](request);
    expect(deps.dialogRequests).toEqual([
      {
        suggestedName: 'Danh sách sáng kiến.xlsx',
        filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
      },
    ]);
    expect(result).toEqual({ ok: true, value: { path: join(root, 'Danh sách.xlsx'), rows: 1 } });
    expect(await readdir(root)).toContain('Danh sách.xlsx');
    const book = XLSX.read(await readFile(join(root, 'Danh sách.xlsx')));
    const sheet = book.Sheets['Danh sách sáng kiến']!;
    expect((sheet['B2'] as XLSX.CellObject | undefined)?.v).toBe('Cải tiến máy cán tôn');
    expect((await handlers['folder:reveal']({ path: join(root, 'Danh sách.xlsx') })).ok).toBe(true);
  });

  it('writes nothing when the clerk cancels', async () => {
    const root = await tempDir();
    const handlers = createHandlers(fakeDeps(join(root, 'userData'), null));
    expect(await handlers['sheet:export']({ suggestedName: 'x', table })).toEqual({
      ok: true,
      value: null,
    });
    expect(await readdir(root)).toEqual([]);
  });

  it('says which folder could not be written', async () => {
    const root = await tempDir();
    const handlers = createHandlers(fakeDeps(join(root, 'userData'), join(root, 'gone', 'x')));
    const result = await handlers['sheet:export']({ suggestedName: 'x', table });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
  });

  it('refuses a row with the wrong number of cells', () => {
    const bad = { ...table, rows: [[1, 'only two']] };
    expect(
      contract['sheet:export'].request.safeParse({ suggestedName: 'x', table: bad }).success,
    ).toBe(false);
  });
});

describe('sheet:export in chunks', () => {
  const begin = (suggestedName: string, rowCount: number) =>
    contract['sheet:export:begin'].request.parse({
      suggestedName,
      sheetName: table.sheetName,
      columns: table.columns,
      rowCount,
    });

  it('writes the rows sent in chunks, reporting the count written, and renames it into place', async () => {
    const root = await tempDir();
    const handlers = createHandlers(fakeDeps(join(root, 'userData'), join(root, 'Danh sách')));
    const row = table.rows[0]!;
    const started = await handlers['sheet:export:begin'](begin('Danh sách', 7000));
    if (!started.ok || started.value === null) throw new Error('not started');
    const { exportId, path } = started.value;
    expect(path).toBe(join(root, 'Danh sách.xlsx'));
    const counts: number[] = [];
    for (const [from, size] of [
      [0, 5000],
      [5000, 2000],
    ] as const) {
      const sent = await handlers['sheet:export:rows']({
        exportId,
        rows: Array.from({ length: size }, (_, i) => [from + i + 1, ...row.slice(1)]),
      });
      if (!sent.ok) throw new Error(sent.error.message);
      counts.push(sent.value.written);
    }
    expect(counts).toEqual([5000, 7000]);
    // Nothing at the target until the end: a stopped export leaves the old file or none.
    expect((await readdir(root)).filter((n) => n === 'Danh sách.xlsx')).toEqual([]);
    expect(await handlers['sheet:export:end']({ exportId, cancel: false })).toEqual({
      ok: true,
      value: { path, rows: 7000 },
    });
    const sheet = XLSX.read(await readFile(path)).Sheets['Danh sách sáng kiến']!;
    expect((sheet['A7001'] as XLSX.CellObject | undefined)?.v).toBe(7000);
    expect((sheet['B7001'] as XLSX.CellObject | undefined)?.v).toBe('Cải tiến máy cán tôn');
    expect((await readdir(root)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no file when cancelled, and refuses an end before every row came', async () => {
    const root = await tempDir();
    const handlers = createHandlers(fakeDeps(join(root, 'userData'), join(root, 'x')));
    const a = await handlers['sheet:export:begin'](begin('x', 2));
    if (!a.ok || a.value === null) throw new Error('not started');
    await handlers['sheet:export:rows']({ exportId: a.value.exportId, rows: [table.rows[0]!] });
    expect(
      await handlers['sheet:export:end']({ exportId: a.value.exportId, cancel: true }),
    ).toEqual({
      ok: true,
      value: null,
    });
    // An export left unfinished is dropped, temp file and all, when the next one begins.
    const left = await handlers['sheet:export:begin'](begin('x', 2));
    if (!left.ok || left.value === null) throw new Error('not started');
    await handlers['sheet:export:rows']({ exportId: left.value.exportId, rows: [table.rows[0]!] });
    const b = await handlers['sheet:export:begin'](begin('x', 2));
    if (!b.ok || b.value === null) throw new Error('not started');
    const gone = await handlers['sheet:export:rows']({ exportId: left.value.exportId, rows: [] });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const short = await handlers['sheet:export:end']({ exportId: b.value.exportId, cancel: false });
    expect(short).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const wrong = await handlers['sheet:export:rows']({ exportId: b.value.exportId, rows: [[1]] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await readdir(root)).filter((n) => n !== 'userData')).toEqual([]);
  });

  it('refuses rows whose cell count does not match the columns, and drops the file', async () => {
    const root = await tempDir();
    const handlers = createHandlers(fakeDeps(join(root, 'userData'), join(root, 'x')));
    const c = await handlers['sheet:export:begin'](begin('x', 1));
    if (!c.ok || c.value === null) throw new Error('not started');
    const bad = await handlers['sheet:export:rows']({
      exportId: c.value.exportId,
      rows: [[1, 'a']],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect((await readdir(root)).filter((n) => n !== 'userData')).toEqual([]);
  });
});
