// The list's export shows its progress while main writes (docs/decisions.md D44): the real main
// handlers write a real .xlsx; the rows requests are held back one at a time, so the bar is seen
// at each step without waiting for time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import * as XLSX from 'xlsx';
import type { DeskApi } from '@shared/ipc';
import { SheetExport } from '../../../renderer/src/features/dashboard/SheetExport';
import type { InitiativeRow } from '../../../renderer/src/db/initiative-row';
import { installMainBridge, type MainBridge } from '../backup/main-bridge';
import { renderWithDb } from '../setup/render-with-db';
import { setUpDb } from '../helpers';
import { SLOW } from '../appraisal/dialogs';

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

const rows: InitiativeRow[] = Array.from({ length: 12_000 }, (_, i) => ({
  id: `r${i}`,
  programmeId: 'p',
  unitId: 'u1',
  title: `Sáng kiến số ${i + 1}`,
  field: 'Kỹ thuật',
  status: 'draft',
  authorNames: ['Nguyễn Văn An'],
  economicBenefit: 1_000_000,
  firstAppliedOn: '2021-03-15',
  updatedAt: '2021-03-15T00:00:00.000Z',
  trashed: 0,
  formProblems: 0,
}));

describe('SheetExport', { timeout: 60_000 }, () => {
  it('shows the rows written so far while the list is sent in chunks', async () => {
    bridge = await installMainBridge();
    bridge.nextSave = join(bridge.dataDir, 'Danh sách');
    const real = window.desk!;
    const held: (() => void)[] = [];
    window.desk = {
      ...real,
      'sheet:export:rows': (request) =>
        new Promise<void>((release) => held.push(release)).then(() =>
          real['sheet:export:rows'](request),
        ),
    } satisfies DeskApi;
    const { db } = await setUpDb();
    const { user } = await renderWithDb(
      db,
      <SheetExport
        programmeName="Thi đua 2021"
        rows={rows}
        unitNames={new Map([['u1', 'Tổ Cơ điện']])}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Xuất danh sách/ }));
    await screen.findByText('Đang ghi 0 / 12.000 sáng kiến…', {}, SLOW);
    expect(screen.getByLabelText('Tiến độ xuất Excel')).toBeInTheDocument();
    await waitFor(() => expect(held).toHaveLength(1), SLOW);
    held[0]!();
    await screen.findByText('Đang ghi 5.000 / 12.000 sáng kiến…', {}, SLOW);
    await waitFor(() => expect(held).toHaveLength(2), SLOW);
    held[1]!();
    await screen.findByText('Đang ghi 10.000 / 12.000 sáng kiến…', {}, SLOW);
    await waitFor(() => expect(held).toHaveLength(3), SLOW);
    held[2]!();
    const path = join(bridge.dataDir, 'Danh sách.xlsx');
    await screen.findByText(`Đã lưu 12.000 sáng kiến vào ${path}`, {}, SLOW);
    expect(screen.queryByLabelText('Tiến độ xuất Excel')).toBeNull();
    const sheet = XLSX.read(await readFile(path)).Sheets['Danh sách sáng kiến']!;
    expect((sheet['B12001'] as XLSX.CellObject | undefined)?.v).toBe('Sáng kiến số 12000');
  });
});
