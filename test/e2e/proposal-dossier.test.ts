// Selection within the quota and the dossier, end to end (issue 8): production build, real Chromium,
// real IndexedDB, the real dossier:export handler. The built-in sample (shared/sample/) is written
// into the app's database with its four recognised initiatives in one unit → three are proposed →
// the fourth is refused naming the three → the dossier screen asks its numbers once → preview of a
// summary (screenshot in test-results/screenshots/) → print → export → each .docx parses back with
// its title. And the sample on first run, in a database of its own, with a banner and a way back.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MINUTES_FILE } from '@shared/dossier/minutes';
import type { Initiative } from '@shared/model/initiative';
import {
  SAMPLE_COUNCIL,
  SAMPLE_INITIATIVES,
  SAMPLE_OFFICE,
  SAMPLE_PROGRAMME,
  SAMPLE_SESSION,
  SAMPLE_SETTINGS,
  SAMPLE_SHEETS,
  SAMPLE_UNITS,
} from '@shared/sample/sample-data';
import { paragraphs, unzipText } from '../main/dossier/unzip';
import { putInPage } from './idb-in-page';
import { startApp, type App } from './harness';
import { pdfPageTexts } from './pdf-text';
import { SCREENSHOT_DIR } from './paths';

const UNIT = SAMPLE_UNITS[1]!;
/** The four the council recognised, all of one unit; best average first (see the sample's scores). */
const initiatives: Initiative[] = SAMPLE_INITIATIVES.map((i) => ({ ...i, unitId: UNIT.id }));
const title = (id: string): string => initiatives.find((i) => i.id === id)!.title;
const [FIRST, SECOND, THIRD, FOURTH] = ['sample-i-3', 'sample-i-1', 'sample-i-4', 'sample-i-2'].map(
  title,
) as [string, string, string, string];

/** Writes the sample into the app's database as the app's repositories store it, then reloads. */
const seedSample = async (app: App): Promise<void> => {
  await app.waitForText('Thiết lập ban đầu');
  const stores: Record<string, unknown[]> = {
    settings: [
      { key: 'office', value: SAMPLE_OFFICE },
      { key: 'activeProgrammeId', value: SAMPLE_PROGRAMME.id },
    ],
    programmes: [SAMPLE_PROGRAMME],
    units: SAMPLE_UNITS,
    initiatives,
    appraisalSettings: [SAMPLE_SETTINGS],
    councils: [SAMPLE_COUNCIL],
    sessions: [SAMPLE_SESSION],
    scoreSheets: SAMPLE_SHEETS,
  };
  await putInPage(app.page, stores);
  await app.page.reload({ waitUntil: 'load' });
};

const openMenu = async (app: App, item: string): Promise<void> => {
  await app.page
    .getByRole('navigation', { name: 'Chức năng' })
    .getByText(item, { exact: true })
    .click();
  await app.page.getByRole('heading', { name: item, exact: true }).waitFor();
};

const placesShown = (app: App, n: number) =>
  app.page.getByLabel(`Đã đề xuất của ${UNIT.name}`).getByText(`Đã đề xuất ${n}/3`).waitFor();

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('proposals within the quota and the dossier', () => {
  it('proposes three, refuses the fourth naming them, previews and exports the dossier', async () => {
    app = await startApp();
    await seedSample(app);
    const page = app.page;

    await openMenu(app, 'Đề xuất lên cấp trên');
    await placesShown(app, 0);
    expect(await page.getByText('Đủ điều kiện', { exact: true }).count()).toBe(4);
    for (const [n, t] of [FIRST, SECOND, THIRD].entries()) {
      await app.clickButton(`Đề xuất ${t}`);
      await placesShown(app, n + 1);
    }
    await app.clickButton(`Đề xuất ${FOURTH}`);
    const refusal = page.getByRole('alert').filter({ hasText: 'đủ 3 sáng kiến' });
    await refusal.waitFor();
    const text = await refusal.innerText();
    for (const t of [FIRST, SECOND, THIRD]) expect(text).toContain(`"${t}"`);
    expect(text).toContain(`Muốn đề xuất "${FOURTH}"`);
    await placesShown(app, 3);

    await openMenu(app, 'Hồ sơ đề xuất');
    await app.fillByLabel('Số tờ trình', '05/TTr-LĐLĐ');
    await app.fillByLabel('Ngày tờ trình', '05/04/2021');
    await app.fillByLabel('Kính gửi', 'Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai');
    await app.clickButton('Lưu số và ngày');
    await page.getByText('Số tờ trình').first().waitFor();
    const list = page.getByRole('navigation', { name: 'Các văn bản của hồ sơ' });
    const documents = list.getByRole('button');
    await documents.first().waitFor();
    const summary = documents.filter({ hasText: 'Bản tóm tắt' }).first();
    await summary.click();
    const preview = page.getByLabel('Xem trước văn bản');
    await preview.getByText(FIRST, { exact: true }).first().waitFor();
    // The toasts of the three proposals fade out before the picture is taken.
    await page.waitForFunction(() => document.querySelector('.ant-message-notice') === null);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await preview.screenshot({ path: join(SCREENSHOT_DIR, 'proposal-dossier-preview.png') });

    // "In" prints the print-only view of the document shown: the summary list names all three,
    // and the app around it takes no page.
    await documents.filter({ hasText: 'Danh sách trích ngang' }).click();
    await preview.getByText(THIRD, { exact: true }).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    const printed = pdfPageTexts(pdf);
    for (const t of [FIRST, SECOND, THIRD]) expect(squeeze(printed.join(''))).toContain(squeeze(t));
    expect(squeeze(printed.join(''))).not.toContain(squeeze('Đề xuất lên cấp trên'));
    expect(printed[0]).toMatch(/^LĐLĐ TỈNH ĐỒNG NAI/);

    await app.clickButton('Xuất tất cả (.docx)');
    const done = page.getByRole('status').filter({ hasText: 'Đã lưu' });
    await done.waitFor();
    const call = app.ipcCalls.find((c) => c.channel === 'dossier:export');
    if (!call?.result.ok) throw new Error('export failed');
    const { folder, files: paths } = call.result.value as { folder: string; files: string[] };
    const files = paths.map((p) => basename(p));
    expect(await done.innerText()).toContain(folder);
    expect(await done.innerText()).toContain(MINUTES_FILE);
    expect(readdirSync(folder).sort()).toEqual([...files].sort());
    const texts = async (file: string): Promise<string> => {
      const xml = (await unzipText(readFileSync(join(folder, file)))).get('word/document.xml')!;
      return paragraphs(xml)
        .map((p) => p.text)
        .join('\n');
    };
    const all = await Promise.all(files.map(texts));
    for (const t of [FIRST, SECOND, THIRD])
      expect(all.filter((x) => x.includes(t)).length).toBeGreaterThanOrEqual(2);
    // Only the minutes, which list every initiative the session considered, name the fourth.
    const naming = files.filter((_file, n) => all[n]?.includes(FOURTH));
    expect(naming).toEqual([MINUTES_FILE]);

    // A written document opens in the system's word processor through file:open.
    await app.clickButton(`Mở ${MINUTES_FILE}`);
    await expect.poll(() => app?.shellCalls ?? []).toContain(`open:${join(folder, MINUTES_FILE)}`);
  });

  it('loads the sample into a profile of its own, with a banner and a way back', async () => {
    app = await startApp();
    const page = app.page;
    await app.waitForText('Thiết lập ban đầu');
    await app.clickButton('Thử với dữ liệu mẫu');
    await page.getByRole('status').filter({ hasText: 'Dữ liệu mẫu' }).waitFor();
    await page.getByText(SAMPLE_INITIATIVES[0]!.title, { exact: true }).first().waitFor();
    await openMenu(app, 'Đề xuất lên cấp trên');
    await page.getByText('Đủ điều kiện', { exact: true }).nth(3).waitFor();
    const names = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? ''),
    );
    expect(names).toContain('sang-kien-desk-du-lieu-mau');

    await app.clickButton('Về dữ liệu của đơn vị');
    // The clerk's own database is still empty: first-run setup again, no banner.
    await app.waitForText('Thiết lập ban đầu');
    expect(await page.getByText(/^Dữ liệu mẫu:/).count()).toBe(0);
  });
});
