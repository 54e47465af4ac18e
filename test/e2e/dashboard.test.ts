// The dashboard of a seeded programme (issue 10), end to end: production build, real Chromium,
// real IndexedDB. Four initiatives in two units are written straight into the database, the app is
// reloaded, and "Tổng quan" must show the hand-counted figures and draw its charts.
// Screenshot: test-results/screenshots/dashboard.png.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { putInPage, readStoresInPage } from './idb-in-page';
import { completeInitiative } from '../shared/initiative-fixtures';
import { OFFICE, UNIT_NAME, addUnit, completeSetup, heading } from './appraisal-flow-steps';

let app: App | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Rows: [unit name, status, benefit in đồng, field index] — hand-counted in the test below. */
const ROWS = [
  [OFFICE.unitName, 'recognised', 1_250_000, 0],
  [OFFICE.unitName, 'proposed', 40_000_000, 1],
  [OFFICE.unitName, 'draft', null, 0],
  [UNIT_NAME, 'submitted', 2_000_000, 0],
] as const;

const seedRows = async (target: App) => {
  type Rec = Record<string, unknown> & { id: string };
  const { programmes, units } = await readStoresInPage<Rec>(target.page, ['programmes', 'units']);
  const programme = programmes![0]!;
  const fields = programme['fields'] as string[];
  const template = completeInitiative();
  const initiatives = ROWS.map(([unitName, status, benefit, field], n) => {
    const unit = units!.find((u) => u['name'] === unitName);
    if (!unit) throw new Error(`No unit "${unitName}"`);
    return {
      ...template,
      id: crypto.randomUUID(),
      programmeId: programme.id,
      unitId: unit.id,
      title: `Sáng kiến thử ${n + 1}`,
      field: fields[field],
      status,
      economicBenefit: benefit,
      firstAppliedOn: '2021-03-01',
      updatedAt: new Date().toISOString(),
      deletedAt: null,
    };
  });
  await putInPage(target.page, { initiatives });
  return { name: programme['name'] as string, field: fields[0]! };
};

const figure = (target: App, title: string) =>
  target.page.locator(`[data-figure="${title}"]`).innerText();

describe('dashboard', () => {
  it('shows a seeded programme’s figures and charts', async () => {
    app = await startApp();
    app.page.setDefaultTimeout(15_000);
    await completeSetup(app);
    await app.clickButton('Bắt đầu sử dụng');
    await heading(app, 'Sáng kiến').waitFor();
    await addUnit(app, UNIT_NAME);
    const seeded = await seedRows(app);
    // A reload, so the register in memory is read again with the seeded rows.
    await app.goto('/#/dashboard');
    await app.page.reload({ waitUntil: 'load' });
    await heading(app, `Tổng quan: ${seeded.name}`).waitFor();
    await app.page.locator('[data-figure="Sáng kiến đã ghi nhận"]').waitFor();

    expect(await figure(app, 'Sáng kiến đã ghi nhận')).toBe('4 / 2.800');
    expect(await figure(app, 'Được công nhận')).toBe('2');
    expect(await figure(app, 'Đề xuất lên cấp trên')).toBe('1');
    expect(await figure(app, 'Giá trị làm lợi')).toBe('43.250.000 đ');
    await app.page.getByText('Sáng kiến được công nhận: 41.250.000 đ').waitFor();
    // The seeded programme's deadline is past.
    await app.page.getByText(/^Đã hết hạn nhận hồ sơ/).waitFor();
    // The menu opens it as its first entry.
    const first = app.page.getByRole('menuitem').first();
    expect(await first.innerText()).toBe('Tổng quan');

    const byUnit = app.page.getByLabel('Biểu đồ sáng kiến theo đơn vị');
    await byUnit.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await byUnit.locator('.recharts-bar-rectangle').count()).toBe(2);
    await byUnit.getByText(UNIT_NAME, { exact: true }).waitFor();
    const byField = app.page.getByLabel('Biểu đồ sáng kiến theo lĩnh vực');
    await byField.getByText(seeded.field, { exact: true }).waitFor();
    const unitRow = app.page.locator('.ant-table-row').filter({ hasText: OFFICE.unitName });
    expect(await unitRow.innerText()).toContain('41.250.000 đ');

    const shot = await app.screenshot('dashboard');
    expect(shot).toMatch(/dashboard\.png$/);

    // The list to .xlsx through the real main side, read back by SheetJS.
    await app.clickButton('Xuất danh sách (.xlsx)');
    await app.waitForMessage({ kind: 'success', text: /^Đã lưu 4 sáng kiến vào / });
    const written = readdirSync(join(app.tempDir, 'saved')).filter((f) => f.endsWith('.xlsx'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^Danh sách sáng kiến - /);
    const path = join(app.tempDir, 'saved', written[0]!);
    const book = XLSX.read(readFileSync(path));
    const sheet = book.Sheets['Danh sách sáng kiến']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual([
      'STT',
      'Tên sáng kiến',
      'Tác giả, đồng tác giả',
      'Đơn vị',
      'Lĩnh vực',
      'Ngày áp dụng lần đầu',
      'Giá trị làm lợi (đồng/năm)',
      'Mã',
    ]);
    expect(rows).toHaveLength(5);
    // The last column carries each initiative's id, so the sheet imported again doubles nothing.
    for (const r of rows.slice(1)) expect(String(r[7])).toMatch(/^[0-9a-f-]{36}$/);
    const money = rows.slice(1).map((r) => r[6] ?? null);
    expect(money.sort()).toEqual([1_250_000, 2_000_000, 40_000_000, null].sort());
  });
});
