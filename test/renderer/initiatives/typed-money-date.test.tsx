// The form shows why typed money or a typed date is refused, and never saves a scaled figure.
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInitiative, emptyDraft } from '../../../renderer/src/db/initiatives';
import { setUpDb } from '../helpers';
import { renderDesk } from './render';

const SLOW = 60_000;
configure({ asyncUtilTimeout: 15_000 });

describe('money and dates typed on the initiative form', () => {
  it(
    'refuses "1,5" and "31/02/2021" on their fields with the reason, and keeps the record as it was',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      const created = await createInitiative(
        db,
        { ...emptyDraft(programme.id, office.unitId), title: 'Cải tiến máy hàn' },
        'Trần Thị Bình',
      );
      renderDesk(db, office, `#/initiatives/${created.id}`);

      const money = await screen.findByLabelText('Giá trị làm lợi (đồng/năm)');
      await user.type(money, '1,5');
      await user.tab();
      expect(
        await screen.findByText(/Trong "1,5", dấu "," không ngăn cách các nhóm ba chữ số/),
      ).toBeInTheDocument();

      const date = screen.getByLabelText('Ngày áp dụng lần đầu');
      await user.type(date, '31/02/2021');
      await user.tab();
      expect(
        await screen.findByText('Ngày 31 không có: tháng 2 năm 2021 chỉ có 28 ngày.'),
      ).toBeInTheDocument();

      // A later edit saves; the refused figure and date are left out, not scaled or blanked.
      await user.type(screen.getByLabelText('Tên sáng kiến'), ' hồ quang');
      await waitFor(async () =>
        expect((await db.initiatives.get(created.id))?.title).toBe('Cải tiến máy hàn hồ quang'),
      );
      const saved = await db.initiatives.get(created.id);
      expect(saved?.economicBenefit).toBeNull();
      expect(saved?.firstAppliedOn).toBeNull();

      await user.clear(money);
      await user.type(money, '1.250.000 đồng');
      await user.tab();
      await waitFor(async () =>
        expect((await db.initiatives.get(created.id))?.economicBenefit).toBe(1_250_000),
      );
    },
    SLOW,
  );
});
