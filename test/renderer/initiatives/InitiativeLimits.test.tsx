// Limits that guide, never block: a long paste into one field must not stop the others saving,
// and length is counted on NFC text whatever the keyboard typed.
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInitiative, emptyDraft } from '../../../renderer/src/db/initiatives';
import { setUpDb } from '../helpers';
import { renderDesk } from './render';

const by = 'Trần Thị Bình';
// jsdom renders this long antd form slowly, more so on a shared, busy machine.
const SLOW = 60_000;
configure({ asyncUtilTimeout: 15_000 });

const openDraft = async () => {
  const { db, office, programme } = await setUpDb();
  const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
  renderDesk(db, office, `#/initiatives/${draft.id}`);
  await screen.findByRole('button', { name: 'Quay lại danh sách' });
  return { db, id: draft.id };
};

describe('limits on the initiative form', () => {
  it(
    'keeps saving the other fields after a paste over the limit, which stays marked on the form',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, id } = await openDraft();
      const title = screen.getByLabelText('Tên sáng kiến');
      const long = 'Cải tiến '.repeat(70); // 630 letters, over the 500 of a title
      await user.click(title);
      await user.paste(long);

      const message = 'Tên sáng kiến dài 630 ký tự, quá giới hạn 500 ký tự. Hãy rút gọn.';
      expect((await screen.findAllByText(message)).length).toBeGreaterThanOrEqual(1);
      expect(title).toHaveValue(long);
      expect(screen.getByText('630 / 500')).toBeInTheDocument();

      await user.type(screen.getByLabelText('Tính mới'), 'Lần đầu áp dụng');
      await waitFor(async () =>
        expect((await db.initiatives.get(id))?.novelty).toBe('Lần đầu áp dụng'),
      );
      expect((await db.initiatives.get(id))?.title).toBe('');
      expect(title).toHaveValue(long);

      // Cut back under the limit: the title saves too, and the mark goes.
      await user.clear(title);
      await user.paste('Cải tiến máy hàn');
      await waitFor(async () =>
        expect((await db.initiatives.get(id))?.title).toBe('Cải tiến máy hàn'),
      );
      // antd lets the error fade out, so wait for it to leave.
      await waitFor(() => expect(screen.queryAllByText(message)).toHaveLength(0));
    },
    SLOW,
  );

  it(
    'counts a title typed in decomposed Unicode by the letters the clerk sees',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, id } = await openDraft();
      const title = screen.getByLabelText('Tên sáng kiến');
      await user.click(title);
      await user.paste('ế'.repeat(300).normalize('NFD'));
      expect(screen.getByText('300 / 500')).toBeInTheDocument();
      await waitFor(async () =>
        expect((await db.initiatives.get(id))?.title).toBe('ế'.repeat(300)),
      );
      expect(screen.queryByText(/quá giới hạn/)).toBeNull();
    },
    SLOW,
  );
});
