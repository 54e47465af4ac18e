import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { SessionPage } from '../../../renderer/src/features/appraisal/SessionPage';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import type { DeskDb } from '../../../renderer/src/db/database';
import { renderWithDb } from '../setup/render-with-db';
import { sessionDb } from './session-fixture';
import { SLOW, dialogWith } from './dialogs';

const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';

/** The score input of a criterion and member in the n-th initiative's grid. */
const cell = (criterion: string, member: string, n = 0) =>
  screen.getAllByLabelText(`Điểm ${criterion} – ${member}`)[n] as HTMLInputElement;

const openPage = async () => {
  const ctx = await sessionDb();
  const r = await renderWithDb(ctx.db, <SessionPage id={ctx.session.id} />);
  await waitFor(() => expect(screen.getAllByLabelText(`Điểm Tính mới – ${AN}`)).toHaveLength(3));
  return { ...ctx, ...r };
};

const confirmClose = async (user: Awaited<ReturnType<typeof renderWithDb>>['user']) => {
  await user.click(screen.getByRole('button', { name: 'Kết thúc phiên họp' }));
  await user.click(
    within(await dialogWith('Kết thúc phiên họp?')).getByRole('button', { name: 'Kết thúc' }),
  );
};

const sheetsOf = (db: DeskDb) => db.scoreSheets.toArray();

/** Every present member's sheet complete for every initiative, written through the repository. */
const scoreAll = async (ctx: Awaited<ReturnType<typeof sessionDb>>) => {
  for (const i of ctx.initiatives)
    for (const m of ['m1', 'm2', 'm3'])
      await saveSheet(
        ctx.db,
        {
          sessionId: ctx.session.id,
          initiativeId: i.id,
          memberId: m,
          scores: { novelty: 27, applicability: 25, benefit: 30 },
          comments: {},
        },
        'Bình',
      );
};

describe('SessionPage score grid', { timeout: 60_000 }, () => {
  it('moves right with Tab, down with Enter, back with Shift, and on to the next grid', async () => {
    const { user } = await openPage();
    await user.click(cell('Tính mới', AN));
    await user.keyboard('{Tab}');
    expect(cell('Khả năng áp dụng', AN)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(cell('Khả năng áp dụng', BINH)).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(cell('Tính mới', BINH)).toHaveFocus();
    // The end of a member's row wraps to the next member, the last cell to the next initiative.
    await user.click(cell('Hiệu quả – lợi ích', AN));
    await user.keyboard('{Tab}');
    expect(cell('Tính mới', BINH)).toHaveFocus();
    await user.click(cell('Hiệu quả – lợi ích', 'Lê Văn Cường'));
    await user.keyboard('{Tab}');
    expect(cell('Tính mới', AN, 1)).toHaveFocus();
  });

  it('refuses 31, "abc" and -1 where they are typed and saves none of them', async () => {
    const { user, db } = await openPage();
    await user.click(cell('Tính mới', AN));
    await user.keyboard('31');
    expect(await screen.findByText('Tính mới: tối đa 30 điểm')).toBeInTheDocument();
    expect(cell('Tính mới', AN)).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Tab}');
    expect(cell('Khả năng áp dụng', AN)).toHaveFocus();

    await user.keyboard('abc{Tab}');
    expect(await screen.findByText('Khả năng áp dụng: điểm phải là một số')).toBeInTheDocument();
    await user.keyboard('-1{Tab}');
    expect(await screen.findByText('Hiệu quả – lợi ích: điểm không được âm')).toBeInTheDocument();
    // Give a debounced save every chance to happen: nothing may reach the database.
    await new Promise((r) => setTimeout(r, 700));
    expect(await sheetsOf(db)).toHaveLength(0);
    // Refused before any write was tried, not by the repository after one.
    expect(screen.queryByText(/Chưa lưu được|Đang lưu/)).toBeNull();
  });

  it('refuses a novelty score outside every band', async () => {
    const { user, db } = await openPage();
    await user.type(cell('Tính mới', AN), '0,5');
    expect(await screen.findByText(/Tính mới: 0,5 không thuộc khung điểm nào/)).toBeInTheDocument();
    await user.keyboard('{Tab}');
    expect(await sheetsOf(db)).toHaveLength(0);
  });

  it('saves a valid score with its comment, shows its band and the saved state', async () => {
    const { user, db, session, initiatives } = await openPage();
    await user.click(cell('Tính mới', AN));
    await user.keyboard('28{Tab}');
    expect(screen.getByText('Hoàn toàn mới')).toBeInTheDocument();
    await waitFor(async () => expect(await sheetsOf(db)).toHaveLength(1));
    const [sheet] = await sheetsOf(db);
    expect(sheet).toMatchObject({
      sessionId: session.id,
      initiativeId: initiatives[0]!.id,
      memberId: 'm1',
      scores: { novelty: 28 },
      updatedBy: 'Trần Thị Bình',
    });
    expect(await screen.findByText(/Đã lưu lúc/)).toBeInTheDocument();

    // The next cell keeps the first: each write merges into the stored sheet.
    await user.keyboard('25{Enter}');
    await user.click(screen.getAllByLabelText(`Nhận xét Tính mới – ${AN}`)[0]!);
    await user.keyboard('Giải pháp mới ở xưởng');
    await user.click(cell('Hiệu quả – lợi ích', AN));
    await waitFor(async () =>
      expect((await sheetsOf(db))[0]).toMatchObject({
        scores: { novelty: 28, applicability: 25 },
        comments: { novelty: 'Giải pháp mới ở xưởng' },
      }),
    );
  });

  it('refuses to close with unfinished sheets and lists what is missing', async () => {
    const { user } = await openPage();
    await confirmClose(user);
    expect(await screen.findByText('Chưa kết thúc được phiên họp', {}, SLOW)).toBeInTheDocument();
    expect(
      screen.getByText(/Chưa chấm xong: Sáng kiến số 1; Sáng kiến số 2; Sáng kiến số 3/),
    ).toBeInTheDocument();
    expect(cell('Tính mới', AN)).not.toHaveAttribute('readonly');
  });

  it('locks the sheets on close; reopening needs a reason, then cells are editable again', async () => {
    const ctx = await sessionDb();
    await scoreAll(ctx);
    const { user } = await renderWithDb(ctx.db, <SessionPage id={ctx.session.id} />);
    await waitFor(() => expect(screen.getAllByLabelText(`Điểm Tính mới – ${AN}`)).toHaveLength(3));
    await waitFor(() => expect(cell('Tính mới', AN)).toHaveValue('27'));

    await confirmClose(user);
    expect(
      await screen.findByText('Phiên họp đã kết thúc — phiếu chấm đã khóa', {}, SLOW),
    ).toBeInTheDocument();
    expect((await ctx.db.sessions.get(ctx.session.id))?.closed).toBe(true);
    expect(cell('Tính mới', AN)).toHaveAttribute('readonly');
    await user.type(cell('Tính mới', AN), '5');
    expect(cell('Tính mới', AN)).toHaveValue('27');
    expect(screen.getAllByText('Công nhận').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Mở lại phiên họp' }));
    const dialog = within(await dialogWith('Lý do mở lại'));
    const ok = dialog.getByRole('button', { name: 'Mở lại' });
    expect(ok).toBeDisabled();
    await user.type(dialog.getByLabelText('Lý do mở lại'), '   ');
    expect(ok).toBeDisabled();
    await user.paste('Sửa điểm của ủy viên');
    await user.click(ok);

    await waitFor(() => expect(cell('Tính mới', AN)).not.toHaveAttribute('readonly'), SLOW);
    expect((await ctx.db.sessions.get(ctx.session.id))?.closed).toBe(false);
    const history = within(screen.getByRole('region', { name: 'Lịch sử' }));
    expect(history.getByText('Kết thúc phiên họp')).toBeInTheDocument();
    expect(history.getByText('Lý do: Sửa điểm của ủy viên')).toBeInTheDocument();

    await user.clear(cell('Tính mới', AN));
    await user.type(cell('Tính mới', AN), '21{Tab}');
    await waitFor(async () =>
      expect(
        (await ctx.db.scoreSheets.toArray()).find(
          (s) => s.memberId === 'm1' && s.initiativeId === ctx.initiatives[0]!.id,
        )?.scores.novelty,
      ).toBe(21),
    );
  });
});
