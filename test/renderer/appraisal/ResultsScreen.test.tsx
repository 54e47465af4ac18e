import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ResultsScreen } from '../../../renderer/src/features/appraisal/ResultsScreen';
import { closeSession } from '../../../renderer/src/db/appraisal/sessions';
import { scoredProgrammeDb } from '../appraisal-fixtures';
import { renderWithDb, pickOption } from '../setup/render-with-db';
import { SLOW } from './dialogs';

const titles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).queryByRole('button')?.textContent);

describe('ResultsScreen', { timeout: 60_000 }, () => {
  it('ranks every appraised initiative, with conclusions, candidates and a unit filter', async () => {
    const { db, session } = await scoredProgrammeDb();
    const { user } = await renderWithDb(db, <ResultsScreen />);
    await waitFor(() => expect(titles()).toHaveLength(3), SLOW);
    expect(titles()).toEqual(['Sáng kiến số 3', 'Sáng kiến số 1', 'Sáng kiến số 2']);
    const rowOf = (title: string) =>
      within(screen.getByRole('button', { name: title }).closest('tr')!);
    // Average, highest and lowest of two sheets of 90.
    expect(rowOf('Sáng kiến số 3').getAllByText('90')).toHaveLength(3);
    expect(rowOf('Sáng kiến số 3').getByText('Ứng viên Bằng LĐST')).toBeInTheDocument();
    expect(rowOf('Sáng kiến số 1').getByText('Công nhận')).toBeInTheDocument();
    expect(rowOf('Sáng kiến số 1').getByText('Tạm tính')).toBeInTheDocument();
    expect(rowOf('Sáng kiến số 2').getByText('Không công nhận')).toBeInTheDocument();
    expect(rowOf('Sáng kiến số 2').getByText('Điểm trung bình 46 dưới mức 50')).toBeInTheDocument();
    expect(
      rowOf('Sáng kiến số 1').getByText('Nguyễn Văn An: 125.000.000 đ trong 2019–2021'),
    ).toBeInTheDocument();
    expect(rowOf('Sáng kiến số 2').queryByText('Ứng viên Bằng LĐST')).toBeNull();
    expect(screen.getByText(/Bằng điểm thì xếp theo giá trị làm lợi cao hơn/)).toBeInTheDocument();

    await closeSession(db, session.id, 'Bình');
    await waitFor(
      () => expect(rowOf('Sáng kiến số 1').getByText('Chính thức')).toBeInTheDocument(),
      SLOW,
    );

    await pickOption(user, screen.getByLabelText('Lọc theo đơn vị'), 'Công đoàn Xưởng cán');
    await waitFor(() => expect(titles()).toEqual(['Sáng kiến số 3']));
  });
});
