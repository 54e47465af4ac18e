// The council's steps for appraisal-flow.test.ts, in the words of the screens: labels, buttons,
// menu items. Each step waits for what the clerk would see before the next one starts, never for
// time. The first-run setup and "Thêm đơn vị" are the register flow's own steps (clerk-flow-steps).
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { OFFICE } from './clerk-flow-steps';
import type { App } from './harness';
import { putInPage, readStoresInPage } from './idb-in-page';

export { OFFICE, addUnit, completeSetup } from './clerk-flow-steps';

/** The unit added on the Đơn vị screen; the third initiative stays with the office's own unit. */
export const UNIT_NAME = 'Tổ Cơ điện';

export const COUNCIL = {
  name: 'Hội đồng sáng kiến Công ty Tân Phú năm 2021',
  members: [
    { name: 'Nguyễn Văn An', title: 'Phó Giám đốc', role: 'Chủ tịch Hội đồng' },
    { name: 'Lê Thị Hoa', title: 'Trưởng phòng Kỹ thuật', role: 'Thư ký' },
    { name: 'Trần Minh Đức', title: 'Quản đốc phân xưởng', role: 'Ủy viên' },
  ],
} as const;

export const CRITERIA = ['Tính mới', 'Khả năng áp dụng', 'Hiệu quả – lợi ích'] as const;

export interface InitiativeSpec {
  title: string;
  /** Unit by name; null keeps the unit of the initiative the copy is made from. */
  unitName: string | null;
  author: string;
  /** As typed in the form (dd/mm/yyyy, 1.250.000) … */
  firstAppliedOn: string;
  benefit: string;
}

/**
 * Three submitted initiatives; their titles sort in this order (C < Đ < S in Vietnamese), which is
 * the order "Chọn tất cả" puts them in the session and so the order of the grids.
 * A is recorded through the form; B and C are copies of it written straight into IndexedDB.
 */
export const INITIATIVES = {
  A: {
    title: 'Cải tiến khuôn dập tôn có cảm biến vị trí',
    unitName: UNIT_NAME,
    author: 'Phạm Văn Bình',
    firstAppliedOn: '15/03/2021',
    benefit: '125.000.000', // ≥ 80.000.000 đ: a Bằng Lao động sáng tạo candidate
  },
  B: {
    title: 'Đồ gá hàn khung xe đẩy hàng',
    unitName: null,
    author: 'Võ Thị Cúc',
    firstAppliedOn: '20/03/2021',
    benefit: '45.000.000',
  },
  C: {
    title: 'Sắp xếp lại kho vật tư theo mã màu',
    unitName: OFFICE.unitName, // the office's own unit
    author: 'Đặng Quốc Huy',
    firstAppliedOn: '01/04/2021',
    benefit: '12.000.000',
  },
} as const satisfies Record<string, InitiativeSpec>;

export const SESSION = { date: '12/05/2021', place: 'Hội trường Công ty Tân Phú' } as const;

/**
 * The sheets as typed: per initiative, a row per member (council order), a column per criterion
 * (Tính mới, Khả năng áp dụng, Hiệu quả – lợi ích). "25,5": half points with a decimal comma.
 * A: 90 / 87 / 93 → 90;  B: 67,5 / 62 / 66 → 65,17;  C: 37 / 36 / 33 → 35,33 (below 50).
 */
export const SCORES: Record<keyof typeof INITIATIVES, string[][]> = {
  A: [
    ['28', '27', '35'],
    ['27', '26', '34'],
    ['29', '28', '36'],
  ],
  B: [
    ['20', '22', '25,5'],
    ['18', '20', '24'],
    ['19', '21', '26'],
  ],
  C: [
    ['10', '12', '15'],
    ['12', '10', '14'],
    ['8', '11', '14'],
  ],
};

/** Opens a screen from the left-hand menu and waits for its heading. */
export const openScreen = async (app: App, item: string, title = item): Promise<void> => {
  await app.page.getByRole('menuitem', { name: item, exact: true }).click();
  await heading(app, title).waitFor();
};

/** The screen's main heading (each screen has one h3). */
export const heading = (app: App, text: string | RegExp): Locator =>
  app.page.getByRole('heading', { level: 3, name: text, exact: typeof text === 'string' });

/** A row of an antd table (the register's virtual one too), found by its text. */
export const tableRow = (app: App, text: string): Locator =>
  app.page.locator('.ant-table-row').filter({ hasText: text });

/**
 * The rows of an antd table as records keyed by column title, so a check reads "Hạng" and not
 * "the fourth cell". Every header cell is taken in order, so the table must have a single header row.
 */
export const tableRecords = async (table: Locator): Promise<Record<string, string>[]> =>
  table.evaluate((el) => {
    const heads = [...el.querySelectorAll('thead th')].map((th) =>
      (th as HTMLElement).innerText.trim(),
    );
    return [...el.querySelectorAll('tbody tr.ant-table-row')].map((tr) => {
      const cells = [...tr.querySelectorAll(':scope > td')].map((td) =>
        (td as HTMLElement).innerText.trim(),
      );
      return Object.fromEntries(heads.map((h, n) => [h, cells[n] ?? '']));
    });
  });

/** Step: the application form for one initiative, saved and submitted ("Đã nộp"). */
export const recordAndSubmit = async (app: App, spec: InitiativeSpec): Promise<void> => {
  const page = app.page;
  await openScreen(app, 'Sáng kiến');
  await app.clickButton(/Thêm sáng kiến$/); // antd's icon adds "plus" to the name
  await heading(app, 'Sáng kiến mới').waitFor();
  await app.fillByLabel('Tên sáng kiến', spec.title);
  if (spec.unitName) await app.selectByLabel('Đơn vị', spec.unitName);
  await app.selectByLabel('Lĩnh vực', 'Sản xuất có giá trị cao');
  await app.fillByLabel('Lĩnh vực áp dụng', 'Dập tôn lợp mái tại phân xưởng cơ khí');
  await app.fillByLabel('Tình trạng giải pháp đã biết', 'Căn khuôn bằng tay, 40 phút mỗi ca.');
  await app.fillByLabel('Nội dung giải pháp', 'Cảm biến vị trí và PLC tự căn khuôn.');
  await app.fillByLabel('Tính mới', 'Chưa áp dụng ở đơn vị nào trong tỉnh.');
  await app.fillByLabel('Khả năng áp dụng', 'Mọi máy dập cùng loại.');
  await app.fillByLabel('Ngày áp dụng lần đầu', spec.firstAppliedOn);
  await app.fillByLabel('Giá trị làm lợi (đồng/năm)', spec.benefit);
  await app.clickButton(/Thêm tác giả$/);
  await page.getByLabel('Họ và tên tác giả 1', { exact: true }).fill(spec.author);
  await page.getByText('Tổng tỷ lệ: 100%', { exact: true }).waitFor();
  await heading(app, spec.title).waitFor();
  await page.keyboard.press('Control+s');
  await app.waitForMessage({ kind: 'success', text: 'Đã lưu.' });
  await app.clickButton('Nộp sáng kiến');
  await app.waitForMessage({ kind: 'success', text: 'Đã nộp sáng kiến.' });
};

/**
 * Writes copies of the submitted initiative `sourceTitle` into the app's IndexedDB, as the app
 * stores them, then reloads so the app reads them like any other.
 */
export const seedCopies = async (
  app: App,
  sourceTitle: string,
  copies: readonly InitiativeSpec[],
): Promise<void> => {
  const toIso = (d: string) => d.split('/').reverse().join('-');
  const plain = copies.map((c) => ({
    title: c.title,
    unitName: c.unitName,
    author: c.author,
    firstAppliedOn: toIso(c.firstAppliedOn),
    benefit: Number(c.benefit.replace(/\./g, '')),
  }));
  type Rec = Record<string, unknown> & { id: string };
  const { initiatives, units } = await readStoresInPage<Rec>(app.page, ['initiatives', 'units']);
  const source = initiatives!.find((i) => i['title'] === sourceTitle);
  if (!source) throw new Error(`No initiative "${sourceTitle}" to copy`);
  if (source['status'] !== 'submitted') throw new Error(`"${sourceTitle}" is not submitted`);
  const records = plain.map((c) => {
    const unitId = c.unitName
      ? units!.find((u) => u['name'] === c.unitName)?.id
      : (source['unitId'] as string);
    if (!unitId) throw new Error(`No unit "${c.unitName}"`);
    const now = new Date().toISOString();
    const [first] = source['authors'] as Rec[];
    const authors = [{ ...first, id: crypto.randomUUID(), name: c.author, sharePercent: 100 }];
    return {
      ...source,
      id: crypto.randomUUID(),
      title: c.title,
      unitId,
      economicBenefit: c.benefit,
      firstAppliedOn: c.firstAppliedOn,
      updatedAt: now,
      authors,
      createdAt: now,
    };
  });
  await putInPage(app.page, { initiatives: records });
  await app.page.reload({ waitUntil: 'load' });
};

/**
 * Sets member `n`'s role, unless it already shows (a new council starts with a Chủ tịch, added
 * members are Ủy viên). The option is clicked in this Select's own popup: the popup of the Select
 * used just before may still be fading out, with the same options in it.
 */
const pickRole = async (app: App, n: number, role: string): Promise<void> => {
  const page = app.page;
  const input = page.getByLabel(`Vai trò thành viên ${n}`, { exact: true });
  const shown = page.locator('.ant-select').filter({ has: input }).locator('.ant-select-content');
  if ((await shown.innerText()).trim() === role) return;
  const id = await input.getAttribute('id');
  await input.click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .filter({ has: page.locator(`[id="${id}_list"]`) })
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${role}$`) })
    .click();
  await expect.poll(() => shown.innerText()).toBe(role);
};

/** Step: the first council, its three members with their titles and roles, saved. */
export const setUpCouncil = async (app: App): Promise<void> => {
  const page = app.page;
  await openScreen(app, 'Hội đồng');
  await page.getByText('Hội đồng mới', { exact: true }).waitFor(); // open from the start
  await app.fillByLabel('Tên Hội đồng', COUNCIL.name);
  for (const [n, m] of COUNCIL.members.entries()) {
    if (n > 0) await app.clickButton('Thêm thành viên');
    await app.fillByLabel(`Họ và tên thành viên ${n + 1}`, m.name);
    await app.fillByLabel(`Chức vụ thành viên ${n + 1}`, m.title);
    await pickRole(app, n + 1, m.role);
  }
  await app.clickButton('Lưu Hội đồng');
  await app.waitForMessage({ kind: 'success', text: 'Đã lưu Hội đồng' });
  // The saved council is its own card, titled with its name; the "new" form is gone.
  await page.locator('.ant-card-head-title').filter({ hasText: COUNCIL.name }).waitFor();
  await page.getByText('Hội đồng mới', { exact: true }).waitFor({ state: 'detached' });
};

/** Step: "Tạo phiên họp" with the date and place, everyone present, all three initiatives. */
export const createSession = async (app: App): Promise<void> => {
  await openScreen(app, 'Phiên họp Hội đồng');
  await app.page.getByRole('button', { name: 'Tạo phiên họp', exact: true }).click();
  const dialog = app.dialog('Tạo phiên họp');
  await dialog.getByLabel('Ngày họp', { exact: true }).fill(SESSION.date);
  await dialog.getByLabel('Địa điểm', { exact: true }).fill(SESSION.place);
  // Everyone of the council is present by default.
  for (const m of COUNCIL.members) {
    const box = dialog.getByRole('checkbox', { name: `${m.name} (${m.role})`, exact: true });
    expect(await box.isChecked()).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Chọn tất cả (3)', exact: true }).click();
  for (const i of Object.values(INITIATIVES))
    await dialog.locator('.ant-select-selection-item').filter({ hasText: i.title }).waitFor();
  await dialog.getByRole('button', { name: 'Tạo phiên họp', exact: true }).click();
  await app.waitForMessage({ kind: 'success', text: 'Đã tạo phiên họp' });
  await heading(app, new RegExp(`^Phiên họp ngày ${SESSION.date}`)).waitFor();
};

/** The score grid (card) of one initiative on the session page. */
export const grid = (app: App, title: string): Locator =>
  app.page.locator('.ant-card').filter({
    has: app.page.locator('.ant-card-head-title').filter({ hasText: title }),
  });

/** The score input of one criterion of one member's sheet. */
export const scoreInput = (scope: Locator, criterion: string, member: string): Locator =>
  scope.getByLabel(`Điểm ${criterion} – ${member}`, { exact: true });

/** The `grid:row:col` of the focused score cell, or null. */
export const focusedCell = (app: App): Promise<string | null> =>
  app.page.evaluate(() => document.activeElement?.getAttribute('data-score-cell') ?? null);

/** Types into the focused cell after checking it is the expected one, then presses `key`. */
export const typeAt = async (app: App, cell: string, value: string, key: string): Promise<void> => {
  expect(await focusedCell(app), `focus before typing ${value}`).toBe(cell);
  await app.page.keyboard.type(value);
  await app.page.keyboard.press(key);
};

/** The session's score sheets as stored, with the initiative's title and the member's name. */
export const storedSheets = async (app: App) => {
  const { scoreSheets, initiatives, councils } = await readStoresInPage(app.page, [
    'scoreSheets',
    'initiatives',
    'councils',
  ]);
  const sheets = scoreSheets as {
    initiativeId: string;
    memberId: string;
    scores: Record<string, number | null>;
    comments: Record<string, string>;
  }[];
  const rows = initiatives as { id: string; title: string }[];
  const members = (councils as { members: { id: string; name: string }[] }[]).flatMap(
    (c) => c.members,
  );
  return sheets.map((s) => ({
    initiative: rows.find((r) => r.id === s.initiativeId)?.title ?? s.initiativeId,
    member: members.find((m) => m.id === s.memberId)?.name ?? s.memberId,
    scores: s.scores,
    comments: s.comments,
  }));
};

/** The session page's results table ("Kết quả chấm điểm"). */
export const sessionResults = (app: App): Locator =>
  app.page.getByRole('region', { name: 'Kết quả chấm điểm' }).locator('table');

/** The session page's history ("Lịch sử"). */
export const sessionHistory = (app: App): Locator =>
  app.page.getByRole('region', { name: 'Lịch sử', exact: true });

/** Step: "Kết thúc phiên họp", confirmed. */
export const closeSession = async (app: App): Promise<void> => {
  await app.clickButton('Kết thúc phiên họp');
  const confirm = app.dialog('Kết thúc phiên họp?');
  await confirm.getByRole('button', { name: 'Kết thúc', exact: true }).click();
  await app.waitForMessage({ kind: 'success', text: 'Đã kết thúc phiên họp; phiếu chấm đã khóa.' });
  await confirm.waitFor({ state: 'hidden' });
};

/** Step: "Mở lại phiên họp": refused without a reason, done with one. */
export const reopenSession = async (app: App, reason: string): Promise<void> => {
  await app.clickButton('Mở lại phiên họp');
  const dialog = app.dialog('Mở lại phiên họp');
  const ok = dialog.getByRole('button', { name: 'Mở lại', exact: true });
  await dialog.getByLabel('Lý do mở lại', { exact: true }).waitFor();
  expect(await ok.isDisabled(), 'no reason, no reopening').toBe(true);
  await dialog.getByLabel('Lý do mở lại', { exact: true }).fill(reason);
  await ok.click();
  await app.waitForMessage({ kind: 'success', text: 'Đã mở lại phiên họp.' });
  await dialog.waitFor({ state: 'hidden' });
};
