// The council's day, end to end (issue 3): production build, real Chromium, real IndexedDB.
// A council of three (Chủ tịch, Thư ký, Ủy viên) → a session with everyone present and three
// submitted initiatives → every sheet typed in the keyboard grid (Tab right, Enter down, ↓ for a
// comment; 31 for Tính mới refused where it is typed and never saved) → totals, averages, ranks and
// conclusions → close: sheets locked, statuses follow the conclusions, Kết quả xét chọn ranks 1..3
// → reopen with a reason → the history keeps both. Screenshots go to
// test-results/screenshots/appraisal-flow-*.png.
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import {
  COUNCIL,
  CRITERIA,
  INITIATIVES,
  OFFICE,
  SCORES,
  SESSION,
  UNIT_NAME,
  addUnit,
  closeSession,
  completeSetup,
  createSession,
  focusedCell,
  grid,
  heading,
  openScreen,
  recordAndSubmit,
  reopenSession,
  scoreInput,
  seedCopies,
  sessionHistory,
  sessionResults,
  setUpCouncil,
  storedSheets,
  tableRecords,
  tableRow,
  typeAt,
} from './appraisal-flow-steps';

let app: App | undefined;

afterEach(async () => {
  // close() fails the test when the page threw an uncaught error.
  await app?.close();
  app = undefined;
});

const STEP_TIMEOUT = 10_000;
const REASON = 'Thư ký ghi nhầm điểm Tính mới của sáng kiến “Đồ gá hàn khung xe đẩy hàng”';
/** Console errors other than CSP reports (the harness notes those are expected). */
const consoleErrors = (a: App) =>
  a.consoleErrors.filter((e) => e.startsWith('[error]') && !/Content Security Policy/i.test(e));

const { A, B, C } = INITIATIVES;
const MEMBERS = COUNCIL.members.map((m) => m.name);
const CRITERION_IDS = ['novelty', 'applicability', 'benefit'] as const;
const number = (typed: string) => Number(typed.replace(',', '.'));

/** Every sheet as it must be stored once all is typed, sorted for comparison. */
const expectedSheets = () =>
  (['A', 'B', 'C'] as const)
    .flatMap((k) =>
      MEMBERS.map((member, r) => ({
        initiative: INITIATIVES[k].title,
        member,
        scores: Object.fromEntries(CRITERION_IDS.map((id, c) => [id, number(SCORES[k][r]![c]!)])),
      })),
    )
    .sort((x, y) => `${x.initiative}${x.member}`.localeCompare(`${y.initiative}${y.member}`));

describe('appraisal flow', () => {
  it('a council of three scores three initiatives, ranks them, closes, locks and reopens', async () => {
    const started = Date.now();
    app = await startApp();
    const page = app.page;
    page.setDefaultTimeout(STEP_TIMEOUT);

    // 1. First run, a unit, one initiative through the form and two copies beside it.
    await completeSetup(app);
    await app.clickButton('Bắt đầu sử dụng');
    await app.waitForMessage({ kind: 'success', text: 'Đã lưu thông tin đơn vị' });
    await heading(app, 'Sáng kiến').waitFor();
    await addUnit(app, UNIT_NAME);
    await recordAndSubmit(app, A);
    await seedCopies(app, A.title, [B, C]);
    await openScreen(app, 'Sáng kiến');
    await page.getByText('3 sáng kiến', { exact: true }).waitFor();
    for (const i of [A, B, C]) {
      const row = tableRow(app, i.title);
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('Đã nộp');
      expect(text).toContain(i.author);
    }
    expect(await tableRow(app, C.title).innerText()).toContain(OFFICE.unitName);

    // 2. The council: three members with their titles and roles.
    await setUpCouncil(app);
    for (const [n, m] of COUNCIL.members.entries()) {
      expect(
        await page.getByLabel(`Họ và tên thành viên ${n + 1}`, { exact: true }).inputValue(),
      ).toBe(m.name);
      expect(
        await page.getByLabel(`Chức vụ thành viên ${n + 1}`, { exact: true }).inputValue(),
      ).toBe(m.title);
      const role = page.locator('.ant-table-row').nth(n).locator('.ant-select-content');
      expect(await role.innerText()).toBe(m.role);
    }
    await app.screenshot('appraisal-flow-1-council');

    // 3. A session: the date and place, all three present, all three initiatives.
    await createSession(app);
    expect(await page.locator('.ant-descriptions').innerText()).toContain(
      COUNCIL.members.map((m) => `${m.name} (${m.role})`).join('; '),
    );
    // The grids come in the session's order; Tab and Enter run through them in that order.
    expect(await page.locator('.ant-card-head-title').allInnerTexts()).toEqual([
      `1. ${A.title}`,
      `2. ${B.title}`,
      `3. ${C.title}`,
    ]);
    const [gA, gB, gC] = [grid(app, A.title), grid(app, B.title), grid(app, C.title)];
    const [an, hoa] = MEMBERS as [string, string, string];

    // 4a. 31 for Tính mới: refused on the spot, and never saved, even once the cell is left.
    const first = scoreInput(gA, 'Tính mới', an);
    await first.click();
    await typeAt(app, '0:0:0', '31', 'Tab');
    await gA.getByRole('alert').filter({ hasText: 'Tính mới: tối đa 30 điểm' }).waitFor();
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    await typeAt(app, '0:0:1', SCORES.A[0]![1]!, 'Tab'); // leaving a cell saves it
    await expect
      .poll(async () => (await storedSheets(app!)).find((s) => s.member === an)?.scores, {
        timeout: STEP_TIMEOUT,
      })
      .toMatchObject({ applicability: 27 });
    const afterRefusal = (await storedSheets(app)).find((s) => s.member === an)!;
    expect(afterRefusal.scores['novelty'] ?? null).toBeNull();
    expect(await first.inputValue()).toBe('31'); // still shown, so the clerk sees what to fix
    expect(await gA.getByLabel(`Tổng điểm – ${an}`).innerText()).toBe('Chưa đủ');

    // Back with Shift+Tab, the right value replaces the refused one.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await typeAt(app, '0:0:0', SCORES.A[0]![0]!, 'Tab');
    await gA.getByRole('alert').waitFor({ state: 'detached' });
    expect(await first.getAttribute('aria-invalid')).toBe('false');
    expect(await focusedCell(app)).toBe('0:0:1');
    await page.keyboard.press('Tab');
    await typeAt(app, '0:0:2', SCORES.A[0]![2]!, 'Tab');

    // 4b. The rest of A along each member's sheet with Tab; it runs on into B's grid.
    for (const r of [1, 2])
      for (const c of [0, 1, 2]) await typeAt(app, `0:${r}:${c}`, SCORES.A[r]![c]!, 'Tab');

    // 4c. B criterion by criterion, down the members with Enter; it runs on into C's grid.
    for (const c of [0, 1, 2])
      for (const r of [0, 1, 2]) await typeAt(app, `1:${r}:${c}`, SCORES.B[r]![c]!, 'Enter');

    // 4d. C with Tab, and a comment under the chairman's Tính mới (↓ to it, Tab on from it).
    await typeAt(app, '2:0:0', SCORES.C[0]![0]!, 'ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-comment-cell')),
    ).toBe('2:0:0');
    const comment = 'Kho vật tư ở xưởng 2 đã làm tương tự';
    await page.keyboard.type(comment);
    await page.keyboard.press('Tab');
    for (const r of [0, 1, 2])
      for (const c of [0, 1, 2])
        if (r > 0 || c > 0) await typeAt(app, `2:${r}:${c}`, SCORES.C[r]![c]!, 'Tab');

    // Every sheet is stored as typed, and the grid says so.
    await expect
      .poll(
        async () =>
          (await storedSheets(app!))
            .map(({ initiative, member, scores }) => ({ initiative, member, scores }))
            .sort((x, y) =>
              `${x.initiative}${x.member}`.localeCompare(`${y.initiative}${y.member}`),
            ),
        { timeout: STEP_TIMEOUT },
      )
      .toEqual(expectedSheets());
    const chairOnC = (await storedSheets(app)).find(
      (s) => s.initiative === C.title && s.member === an,
    );
    expect(chairOnC?.comments).toEqual({ novelty: comment });
    await page
      .getByRole('status')
      .filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ })
      .waitFor();
    const totals = { A: ['90', '87', '93'], B: ['67,5', '62', '66'], C: ['37', '36', '33'] };
    for (const [g, k] of [
      [gA, 'A'],
      [gB, 'B'],
      [gC, 'C'],
    ] as const)
      for (const [r, m] of MEMBERS.entries())
        expect(await g.getByLabel(`Tổng điểm – ${m}`).innerText()).toBe(totals[k][r]);
    // Each Tính mới shows its band beside it.
    expect(await gA.getByText('Hoàn toàn mới', { exact: true }).count()).toBe(3);
    expect(await gB.getByText('Trung bình', { exact: true }).count()).toBe(3);
    expect(await gC.getByText('Cải tiến nhỏ', { exact: true }).count()).toBe(3);
    expect(await scoreInput(gB, CRITERIA[2], an).inputValue()).toBe('25,5');

    // 5. Results under the grids: totals, average, highest, lowest, ranks and a provisional verdict.
    const results = async () =>
      new Map((await tableRecords(sessionResults(app!))).map((r) => [r['Sáng kiến'], r]));
    await expect
      .poll(async () => (await results()).get(C.title)?.['Hạng trong chương trình'])
      .toBe('3');
    const provisional = await results();
    expect(provisional.get(A.title)).toMatchObject({
      'Tổng điểm từng thành viên': `${an}: 90\n${hoa}: 87\n${MEMBERS[2]}: 93`,
      'Trung bình': '90',
      'Cao nhất': '93',
      'Thấp nhất': '87',
      'Hạng trong chương trình': '1',
      'Hạng trong đơn vị': '1',
    });
    expect(provisional.get(B.title)).toMatchObject({
      'Trung bình': '65,17',
      'Cao nhất': '67,5',
      'Thấp nhất': '62',
      'Hạng trong chương trình': '2',
      'Hạng trong đơn vị': '2',
    });
    expect(provisional.get(C.title)).toMatchObject({
      'Trung bình': '35,33',
      'Cao nhất': '37',
      'Thấp nhất': '33',
      'Hạng trong chương trình': '3',
      'Hạng trong đơn vị': '1', // the only one of the office's own unit
    });
    expect(provisional.get(A.title)?.['Kết luận']).toMatch(
      /^Công nhận\s*Tạm tính\s*Điểm trung bình 90 đạt mức 50$/,
    );
    expect(provisional.get(B.title)?.['Kết luận']).toMatch(/^Công nhận\s*Tạm tính/);
    expect(provisional.get(C.title)?.['Kết luận']).toMatch(
      /^Không công nhận\s*Tạm tính\s*Điểm trung bình 35,33 dưới mức 50$/,
    );
    expect(provisional.get(A.title)?.['Bằng LĐST']).toMatch(
      /^Ứng viên Bằng LĐST\s*Giá trị làm lợi 125\.000\.000/,
    );
    expect(provisional.get(B.title)?.['Bằng LĐST']).toBe('');
    await app.screenshot('appraisal-flow-2-session-grid');

    // 6. Close: the verdicts become official and every cell is locked.
    await closeSession(app);
    await heading(app, /Đã kết thúc$/).waitFor();
    await page.getByText('Phiên họp đã kết thúc — phiếu chấm đã khóa', { exact: true }).waitFor();
    await app.page.getByRole('button', { name: 'Mở lại phiên họp', exact: true }).waitFor();
    await expect
      .poll(async () =>
        [...(await results()).values()].map((r) => /Chính thức/.test(r['Kết luận']!)),
      )
      .toEqual([true, true, true]);
    const cells = page.locator('input[data-score-cell], input[data-comment-cell]');
    expect(await cells.count()).toBe(2 * 3 * 3 * 3);
    for (const cell of await cells.all()) expect(await cell.isEditable()).toBe(false);
    // Typing into a locked cell changes nothing.
    await first.focus();
    await page.keyboard.type('5');
    expect(await first.inputValue()).toBe('28');
    await app.screenshot('appraisal-flow-3-closed-session');

    // 7. Kết quả xét chọn: ranked 1..3 with the council's conclusions.
    await openScreen(app, 'Kết quả xét chọn');
    const table = page.locator('section[aria-labelledby="results-title"] table');
    await tableRow(app, C.title).waitFor();
    const ranked = await tableRecords(table);
    expect(
      ranked.map((r) => [r['Hạng'], r['Tên sáng kiến'], r['Đơn vị'], r['Trung bình']]),
    ).toEqual([
      ['1', A.title, UNIT_NAME, '90'],
      ['2', B.title, UNIT_NAME, '65,17'],
      ['3', C.title, OFFICE.unitName, '35,33'],
    ]);
    expect(ranked.map((r) => r['Hạng trong đơn vị'])).toEqual(['1', '2', '1']);
    expect(ranked[0]!['Kết luận']).toMatch(/^Công nhận\s*Chính thức/);
    expect(ranked[1]!['Kết luận']).toMatch(/^Công nhận\s*Chính thức/);
    expect(ranked[2]!['Kết luận']).toMatch(/^Không công nhận\s*Chính thức/);
    expect(ranked.map((r) => r['Bằng LĐST'] !== '')).toEqual([true, false, false]);
    await app.screenshot('appraisal-flow-4-results');

    // 8. The register follows the conclusions.
    const statuses = async () => {
      await openScreen(app!, 'Sáng kiến');
      await tableRow(app!, C.title).waitFor();
      return Promise.all([A, B, C].map(async (i) => tableRow(app!, i.title).innerText()));
    };
    const [sA, sB, sC] = await statuses();
    expect(sA).toContain('Được công nhận');
    expect(sB).toContain('Được công nhận');
    expect(sC).toContain('Không công nhận');

    // 9. Reopen with a reason: cells open again and the history keeps both, newest first.
    await openScreen(app, 'Phiên họp Hội đồng');
    const sessionRow = tableRow(app, SESSION.place);
    expect(await sessionRow.innerText()).toMatch(/3\s+3\/3\s+Đã kết thúc/);
    await sessionRow.getByRole('button', { name: SESSION.date, exact: true }).click();
    await heading(app, /Đã kết thúc$/).waitFor();
    await reopenSession(app, REASON);
    await heading(app, /Đang họp$/).waitFor();
    const entries = sessionHistory(app).locator('.ant-timeline-item');
    await expect.poll(() => entries.count()).toBe(2);
    const [reopened, closed] = await entries.allInnerTexts();
    expect(reopened).toContain('Mở lại phiên họp');
    expect(reopened).toContain(`Lý do: ${REASON}`);
    expect(reopened).toContain(OFFICE.userName);
    expect(closed).toContain('Kết thúc phiên họp');
    expect(closed).toContain(OFFICE.userName);
    expect(closed).not.toContain('Lý do');
    expect(await first.isEditable()).toBe(true);

    // A correction after the reopen is kept in the history too, with before → after.
    await first.click();
    await page.keyboard.press('Control+A');
    await typeAt(app, '0:0:0', '27', 'Tab');
    await expect.poll(() => entries.count(), { timeout: STEP_TIMEOUT }).toBe(3);
    const [correction] = await entries.allInnerTexts();
    expect(correction).toContain('Sửa');
    expect(correction).toContain(`${A.title} · ${an} · Tính mới: ${SCORES.A[0]![0]!} → 27`);
    await expect
      .poll(async () => (await results()).get(A.title)?.['Kết luận'])
      .toMatch(/^Công nhận\s*Tạm tính/);
    await app.screenshot('appraisal-flow-5-reopened');

    // …and the initiatives are back under appraisal.
    for (const s of await statuses()) expect(s).toContain('Đang thẩm định');

    expect(consoleErrors(app)).toEqual([]);
    console.info(`appraisal flow: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
