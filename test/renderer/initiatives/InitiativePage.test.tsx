import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createInitiative,
  emptyDraft,
  listHistory,
  trashInitiative,
} from '../../../renderer/src/db/initiatives';
import { setUpDb } from '../helpers';
import { renderDesk } from './render';

const by = 'Trần Thị Bình';
// jsdom renders this long antd form slowly, more so on a shared, busy machine.
const SLOW = 60_000;
configure({ asyncUtilTimeout: 15_000 });

/** The share total line and whether antd paints it red. */
const total = (text: string) => {
  const el = screen.getByText(text).closest('.ant-typography');
  if (!el) throw new Error('total line is not a Typography element');
  return el;
};

/** Clicks "Thêm sáng kiến" once the list knows the active programme. */
const addInitiative = async (user: ReturnType<typeof userEvent.setup>) => {
  const add = await screen.findByRole('button', { name: /Thêm sáng kiến/ });
  await waitFor(() => expect(add).toBeEnabled());
  await user.click(add);
};

/** Waits for the router to open an initiative's page and returns its id. */
const openedId = async (): Promise<string> => {
  await waitFor(() => expect(window.location.hash).toMatch(/^#\/initiatives\/[\w-]+$/));
  await screen.findByRole('button', { name: 'Quay lại danh sách' });
  return decodeURIComponent(window.location.hash.split('/')[2]!);
};

describe('InitiativePage', () => {
  it(
    'creates a draft from the list, autosaves what the clerk types and records history',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office } = await setUpDb();
      renderDesk(db, office);
      await addInitiative(user);
      const id = await openedId();
      const title = screen.getByLabelText('Tên sáng kiến');

      await user.type(title, 'Cải tiến máy hàn');
      await waitFor(
        async () => expect((await db.initiatives.get(id))?.title).toBe('Cải tiến máy hàn'),
        {
          timeout: 3000,
        },
      );
      expect(await screen.findByText(/Đã lưu lúc \d{2}:\d{2}/)).toBeInTheDocument();

      await user.type(screen.getByLabelText('Giá trị làm lợi (đồng/năm)'), '1250000');
      await user.tab();
      expect(screen.getByLabelText('Giá trị làm lợi (đồng/năm)')).toHaveValue('1.250.000');
      await waitFor(async () =>
        expect((await db.initiatives.get(id))?.economicBenefit).toBe(1_250_000),
      );

      // Many autosaves of one visit are one history entry.
      const history = await listHistory(db, id);
      expect(history.map((h) => h.action)).toEqual(['update', 'create']);
      const timeline = screen.getByRole('region', { name: 'Lịch sử thay đổi' });
      await waitFor(() =>
        expect(
          within(timeline).getByText('Tên sáng kiến: (trống) → Cải tiến máy hàn'),
        ).toBeInTheDocument(),
      );
    },
    SLOW,
  );

  it(
    'keeps a live share total over the authors table, red until 100%',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
      renderDesk(db, office, `#/initiatives/${draft.id}`);

      await user.click(await screen.findByRole('button', { name: /Thêm tác giả/ }));
      await user.type(screen.getByLabelText('Họ và tên tác giả 1'), 'Nguyễn Văn An');
      expect(total('Tổng tỷ lệ: 100%')).not.toHaveClass('ant-typography-danger');

      await user.click(screen.getByRole('button', { name: /Thêm tác giả/ }));
      await user.type(screen.getByLabelText('Họ và tên tác giả 2'), 'Lê Thị Hoa');
      const share1 = screen.getByLabelText('Tỷ lệ đóng góp tác giả 1');
      await user.clear(share1);
      await user.type(share1, '60');
      expect(total('Tổng tỷ lệ: 60%')).toHaveClass('ant-typography-danger');
      await user.type(screen.getByLabelText('Tỷ lệ đóng góp tác giả 2'), '{Backspace}40');
      expect(total('Tổng tỷ lệ: 100%')).not.toHaveClass('ant-typography-danger');

      await waitFor(async () => {
        const saved = await db.initiatives.get(draft.id);
        expect(saved?.authors.map((a) => [a.name, a.sharePercent])).toEqual([
          ['Nguyễn Văn An', 60],
          ['Lê Thị Hoa', 40],
        ]);
      });

      await user.click(screen.getByRole('button', { name: 'Xóa tác giả 1' }));
      expect(total('Tổng tỷ lệ: 40%')).toHaveClass('ant-typography-danger');
    },
    SLOW,
  );

  it(
    'reads a share typed with the Vietnamese decimal comma (33,33), never as 3333 or 7,5 as 75',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
      renderDesk(db, office, `#/initiatives/${draft.id}`);
      for (const n of [1, 2, 3]) {
        await user.click(await screen.findByRole('button', { name: /Thêm tác giả/ }));
        await user.type(screen.getByLabelText(`Họ và tên tác giả ${n}`), `Tác giả ${n}`);
      }
      for (const [n, typed] of [
        [1, '33,33'],
        [2, '59,17'],
        [3, '7,5'],
      ] as const) {
        const share = screen.getByLabelText(`Tỷ lệ đóng góp tác giả ${n}`);
        await user.clear(share);
        await user.type(share, typed);
        await user.tab();
        expect(share).toHaveValue(typed);
      }
      expect(total('Tổng tỷ lệ: 100%')).not.toHaveClass('ant-typography-danger');
      await waitFor(async () => {
        const saved = await db.initiatives.get(draft.id);
        expect(saved?.authors.map((a) => a.sharePercent)).toEqual([33.33, 59.17, 7.5]);
      });
    },
    SLOW,
  );

  it(
    'refuses to submit an incomplete draft, showing why on the fields, and submits nothing',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
      renderDesk(db, office, `#/initiatives/${draft.id}`);
      await user.type(await screen.findByLabelText('Tên sáng kiến'), 'Máy hàn');
      await user.click(screen.getByRole('button', { name: 'Nộp sáng kiến' }));

      const list = await screen.findByText('Chưa nộp được sáng kiến vì:');
      expect(list).toBeInTheDocument();
      // On the field, under its input.
      const novelty = screen.getByLabelText('Tính mới');
      await waitFor(() => expect(novelty).toHaveAttribute('aria-invalid', 'true'));
      expect(screen.getAllByText('Chưa nhập: Tính mới').length).toBeGreaterThanOrEqual(2);
      expect(screen.getAllByText('Cần ít nhất một tác giả').length).toBeGreaterThanOrEqual(1);
      expect(screen.getByLabelText('Tên sáng kiến')).not.toHaveAttribute('aria-invalid', 'true');

      const saved = await db.initiatives.get(draft.id);
      expect(saved?.status).toBe('draft');
      expect(saved?.title).toBe('Máy hàn'); // pending edits were saved first
      expect((await listHistory(db, draft.id)).map((h) => h.action)).not.toContain('submit');

      // Typing into a refused field clears its message.
      await user.type(novelty, 'Lần đầu');
      await waitFor(() => expect(novelty).not.toHaveAttribute('aria-invalid', 'true'));
    },
    SLOW,
  );

  it(
    'moves to the trash after confirmation, and "Hoàn tác" restores it',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
      renderDesk(db, office, `#/initiatives/${draft.id}`);
      await user.type(await screen.findByLabelText('Tên sáng kiến'), 'Tiết kiệm điện');
      await user.click(screen.getByRole('button', { name: 'Xóa' }));
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getAllByText('Chuyển sáng kiến vào thùng rác?').length).toBeGreaterThan(
        0,
      );
      await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));

      await waitFor(() => expect(window.location.hash).toBe('#/initiatives'));
      expect((await db.initiatives.get(draft.id))?.deletedAt).not.toBeNull();
      expect((await db.initiatives.get(draft.id))?.title).toBe('Tiết kiệm điện');

      await user.click(await screen.findByRole('button', { name: 'Hoàn tác' }));
      await waitFor(async () => expect((await db.initiatives.get(draft.id))?.deletedAt).toBeNull());
      expect((await listHistory(db, draft.id)).map((h) => h.action).slice(0, 2)).toEqual([
        'restore',
        'delete',
      ]);
      expect(await screen.findByRole('link', { name: 'Tiết kiệm điện' })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'discards a brand-new draft left untouched',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office } = await setUpDb();
      renderDesk(db, office);
      await addInitiative(user);
      await openedId();
      expect(await db.initiatives.count()).toBe(1);
      await user.click(screen.getByRole('button', { name: 'Quay lại danh sách' }));
      await waitFor(async () => expect(await db.initiatives.count()).toBe(0));
    },
    SLOW,
  );

  it(
    'attaches files, refuses one over 20 MB with the limit stated',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
      renderDesk(db, office, `#/initiatives/${draft.id}`);
      const input = await screen.findByLabelText('Tài liệu kèm theo');

      await user.upload(input, new File(['bản vẽ'], 'ban-ve.pdf', { type: 'application/pdf' }));
      expect(await screen.findByText('ban-ve.pdf')).toBeInTheDocument();
      await waitFor(async () =>
        expect((await db.initiatives.get(draft.id))?.attachments.map((a) => a.name)).toEqual([
          'ban-ve.pdf',
        ]),
      );

      const big = new File([new Uint8Array(21 * 1024 * 1024)], 'video.mp4', { type: 'video/mp4' });
      // rc-upload renders a fresh <input> after each pick: look it up again.
      await user.upload(screen.getByLabelText('Tài liệu kèm theo'), big);
      expect(
        (await screen.findAllByText(/"video\.mp4".*vượt giới hạn 20 MB/)).length,
      ).toBeGreaterThan(0);
      expect(screen.queryByText('video.mp4')).toBeNull();
      expect(await db.attachments.count()).toBe(1);

      await user.click(screen.getByRole('button', { name: 'Bỏ tệp ban-ve.pdf' }));
      await waitFor(async () =>
        expect((await db.initiatives.get(draft.id))?.attachments).toEqual([]),
      );
    },
    SLOW,
  );

  it(
    'shows a trashed initiative read-only, with "Khôi phục"',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      const draft = await createInitiative(
        db,
        { ...emptyDraft(programme.id, office.unitId), title: 'Đã bỏ' },
        by,
      );
      await trashInitiative(db, draft.id, by);
      renderDesk(db, office, `#/initiatives/${draft.id}`);
      expect(await screen.findByLabelText('Tên sáng kiến')).toBeDisabled();
      expect(screen.queryByRole('button', { name: 'Nộp sáng kiến' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Khôi phục' }));
      await waitFor(() => expect(screen.getByLabelText('Tên sáng kiến')).toBeEnabled());
      expect((await db.initiatives.get(draft.id))?.deletedAt).toBeNull();
    },
    SLOW,
  );
});
