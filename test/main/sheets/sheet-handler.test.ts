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
