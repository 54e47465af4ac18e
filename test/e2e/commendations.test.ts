// Commendations end to end (issue 10, items 2 and 5): production build, real Chromium, real
// IndexedDB, the real main side. A proposed initiative is seeded into the register; the clerk
// records a Bằng Lao động sáng tạo for it on "Khen thưởng", sees the person in the list and the
// certificate on the dashboard, and exports the result report, which names the person.
// Screenshots: test-results/screenshots/commendations.png and result-report.png.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, afterEach, expect, it } from 'vitest';
import { paragraphs, unzipText } from '../main/dossier/unzip';
import { putInPage, readStoresInPage } from './idb-in-page';
import { author, completeInitiative } from '../shared/initiative-fixtures';
import { startApp, type App } from './harness';
import { OFFICE, completeSetup, heading, openScreen } from './appraisal-flow-steps';

let app: App | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const AUTHOR = 'Phạm Thị Hoa';
const TITLE = 'Cải tiến khuôn dập vỏ hộp';

/** One proposed initiative of the office's unit, as the register stores it. */
const seedProposed = async (target: App) => {
  type Rec = Record<string, unknown> & { id: string };
  const { programmes, units } = await readStoresInPage<Rec>(target.page, ['programmes', 'units']);
  const programme = programmes![0]!;
  const unit = units![0]!;
  const fields = programme['fields'] as string[];
  const at = '2021-04-01T00:00:00.000Z';
  const record = completeInitiative({
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Bình',
    programmeId: programme.id,
    unitId: unit.id,
    title: TITLE,
    field: fields[0]!,
    authors: [author(AUTHOR, 100)],
    status: 'proposed',
  });
  await putInPage(target.page, { initiatives: [record] });
};

describe('commendations', () => {
  it('records a certificate, lists the person, counts it and exports the report', async () => {
    app = await startApp();
    app.page.setDefaultTimeout(15_000);
    await completeSetup(app);
    await app.clickButton('Bắt đầu sử dụng');
    await heading(app, 'Sáng kiến').waitFor();
    await seedProposed(app);
    // A reload, so the register in memory is read again with the seeded initiative.
    await app.page.reload({ waitUntil: 'load' });
    await openScreen(app, 'Khen thưởng');

    await app.clickButton('Ghi khen thưởng');
    const dialog = app.dialog('Ghi khen thưởng');
    await app.selectByLabel('Sáng kiến', `${TITLE} (Đề xuất lên cấp trên)`);
    await app.selectByLabel('Cấp khen thưởng', 'Tổng Liên đoàn');
    await app.selectByLabel('Hình thức', 'Bằng Lao động sáng tạo');
    await dialog.getByLabel('Cơ quan quyết định').fill('Tổng Liên đoàn Lao động Việt Nam');
    await dialog.getByLabel('Số quyết định').fill('1520/QĐ-TLĐ');
    await dialog.getByLabel('Ngày quyết định').fill('28/09/2021');
    await dialog.getByLabel('Tiền thưởng (đồng)').fill('3.000.000');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await app.waitForMessage({
      kind: 'success',
      text: 'Đã lưu khen thưởng theo quyết định số 1520/QĐ-TLĐ',
    });

    const people = app.page.getByLabel('Danh sách cá nhân được khen thưởng');
    const row = people.locator('.ant-table-row').filter({ hasText: AUTHOR });
    await row.waitFor();
    expect(await row.innerText()).toContain(TITLE);
    expect(await row.innerText()).toContain(OFFICE.unitName);
    expect(await row.innerText()).toContain('Số 1520/QĐ-TLĐ ngày 28/09/2021');
    expect(await app.screenshot('commendations')).toMatch(/commendations\.png$/);

    await app.page.getByRole('menuitem', { name: 'Tổng quan', exact: true }).click();
    await heading(app, /^Tổng quan: /).waitFor();
    const certificates = app.page.locator('[data-figure="Bằng Lao động sáng tạo"]');
    await certificates.waitFor();
    expect(await certificates.innerText()).toBe('1 / 5–10');
    // The first commendation moved the initiative to "Được biểu dương".
    await app.page.getByText('Được biểu dương: 1').waitFor();

    await app.clickButton('Báo cáo kết quả');
    const report = app.dialog('Báo cáo kết quả');
    await report.getByLabel('Số báo cáo').fill('18/BC-CĐCS');
    const preview = report.getByLabel('Xem trước báo cáo');
    await preview.getByText('Số: 18/BC-CĐCS').waitFor();
    // In the list of initiatives (its author) and in the list of people commended.
    await preview.getByText(AUTHOR, { exact: true }).nth(1).waitFor();
    expect(await app.screenshot('result-report')).toMatch(/result-report\.png$/);
    await report.getByRole('button', { name: 'Xuất báo cáo (.docx)' }).click();
    await report.getByText(/^Đã lưu báo cáo kết quả vào /).waitFor();

    const saved = readdirSync(join(app.tempDir, 'saved')).filter((f) => f.endsWith('.docx'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^Báo cáo kết quả - .*\.docx$/);
    const path = join(app.tempDir, 'saved', saved[0]!);
    const body = (await unzipText(readFileSync(path))).get('word/document.xml')!;
    const texts = paragraphs(body).map((p) => p.text);
    expect(texts).toContain(AUTHOR);
    expect(texts).toContain(TITLE);
    expect(texts).toContain('Số: 18/BC-CĐCS');
    expect(texts).toContain(
      'Số sáng kiến được tặng Bằng Lao động sáng tạo: 1 (chỉ tiêu từ 5 đến 10).',
    );
    app.assertNoPageErrors();
  });
});
