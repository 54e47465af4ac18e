import { afterEach, describe, expect, it } from 'vitest';
import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { setLoadPacing } from '../../../renderer/src/search/programme-rows-registry';
import { useListFilters } from '../../../renderer/src/features/initiatives/filters-store';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';
import { renderDesk } from './render';

const SLOW = 60_000;
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => {
  setLoadPacing();
  useListFilters.getState().reset();
});

describe('the register while it loads', () => {
  it(
    'paints the newest rows and the stored counts before the load ends, with a loading note',
    async () => {
      const user = userEvent.setup({ delay: null });
      const { db, office, programme } = await setUpDb();
      await importInitiatives(
        db,
        Array.from({ length: 120 }, (_, n) =>
          completeInitiative({
            id: `i-${String(n).padStart(3, '0')}`,
            programmeId: programme.id,
            unitId: office.unitId,
            title: n === 119 ? 'Băng tải phân loại rác' : `Sáng kiến số ${n}`,
            authors: [author(`Tác giả ${n}`, 100)],
            status: n % 3 === 0 ? 'submitted' : 'draft',
            updatedAt: new Date(Date.UTC(2021, 2, 1, 0, n)).toISOString(),
          }),
        ),
        'x',
      );
      // The load stops after its first chunk until the test lets it go on.
      let go: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        go = resolve;
      });
      setLoadPacing({ chunk: 40, pause: () => held, snapshotAfterMs: null });
      renderDesk(db, office);

      expect(await screen.findByText('Băng tải phân loại rác')).toBeInTheDocument();
      // 50 newest and 40 oldest are in; the counts are those of all 120.
      expect(await screen.findByText('Đang tải 90 / 120 sáng kiến…')).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Đã nộp 40' })).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Nháp 80' })).toBeInTheDocument();

      // A search answers from what is in, and says the rest is still coming.
      await user.type(screen.getByLabelText('Tìm kiếm'), 'bang tai');
      expect(
        await screen.findByText(
          'Tìm thấy 1 trong các sáng kiến đã tải; đang tải 90 / 120 sáng kiến…',
        ),
      ).toBeInTheDocument();
      await user.clear(screen.getByLabelText('Tìm kiếm'));

      go();
      expect(await screen.findByText('120 sáng kiến')).toBeInTheDocument();
      expect(screen.queryByText(/đang tải/i)).not.toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Đã nộp 40' })).toBeInTheDocument();
    },
    SLOW,
  );
});
