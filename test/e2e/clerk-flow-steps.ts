// The clerk's steps for clerk-flow.test.ts, in the words of the screens: labels, buttons, menu
// items. Each step waits for what the clerk would see before the next one starts, never for time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import type { App } from './harness';

/** Who the office is (first-run setup). */
export const OFFICE = {
  unitName: 'CĐCS Công ty TNHH Cơ khí Tân Phú',
  kind: 'Công đoàn cơ sở',
  parentBody: 'LĐLĐ tỉnh Đồng Nai',
  place: 'Biên Hòa',
  chairName: 'Phạm Quốc Dũng',
  chairTitle: 'Chủ tịch Công đoàn',
  email: 'congdoan.tanphu@example.vn',
  userName: 'Trần Thị Mai',
} as const;

export const PROGRAMME_NAME = '75 ngàn sáng kiến vượt khó, phát triển';
export const PROGRAMME_DEADLINE = '20/04/2021';

export const UNIT_NAME = 'Tổ Cơ điện';

export const INITIATIVE = {
  title: 'Cải tiến máy dập tôn tự động ở Đồng Nai',
  field: 'Sản xuất có giá trị cao',
  texts: {
    'Lĩnh vực áp dụng': 'Dập tôn lợp mái tại phân xưởng cơ khí',
    'Tình trạng giải pháp đã biết': 'Máy dập cũ phải căn chỉnh khuôn bằng tay, mất 40 phút mỗi ca.',
    'Nội dung giải pháp': 'Lắp cảm biến vị trí và bộ điều khiển PLC để tự căn khuôn.',
    'Tính mới': 'Chưa áp dụng ở đơn vị nào trong tỉnh.',
    'Khả năng áp dụng': 'Áp dụng được cho mọi máy dập cùng loại.',
    'Lợi ích xã hội': 'Giảm tai nạn kẹp tay khi căn khuôn.',
  },
  firstAppliedOn: '15/03/2021',
  benefit: '125.000.000',
  editedBenefit: '150.000.000',
  authors: [
    { name: 'Nguyễn Văn An', share: 60 },
    { name: 'Lê Thị Hoa', share: 40 },
  ],
} as const;

/** A small, real-looking PDF and a 21 MB file (over the 20 MB limit), in a temp folder. */
export interface TestFiles {
  small: { path: string; name: string };
  big: { path: string; name: string };
  cleanup: () => void;
}

export const makeTestFiles = (): TestFiles => {
  const dir = mkdtempSync(join(tmpdir(), 'skd-clerk-files-'));
  const small = { name: 'Bản vẽ máy dập tôn.pdf', path: '' };
  small.path = join(dir, small.name);
  writeFileSync(
    small.path,
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Bản vẽ khuôn dập, tổ Cơ điện\n%%EOF\n',
  );
  const big = { name: 'Video quay máy dập.mp4', path: '' };
  big.path = join(dir, big.name);
  writeFileSync(big.path, Buffer.alloc(21 * 1024 * 1024, 0x61));
  return { small, big, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

/** Opens a screen from the left-hand menu. */
export const openMenu = async (app: App, item: string): Promise<void> => {
  await app.page.getByRole('menuitem', { name: item, exact: true }).click();
};

/** The programme bar at the top of every screen. */
export const programmeBar = (app: App): Locator => app.page.locator('header').first();

/** The screen's main heading (each screen has one h3). */
export const heading = (app: App, text: string): Locator =>
  app.page.getByRole('heading', { level: 3, name: text, exact: true });

/** A row of the register (virtual table) or of the trash, found by its text. */
export const tableRow = (app: App, text: string): Locator =>
  app.page.locator('.ant-table-row').filter({ hasText: text });

/** "N sáng kiến" under the register's toolbar. */
export const registerCount = (app: App, n: number): Locator =>
  app.page.getByText(`${n} sáng kiến`, { exact: true });

/** The message toast holding `text`, to click a button inside it. */
export const toast = (app: App, text: string | RegExp): Locator =>
  app.page.locator('.ant-message-notice').filter({ hasText: text });

/** The save status line of the initiative page ("Đã lưu lúc 10:32"). */
export const saveStatus = (app: App): Locator =>
  app.page.getByRole('status').filter({ hasText: /Đã lưu lúc|Đang lưu|Chưa lưu được/ });

/** The "Lịch sử thay đổi" panel of the initiative page. */
export const history = (app: App): Locator =>
  app.page.getByRole('region', { name: 'Lịch sử thay đổi' });

/** Step 1: the first-run form, every field filled, "Công đoàn cơ sở" picked. */
export const completeSetup = async (app: App): Promise<void> => {
  await app.waitForText('Thiết lập ban đầu');
  await app.fillByLabel('Tên đơn vị', OFFICE.unitName);
  await app.selectByLabel('Cấp công đoàn', new RegExp(`^${OFFICE.kind}$`));
  await app.fillByLabel('Cơ quan cấp trên', OFFICE.parentBody);
  await app.fillByLabel('Địa danh ghi trên văn bản', OFFICE.place);
  await app.fillByLabel('Họ tên người ký', OFFICE.chairName);
  await app.fillByLabel('Chức vụ người ký', OFFICE.chairTitle);
  await app.fillByLabel('Email của đơn vị', OFFICE.email);
  await app.fillByLabel('Tên người sử dụng', OFFICE.userName);
};

/** Step 2: "Thêm đơn vị" on the Đơn vị screen; it sits under the office's own unit by default. */
export const addUnit = async (app: App, name: string): Promise<void> => {
  await openMenu(app, 'Đơn vị');
  await heading(app, 'Đơn vị').waitFor();
  await app.clickButton('Thêm đơn vị');
  const dialog = app.dialog('Thêm đơn vị');
  await dialog.getByLabel('Tên đơn vị', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await app.waitForMessage({ kind: 'success', text: `Đã lưu đơn vị “${name}”` });
  await dialog.waitFor({ state: 'hidden' });
};

/** Step 3: the application form, filled field by field as a clerk would. */
export const fillInitiative = async (app: App, unitName: string): Promise<void> => {
  const page = app.page;
  await app.fillByLabel('Tên sáng kiến', INITIATIVE.title);
  await app.selectByLabel('Đơn vị', unitName);
  await app.selectByLabel('Lĩnh vực', INITIATIVE.field);
  for (const [label, text] of Object.entries(INITIATIVE.texts)) await app.fillByLabel(label, text);
  await app.fillByLabel('Ngày áp dụng lần đầu', INITIATIVE.firstAppliedOn);
  await app.fillByLabel('Giá trị làm lợi (đồng/năm)', INITIATIVE.benefit);
  for (const [n, author] of INITIATIVE.authors.entries()) {
    await app.clickButton(/Thêm tác giả$/);
    await page.getByLabel(`Họ và tên tác giả ${n + 1}`, { exact: true }).fill(author.name);
    await page.getByLabel(`Tỷ lệ đóng góp tác giả ${n + 1}`, { exact: true }).fill('');
    await page
      .getByLabel(`Tỷ lệ đóng góp tác giả ${n + 1}`, { exact: true })
      .fill(String(author.share));
  }
};

/** The file input of "Tài liệu kèm theo" (the label is tied to antd Upload's hidden input). */
export const attachmentInput = (app: App): Locator =>
  app.page.getByLabel('Tài liệu kèm theo', { exact: true });

/** The listed attachment named `name` (its download button carries the name). */
export const listedAttachment = (app: App, name: string): Locator =>
  app.page.getByRole('button', { name: `Tải về ${name}`, exact: true });

/** Ctrl+S: saves what is pending now and says "Đã lưu." (what clerks press out of habit). */
export const saveNow = async (app: App): Promise<void> => {
  await app.page.keyboard.press('Control+s');
  await app.waitForMessage({ kind: 'success', text: 'Đã lưu.' });
};

/** Opens the initiative from the register by its title link. */
export const openInitiative = async (app: App, title: string): Promise<void> => {
  await app.page.getByRole('link', { name: title, exact: true }).click();
  await app.page.getByRole('heading', { level: 3, name: title, exact: true }).waitFor();
};

/** Asks to delete from the initiative page and confirms in the dialog. */
export const deleteFromPage = async (app: App): Promise<void> => {
  await app.clickButton('Xóa');
  const confirm = app.dialog('Chuyển sáng kiến vào thùng rác?');
  await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
  await confirm.waitFor({ state: 'hidden' });
};

/**
 * A screenshot once the screen has settled: no table still loading and no transition half-way
 * (antd fades a table in after loading; a shot taken mid-fade shows grey text).
 */
export const snap = async (app: App, name: string): Promise<string> => {
  await app.page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-blur, .ant-spin-spinning') &&
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
  );
  return app.screenshot(name);
};
