import { beforeEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { importInitiatives, trashInitiative } from '../../../renderer/src/db/initiatives';
import { createUnit } from '../../../renderer/src/db/units';
import { useListFilters } from '../../../renderer/src/features/initiatives/filters-store';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';
import { renderDesk } from './render';

// jsdom renders antd slowly, more so on a shared, busy machine.
const SLOW = 60_000;
configure({ asyncUtilTimeout: 15_000 });
beforeEach(() => useListFilters.getState().reset());

const seeded = async () => {
  const env = await setUpDb();
  const dongNai = await createUnit(
    env.db,
    { name: 'CĐCS Công ty Cấp nước Đồng Nai', kind: 'cdcs', parentId: env.office.unitId },
    'x',
  );
  const base = { programmeId: env.programme.id, unitId: env.office.unitId };
  await importInitiatives(
    env.db,
    [
      completeInitiative({
        ...base,
        id: 'a',
        title: 'Sáng kiến tiết kiệm điện năng',
        authors: [author('Trần Thị Bình', 100)],
        updatedAt: '2021-03-03T00:00:00.000Z',
      }),
      completeInitiative({
        ...base,
        id: 'b',
        unitId: dongNai.id,
        title: 'Lọc nước tự động',
        authors: [author('Nguyễn Văn An', 100)],
        status: 'submitted',
        economicBenefit: 1_250_000,
        updatedAt: '2021-03-02T00:00:00.000Z',
      }),
      completeInitiative({
        ...base,
        id: 'c',
        title: 'Máy cắt tôn',
        authors: [author('Lê Văn Châu', 100)],
        updatedAt: '2021-03-01T00:00:00.000Z',
      }),
    ],
    'x',
  );
  return env;
};

// A virtual table draws its body outside the header's <table>: rows are found by their links.
const table = () => document.querySelector<HTMLElement>('.ant-table-wrapper')!;
const titles = () =>
  within(table())
    .queryAllByRole('link')
    .map((a) => a.textContent);

describe('InitiativesScreen', () => {
  it(
    'lists the programme newest first with money, dates and status',
    async () => {
      const { db, office } = await seeded();
      renderDesk(db, office);
      await waitFor(() =>
        expect(titles()).toEqual([
          'Sáng kiến tiết kiệm điện năng',
          'Lọc nước tự động',
          'Máy cắt tôn',
        ]),
      );
      expect(await screen.findByText('3 sáng kiến')).toBeInTheDocument();
      expect(within(table()).getByText('1.250.000 đ')).toBeInTheDocument();
      expect(within(table()).getByText('02/03/2021')).toBeInTheDocument();
      expect(within(table()).getByText('CĐCS Công ty Cấp nước Đồng Nai')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'searches without diacritics: "sang kien" and "dong nai" (a unit name)',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office } = await seeded();
      renderDesk(db, office);
      await waitFor(() => expect(titles()).toHaveLength(3));
      const search = screen.getByLabelText('Tìm kiếm');
      expect(search).toHaveAttribute('placeholder', 'Tìm theo tên sáng kiến, tác giả, đơn vị…');

      await user.type(search, 'sang kien');
      await waitFor(() => expect(titles()).toEqual(['Sáng kiến tiết kiệm điện năng']));
      await user.clear(search);
      await user.type(search, 'dong nai');
      await waitFor(() => expect(titles()).toEqual(['Lọc nước tự động']));
      await user.clear(search);
      await user.type(search, 'CHÂU'.normalize('NFD'));
      await waitFor(() => expect(titles()).toEqual(['Máy cắt tôn']));
      await user.clear(search);
      await user.type(search, 'khong ton tai');
      await waitFor(() => expect(titles()).toEqual([]));
      expect(screen.getByText('Không có sáng kiến nào')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'counts per status and filters by a clicked count',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office } = await seeded();
      renderDesk(db, office);
      const draftTag = await screen.findByRole('checkbox', { name: 'Nháp 2' });
      expect(screen.getByRole('checkbox', { name: 'Đã nộp 1' })).toBeInTheDocument();
      await user.click(screen.getByRole('checkbox', { name: 'Đã nộp 1' }));
      await waitFor(() => expect(titles()).toEqual(['Lọc nước tự động']));
      // Counts stay those of the other filters, so the clerk can switch tags.
      expect(draftTag).toHaveAccessibleName('Nháp 2');
      await user.click(screen.getByRole('checkbox', { name: 'Đã nộp 1' }));
      await waitFor(() => expect(titles()).toHaveLength(3));
    },
    SLOW,
  );

  it(
    'sorts authors by given name, the Vietnamese way',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office } = await seeded();
      renderDesk(db, office);
      await waitFor(() => expect(titles()).toHaveLength(3));
      await user.click(within(table()).getByText('Tác giả'));
      // An, Bình, Châu: by the last word, whatever the family name.
      await waitFor(() =>
        expect(titles()).toEqual([
          'Lọc nước tự động',
          'Sáng kiến tiết kiệm điện năng',
          'Máy cắt tôn',
        ]),
      );
      await user.click(within(table()).getByText('Tác giả'));
      await waitFor(() =>
        expect(titles()).toEqual([
          'Máy cắt tôn',
          'Sáng kiến tiết kiệm điện năng',
          'Lọc nước tự động',
        ]),
      );
    },
    SLOW,
  );

  it(
    'shows a restorable trash',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office } = await seeded();
      await trashInitiative(db, 'c', 'x');
      renderDesk(db, office, '#/trash');
      const restore = await screen.findByRole('button', { name: 'Khôi phục' });
      expect(screen.getByRole('link', { name: 'Máy cắt tôn' })).toBeInTheDocument();
      await user.click(restore);
      await waitFor(async () => expect((await db.initiatives.get('c'))?.deletedAt).toBeNull());
      expect(await screen.findByText('Thùng rác trống')).toBeInTheDocument();
    },
    SLOW,
  );
});
