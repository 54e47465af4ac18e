// The clerk's whole first day, end to end: production build, real Chromium, real IndexedDB and the
// real main handlers. First-run setup → a unit → an initiative with authors and a file → submit →
// close and reopen the app → search without diacritics → edit and read the history → delete,
// undo, delete again and restore from the trash. A screenshot of each screen goes to
// test-results/screenshots/clerk-flow-*.png.
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import {
  INITIATIVE,
  OFFICE,
  PROGRAMME_DEADLINE,
  PROGRAMME_NAME,
  UNIT_NAME,
  addUnit,
  attachmentInput,
  completeSetup,
  deleteFromPage,
  fillInitiative,
  heading,
  history,
  listedAttachment,
  makeTestFiles,
  openInitiative,
  openMenu,
  programmeBar,
  registerCount,
  saveNow,
  saveStatus,
  snap,
  tableRow,
  toast,
  type TestFiles,
} from './clerk-flow-steps';

let app: App | undefined;
let files: TestFiles | undefined;

afterEach(async () => {
  files?.cleanup();
  files = undefined;
  // close() fails the test when the page threw an uncaught error.
  await app?.close();
  app = undefined;
});

const STEP_TIMEOUT = 10_000;
const text = (l: { innerText: () => Promise<string> }) => () => l.innerText();
/** Console errors and warnings other than CSP reports (the harness notes those are expected). */
const consoleProblems = (a: App) =>
  a.consoleErrors.filter((e) => !/Content Security Policy/i.test(e));

describe('clerk flow', () => {
  it('sets up, records, submits, finds, edits, deletes and restores an initiative', async () => {
    files = makeTestFiles();
    app = await startApp();
    app.page.setDefaultTimeout(STEP_TIMEOUT);
    const { title } = INITIATIVE;

    // 1. First run: who the office is; the preset programme becomes the active one.
    await completeSetup(app);
    await snap(app, 'clerk-flow-1-setup');
    await app.clickButton('Bắt đầu sử dụng');
    await app.waitForMessage({ kind: 'success', text: 'Đã lưu thông tin đơn vị' });
    await heading(app, 'Sáng kiến').waitFor();
    await expect.poll(text(programmeBar(app))).toContain(PROGRAMME_NAME);
    expect(await programmeBar(app).innerText()).toContain(`Hạn nộp hồ sơ: ${PROGRAMME_DEADLINE}`);
    expect(await programmeBar(app).innerText()).toContain('0 / 2.800 sáng kiến');
    // Its items stand apart: an invalid CSS gap once glued them ("0 / 2.800 sáng kiếnBằng LĐST").
    const barGap = await programmeBar(app)
      .locator('.ant-flex')
      .first()
      .evaluate((e) => getComputedStyle(e).columnGap);
    expect(Number.parseFloat(barGap)).toBeGreaterThanOrEqual(8);
    await registerCount(app, 0).waitFor();

    // 2. A unit under the office, shown one level down in the tree.
    await addUnit(app, UNIT_NAME);
    const unitRow = app.page.locator('tr.ant-table-row-level-1').filter({ hasText: UNIT_NAME });
    await unitRow.waitFor();
    expect(await unitRow.innerText()).toContain('Công đoàn cơ sở');
    const rootRow = app.page
      .locator('tr.ant-table-row-level-0')
      .filter({ hasText: OFFICE.unitName });
    expect(await rootRow.innerText()).toContain('Đơn vị của văn phòng');
    await snap(app, 'clerk-flow-2-units');

    // The programme screen lists the preset as the one being carried out.
    await openMenu(app, 'Chương trình');
    const programmeRow = tableRow(app, PROGRAMME_NAME);
    await programmeRow.waitFor();
    const programmeText = await programmeRow.innerText();
    expect(programmeText).toContain('Đang thực hiện');
    expect(programmeText).toContain(PROGRAMME_DEADLINE);
    expect(programmeText).toContain('2.800 sáng kiến');
    await snap(app, 'clerk-flow-3-programmes');

    // 3. A new initiative, every field the submit needs, two authors and a file.
    await openMenu(app, 'Sáng kiến');
    await app.clickButton(/Thêm sáng kiến$/); // antd's icon adds "plus" to the name
    await heading(app, 'Sáng kiến mới').waitFor();
    await fillInitiative(app, UNIT_NAME);
    await heading(app, title).waitFor(); // the heading follows the title as typed
    await app.page.getByText('Tổng tỷ lệ: 100%', { exact: true }).waitFor();

    await attachmentInput(app).setInputFiles(files.small.path);
    await listedAttachment(app, files.small.name).waitFor();

    // 21 MB: refused, said so with the 20 MB limit, and not listed.
    await attachmentInput(app).setInputFiles(files.big.path);
    const refusal = await app.waitForMessage({ kind: 'error', text: files.big.name });
    expect(refusal).toContain('21 MB');
    expect(refusal).toContain('giới hạn 20 MB');
    // …and stays written under the field once the toast is gone.
    await app.page
      .locator('form')
      .getByRole('alert')
      .filter({ hasText: 'giới hạn 20 MB' })
      .waitFor();
    expect(await listedAttachment(app, files.big.name).count()).toBe(0);
    expect(await app.page.getByRole('button', { name: /^Tải về / }).count()).toBe(1);

    await saveNow(app);
    await expect.poll(text(saveStatus(app))).toMatch(/^Đã lưu lúc \d{2}:\d{2}$/);
    await snap(app, 'clerk-flow-4-initiative-form');

    // 4. Submit: the status becomes "Đã nộp" and the submit button goes away.
    await app.clickButton('Nộp sáng kiến');
    await app.waitForMessage({ kind: 'success', text: 'Đã nộp sáng kiến.' });
    await app.page
      .locator('.ant-tag')
      .filter({ hasText: /^Đã nộp$/ })
      .waitFor();
    await app.page.getByRole('button', { name: 'Nộp sáng kiến' }).waitFor({ state: 'detached' });
    await expect.poll(text(history(app))).toContain('Trạng thái: Nháp → Đã nộp');
    await expect.poll(text(programmeBar(app))).toContain('1 / 2.800 sáng kiến');

    // 5. Close the app and start it again on the same profile: everything is still there.
    await app.reopen();
    app.page.setDefaultTimeout(STEP_TIMEOUT);
    await openMenu(app, 'Sáng kiến');
    await heading(app, 'Sáng kiến').waitFor();
    const row = tableRow(app, title);
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('Nguyễn Văn An, Lê Thị Hoa');
    expect(rowText).toContain(UNIT_NAME);
    expect(rowText).toContain(INITIATIVE.field);
    expect(rowText).toContain('125.000.000 đ');
    expect(rowText).toContain('Đã nộp');
    await registerCount(app, 1).waitFor();
    await snap(app, 'clerk-flow-5-initiatives-list');

    // 6. Nonsense finds nothing; then a search without diacritics finds it again (from 0 to 1,
    // so the match is the search's doing, not the list as it was).
    const search = app.page.getByLabel('Tìm kiếm', { exact: true });
    await search.fill('xyzzy khong co sang kien nay');
    await registerCount(app, 0).waitFor();
    await app.page.getByText('Không có sáng kiến nào').waitFor();
    expect(await row.count()).toBe(0);
    await search.fill('may dap ton dong nai');
    await registerCount(app, 1).waitFor();
    await row.waitFor();
    await search.fill('');

    // Its page after the reopen: authors, shares and the file are still there.
    await openInitiative(app, title);
    const page = app.page;
    expect(await page.getByLabel('Họ và tên tác giả 1', { exact: true }).inputValue()).toBe(
      'Nguyễn Văn An',
    );
    expect(await page.getByLabel('Họ và tên tác giả 2', { exact: true }).inputValue()).toBe(
      'Lê Thị Hoa',
    );
    expect(await page.getByLabel('Tỷ lệ đóng góp tác giả 1', { exact: true }).inputValue()).toBe(
      '60',
    );
    expect(await page.getByLabel('Tỷ lệ đóng góp tác giả 2', { exact: true }).inputValue()).toBe(
      '40',
    );
    expect(await page.getByLabel('Ngày áp dụng lần đầu', { exact: true }).inputValue()).toBe(
      INITIATIVE.firstAppliedOn,
    );
    await listedAttachment(app, files.small.name).waitFor();

    // 7. Edit the benefit: the history says who changed it, from what to what.
    await app.fillByLabel('Giá trị làm lợi (đồng/năm)', INITIATIVE.editedBenefit);
    await saveNow(app);
    const change = `Giá trị làm lợi (đồng/năm): ${INITIATIVE.benefit} đ → ${INITIATIVE.editedBenefit} đ`;
    const entry = history(app).locator('li').filter({ hasText: change }).first();
    await entry.waitFor();
    const entryText = await entry.innerText();
    expect(entryText).toContain('Sửa');
    expect(entryText).toContain(OFFICE.userName);
    await snap(app, 'clerk-flow-6-initiative-history');

    // 8a. Delete (confirmed): gone from the list; "Hoàn tác" brings it back.
    await deleteFromPage(app);
    await heading(app, 'Sáng kiến').waitFor();
    await registerCount(app, 0).waitFor();
    await toast(app, 'vào thùng rác').getByRole('button', { name: 'Hoàn tác' }).click();
    await app.waitForMessage({ kind: 'success', text: 'Đã khôi phục sáng kiến.' });
    await registerCount(app, 1).waitFor();
    await row.waitFor();

    // 8b. Delete again: it waits in Thùng rác, and "Khôi phục" there brings it back.
    await openInitiative(app, title);
    await deleteFromPage(app);
    await registerCount(app, 0).waitFor();
    await openMenu(app, 'Thùng rác');
    await heading(app, 'Thùng rác').waitFor();
    const trashed = tableRow(app, title);
    await trashed.waitFor();
    expect(await trashed.innerText()).toContain('Nguyễn Văn An, Lê Thị Hoa');
    await snap(app, 'clerk-flow-7-trash');
    await trashed.getByRole('button', { name: 'Khôi phục' }).click();
    await app.waitForMessage({ kind: 'success', text: `Đã khôi phục “${title}”.` });
    await app.page.getByText('Thùng rác trống').waitFor();
    await openMenu(app, 'Sáng kiến');
    await registerCount(app, 1).waitFor();
    expect(await row.innerText()).toContain('150.000.000 đ');

    // No uncaught page error (close() checks) and no console error or warning along the way.
    expect(consoleProblems(app)).toEqual([]);
  });
});
