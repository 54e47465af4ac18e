import { beforeEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { useListFilters } from '../../../renderer/src/features/initiatives/filters-store';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';
import { renderDesk } from '../initiatives/render';
import { pickOption } from '../setup/render-with-db';

const SLOW = 60_000;
configure({ asyncUtilTimeout: 15_000 });
beforeEach(() => useListFilters.getState().reset());

/** The seed programme accepts first applications from 01/02/2021 to 31/05/2021. */
const seeded = async () => {
  const env = await setUpDb();
  const base = { programmeId: env.programme.id, unitId: env.office.unitId };
  await importInitiatives(
    env.db,
    [
      completeInitiative({
        ...base,
        id: 'ready',
        title: 'Máy cắt tôn',
        status: 'recognised',
        updatedAt: '2021-03-03T00:00:00.000Z',
      }),
      completeInitiative({
        ...base,
        id: 'draft',
        title: 'Lọc nước tự động',
        content: '',
        authors: [author('Nguyễn Văn An', 60)],
        updatedAt: '2021-03-02T00:00:00.000Z',
      }),
      completeInitiative({
        ...base,
        id: 'late',
        title: 'Lò sấy',
        status: 'not_recognised',
        firstAppliedOn: '2021-07-01',
        updatedAt: '2021-03-01T00:00:00.000Z',
      }),
    ],
    'x',
  );
  return env;
};

const table = () => document.querySelector<HTMLElement>('.ant-table-wrapper')!;
const titles = () =>
  within(table())
    .queryAllByRole('link')
    .map((a) => a.textContent);
/** The "Hồ sơ" badge of the row whose link shows `title`. */
const badgeOf = (title: string) => {
  const link = within(table()).getByRole('link', { name: title });
  const row = link.closest<HTMLElement>('.ant-table-row');
  if (!row) throw new Error(`No row for ${title}`);
  // The status tag comes first, the readiness badge after it.
  const tags = row.querySelectorAll<HTMLElement>('.ant-tag');
  if (tags.length !== 2) throw new Error(`${tags.length} tags in the row of ${title}`);
  return tags[1]!;
};

describe('Readiness in the register', () => {
  it(
    'shows a badge per row, explains it on hover and filters by it',
    async () => {
      const user = userEvent.setup({
        delay: null,
        pointerEventsCheck: PointerEventsCheckLevel.Never,
      });
      const { db, office } = await seeded();
      renderDesk(db, office);
      await waitFor(() => expect(titles()).toEqual(['Máy cắt tôn', 'Lọc nước tự động', 'Lò sấy']));
      expect(within(table()).getByText('Hồ sơ')).toBeInTheDocument();
      expect(badgeOf('Máy cắt tôn')).toHaveTextContent('Đủ điều kiện');
      // Content and shares: two form problems, plus not submitted.
      expect(badgeOf('Lọc nước tự động')).toHaveTextContent('Chưa đủ (2)');
      expect(badgeOf('Lò sấy')).toHaveTextContent('Chưa đủ (2)');
      expect(badgeOf('Lò sấy')).toHaveClass('ant-tag-error');
      expect(badgeOf('Lọc nước tự động')).toHaveClass('ant-tag-warning');

      await user.hover(badgeOf('Lọc nước tự động'));
      const tip = await screen.findByRole('tooltip');
      await waitFor(() =>
        expect(
          within(tip)
            .getAllByRole('listitem')
            .map((li) => li.textContent),
        ).toEqual(['Còn 2 mục chưa hoàn chỉnh', 'Chưa nộp']),
      );
      await user.unhover(badgeOf('Lọc nước tự động'));

      const filter = screen.getByLabelText('Lọc theo hồ sơ');
      await pickOption(user, filter, 'Chưa đủ điều kiện');
      await waitFor(() => expect(titles()).toEqual(['Lọc nước tự động', 'Lò sấy']));
      expect(useListFilters.getState().readiness).toBe('not_ready');
      expect(await screen.findByText('2 sáng kiến')).toBeInTheDocument();

      await pickOption(user, filter, 'Đủ điều kiện');
      await waitFor(() => expect(titles()).toEqual(['Máy cắt tôn']));

      await pickOption(user, filter, 'Tất cả hồ sơ');
      await waitFor(() => expect(titles()).toHaveLength(3));
      expect(useListFilters.getState().readiness).toBeNull();
    },
    SLOW,
  );
});
