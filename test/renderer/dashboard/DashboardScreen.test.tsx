import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import { createSession, closeSession } from '../../../renderer/src/db/appraisal/sessions';
import { createCouncil } from '../../../renderer/src/db/appraisal/councils';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { createUnit } from '../../../renderer/src/db/units';
import { setUpDb } from '../helpers';
import { members, submitted } from '../appraisal-fixtures';
import { renderWithDb } from '../setup/render-with-db';
import { SLOW } from '../appraisal/dialogs';

/**
 * Three initiatives in two units (30, 20 and 95 million đồng), scored 80, 46 and 90 in a closed
 * session: two recognised, both Bằng LĐST candidates (one alone, one by its author's three years).
 */
const concludedDb = async () => {
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
  await closeSession(db, session.id, 'Bình');
  return { db };
};

const figure = (title: string) =>
  document.querySelector(`[data-figure="${title}"]`)?.textContent ?? null;

describe('DashboardScreen', { timeout: 60_000 }, () => {
  it('shows the programme’s figures, money in đồng, the deadline and the charts', async () => {
    const { db } = await concludedDb();
    await renderWithDb(db, <DashboardScreen />);
    await waitFor(() => expect(figure('Sáng kiến đã ghi nhận')).toBe('3 / 2.800'), SLOW);
    expect(figure('Được công nhận')).toBe('2');
    expect(figure('Đề xuất lên cấp trên')).toBe('0');
    expect(figure('Đề nghị Bằng Lao động sáng tạo')).toBe('2 / 5–10');
    expect(screen.getByText('chưa đủ chỉ tiêu')).toBeInTheDocument();
    expect(figure('Giá trị làm lợi')).toBe('145.000.000 đ');
    expect(screen.getByText('Sáng kiến được công nhận: 125.000.000 đ')).toBeInTheDocument();
    // The seeded programme's deadline (20/04/2021) is past.
    expect(screen.getByText('Đã hết hạn nhận hồ sơ (20/04/2021)')).toBeInTheDocument();
    const statuses = screen.getByLabelText('Theo trạng thái');
    expect(within(statuses).getByText('Được công nhận: 2')).toBeInTheDocument();
    expect(within(statuses).getByText('Không công nhận: 1')).toBeInTheDocument();
    const byUnit = screen.getByLabelText('Biểu đồ sáng kiến theo đơn vị');
    expect(byUnit.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(within(byUnit).getByText('Công đoàn Xưởng cán')).toBeInTheDocument();
    const row = screen.getByRole('cell', { name: 'Công đoàn Xưởng cán' }).closest('tr')!;
    expect(within(row).getByText('95.000.000 đ')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Xuất danh sách/ })).toBeEnabled();
  });
});
