// "Sao lưu ngay" then restore, end to end: the production build in Chromium with real IndexedDB
// (real Blobs), the real backup handlers writing real zips in a temp data folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import {
  INITIATIVE,
  attachmentInput,
  completeSetup,
  heading,
  listedAttachment,
  makeTestFiles,
  openInitiative,
  openMenu,
  saveNow,
  type TestFiles,
} from './clerk-flow-steps';

let app: App | undefined;
let files: TestFiles | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
  files?.cleanup();
  files = undefined;
});

const CHANGED = 'Tên đã sửa sau khi sao lưu';

describe('backup and restore', () => {
  it('"Sao lưu ngay" to a chosen folder, then restore that file: the records and the file come back', async () => {
    app = await startApp();
    files = makeTestFiles();
    await completeSetup(app);
    await app.clickButton('Bắt đầu sử dụng');
    await app.waitForMessage({ kind: 'success', text: 'Đã lưu thông tin đơn vị' });

    // An initiative with a file, saved.
    await heading(app, 'Sáng kiến').waitFor();
    await app.clickButton(/Thêm sáng kiến$/);
    await heading(app, 'Sáng kiến mới').waitFor();
    await app.fillByLabel('Tên sáng kiến', INITIATIVE.title);
    await attachmentInput(app).setInputFiles(files.small.path);
    await listedAttachment(app, files.small.name).waitFor();
    await saveNow(app);

    // The first start of the day made the daily backup in the data folder, once the first screen
    // had its grace time (renderer/src/app/startup-pause.ts).
    const backups = join(app.dataDir, 'backups');
    await expect
      .poll(() => (existsSync(backups) ? readdirSync(backups).join(' ') : ''), { timeout: 30_000 })
      .toMatch(/_hang-ngay\.skdb/);

    // "Sao lưu ngay": progress, then a copy where the clerk chose (the harness's save folder).
    await openMenu(app, 'Sao lưu & khôi phục');
    await heading(app, 'Sao lưu & khôi phục').waitFor();
    await app.clickButton('Sao lưu ngay');
    const done = await app.waitForMessage({
      kind: 'success',
      text: 'Đã sao lưu vào thư mục dữ liệu',
    });
    const copy = /chép ra "(.+\.skdb)"/.exec(done)?.[1];
    expect(copy).toBeDefined();
    expect(readFileSync(copy!).subarray(0, 2).toString('latin1')).toBe('PK');
    await app.page.locator('.ant-table-row').filter({ hasText: 'Sao lưu ngay' }).waitFor();
    expect(await app.page.locator('.ant-table-row').first().innerText()).toMatch(
      /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\s+Sao lưu ngay\s+\d+,\d{2} MB/,
    );
    await app.screenshot('backup-screen');

    // Changes after the backup.
    await openMenu(app, 'Sáng kiến');
    await openInitiative(app, INITIATIVE.title);
    await app.fillByLabel('Tên sáng kiến', CHANGED);
    await app.page.getByRole('button', { name: `Bỏ tệp ${files.small.name}` }).click();
    await saveNow(app);

    // Restore the copy: confirmed with the backup's date, the current state saved first.
    await openMenu(app, 'Sao lưu & khôi phục');
    await heading(app, 'Sao lưu & khôi phục').waitFor();
    app.chooseNextOpenFile(copy!);
    await app.clickButton('Khôi phục từ tệp…');
    const confirm = app.dialog(/Khôi phục bản sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\?/);
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('1 sáng kiến, 1 tệp đính kèm');
    await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    // The page reloads onto the same screen, which says what happened and where the old state is.
    await app.page
      .getByRole('alert')
      .filter({ hasText: /Đã khôi phục bản sao lưu lúc .*_truoc-khoi-phuc\.skdb/ })
      .waitFor();
    expect(readdirSync(backups).join(' ')).toMatch(/_truoc-khoi-phuc\.skdb/);

    // The page reloaded: the register shows the title as it was, and the file's bytes are back.
    await openMenu(app, 'Sáng kiến');
    await openInitiative(app, INITIATIVE.title);
    await app.page.getByRole('button', { name: `Tải về ${files.small.name}` }).click();
    await app.waitForMessage({ kind: 'success', text: 'Đã lưu tệp vào' });
    const downloaded = app.savedFiles.at(-1)!;
    expect(downloaded.bytes.equals(readFileSync(files.small.path))).toBe(true);
    expect(await app.page.getByText(CHANGED).count()).toBe(0);
  });
});
