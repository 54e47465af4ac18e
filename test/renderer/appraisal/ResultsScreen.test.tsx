import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ResultsScreen } from '../../../renderer/src/features/appraisal/ResultsScreen';
import { createSession, closeSession } from '../../../renderer/src/db/appraisal/sessions';
import { createCouncil } from '../../../renderer/src/db/appraisal/councils';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { createUnit } from '../../../renderer/src/db/units';
import { setUpDb } from '../helpers';
import { members, submitted } from '../appraisal-fixtures';
import { renderWithDb, pickOption } from '../setup/render-with-db';
import { SLOW } from './dialogs';

/**
 * Three initiatives in two units, scored 80, 46 (not recognised) and 90. Nguyễn Văn An's two
 * (30 and 95 million đồng in 2021) make both candidates: one alone, the other by the three-year sum.
 */
const scoredDb = async () => {
  const { db, programme, office } = await setUpDb();
  const other = await createUnit(
    db,
    { name: 'Công đoàn Xưởng cán', kind: 'cdcs', parentId: null },
    'Bình',
  );
  const initiatives = [
    submitted(programme.id, office.unitId, 1, { economicBenefit: 30_000_000 }),
    submitted(programme.id, office.unitId, 2, {
      authors: [{ ...submitted('', '', 2).authors[0]!, name: 'Phạm Thị Dung' }],
    }),
    submitted(programme.id, other.id, 3, { economicBenefit: 95_000_000 }),
  ];
  await importInitiatives(db, initiatives, 'Bình');
  const council = await createCouncil(
    db,
    { programmeId: programme.id, name: 'Hội đồng sáng kiến', members },
    'Bình',
  );
  const session = await createSession(
    db,
    {
      councilId: council.id,
      date: '2021-04-05',
      place: 'Biên Hòa',
      presentMemberIds: ['m1', 'm2'],
      initiativeIds: initiatives.map((i) => i.id),
    },
    'Bình',
  );
  const totals = [
    { novelty: 27, applicability: 25, benefit: 28 },
    { novelty: 16, applicability: 15, benefit: 15 },
    { novelty: 30, applicability: 30, benefit: 30 },
  ];
  for (const [n, i] of initiatives.entries())
    for (const memberId of ['m1', 'm2'])
      await saveSheet(
        db,
        { sessionId: session.id, initiativeId: i.id, memberId, scores: totals[n]!, comments: {} },
        'Bình',
      );
  return { db, session, other };
};

const titles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).queryByRole('button')?.textContent);

describe('ResultsScreen', { timeout: 60_000 }, () => {
  it('ranks every appraised initiative, with conclusions, candidates and a unit filter', async () => {
    const { db, session } = await scoredDb();
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
