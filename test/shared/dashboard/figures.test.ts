import { describe, expect, it } from 'vitest';
import { dashboardFigures, deadlineFigure, type DashboardRow } from '@shared/dashboard/figures';
import type { InitiativeStatus } from '@shared/model/initiative';

const programme = {
  deadline: '2021-06-30',
  targetInitiatives: 10,
  targetCertificatesMin: 1,
  targetCertificatesMax: 2,
  fields: ['Kỹ thuật', 'Quản lý'],
};

const row = (
  id: string,
  unitId: string,
  field: string,
  status: InitiativeStatus,
  economicBenefit: number | null,
  trashed: 0 | 1 = 0,
): DashboardRow => ({ id, unitId, field, status, economicBenefit, trashed });

// Hand-counted: 6 live rows (r7 is in the trash), 3 recognised (r3, r4, r5), 2 proposed (r4, r5).
const rows = [
  row('r1', 'u1', 'Kỹ thuật', 'draft', null),
  row('r2', 'u1', 'Kỹ thuật', 'submitted', 1_000_000),
  row('r3', 'u1', 'Quản lý', 'recognised', 250_000_000),
  row('r4', 'u2', 'Kỹ thuật', 'proposed', 40_000_000),
  row('r5', 'u2', 'An toàn', 'commended', 5_000_000),
  row('r6', 'u3', 'Kỹ thuật', 'not_recognised', 2_500_000),
  row('r7', 'u3', 'Quản lý', 'recognised', 900_000_000, 1),
];

describe('the dashboard figures', () => {
  const f = dashboardFigures({
    programme,
    rows,
    // r6 is not recognised and r7 is trashed: only r3 counts.
    candidateIds: new Set(['r3', 'r6', 'r7']),
    // Commendations awarded Bằng LĐST to r4 and r5 (and to r7, in the trash, and to an initiative
    // of another programme, r9): two count.
    certificateIds: new Set(['r4', 'r5', 'r7', 'r9']),
    today: '2021-06-10',
  });

  it('counts recorded, recognised and proposed initiatives against the targets', () => {
    expect(f.recorded).toBe(6);
    expect(f.target).toBe(10);
    expect(f.progress).toBeCloseTo(0.6);
    expect(f.recognised).toBe(3);
    expect(f.proposed).toBe(2);
    expect(f.certificateCandidates).toBe(1);
    expect(f.certificatesAwarded).toBe(2);
    expect(f.certificates).toBe('within');
  });

  it('counts by status, by field (the programme’s first, zeros kept) and by unit', () => {
    expect(f.byStatus).toEqual({
      draft: 1,
      submitted: 1,
      appraising: 0,
      recognised: 1,
      not_recognised: 1,
      proposed: 1,
      commended: 1,
    });
    expect(f.byField).toEqual([
      { key: 'Kỹ thuật', count: 4 },
      { key: 'Quản lý', count: 1 },
      { key: 'An toàn', count: 1 },
    ]);
    expect(f.byUnit).toEqual([
      { unitId: 'u1', count: 3, recognised: 1, benefit: 251_000_000 },
      { unitId: 'u2', count: 2, recognised: 2, benefit: 45_000_000 },
      { unitId: 'u3', count: 1, recognised: 0, benefit: 2_500_000 },
    ]);
  });

  it('sums the economic benefit in whole đồng', () => {
    expect(f.benefit).toBe(298_500_000);
    expect(f.recognisedBenefit).toBe(295_000_000);
  });

  it('tells the certificates awarded below, within and above the 5–10 range', () => {
    const with5to10 = { ...programme, targetCertificatesMin: 5, targetCertificatesMax: 10 };
    const many = Array.from({ length: 11 }, (_, i) =>
      row(`c${i}`, 'u1', 'Kỹ thuật', 'commended', 1),
    );
    const ids = many.map((r) => r.id);
    const input = { programme: with5to10, rows: many, today: '2021-06-10' };
    // Candidates alone do not count: only commendations do.
    const of = (awarded: string[]) =>
      dashboardFigures({ ...input, candidateIds: new Set(ids), certificateIds: new Set(awarded) });
    expect(of(ids.slice(0, 4)).certificates).toBe('below');
    expect(of(ids.slice(0, 5)).certificates).toBe('within');
    expect(of(ids.slice(0, 10)).certificates).toBe('within');
    expect(of(ids).certificates).toBe('above');
    expect(of(ids).certificatesAwarded).toBe(11);
  });

  it('has no progress without a target, and nothing for an empty register', () => {
    const empty = dashboardFigures({
      programme: { ...programme, targetInitiatives: 0 },
      rows: [],
      candidateIds: new Set(),
      certificateIds: new Set(),
      today: '2021-06-10',
    });
    expect(empty.progress).toBe(0);
    expect(empty.byUnit).toEqual([]);
    expect(empty.byField).toEqual([
      { key: 'Kỹ thuật', count: 0 },
      { key: 'Quản lý', count: 0 },
    ]);
  });
});

describe('the deadline', () => {
  it('warns louder as it nears and says closed after it', () => {
    expect(deadlineFigure('2021-06-30', '2021-05-30')).toEqual({
      deadline: '2021-06-30',
      daysLeft: 31,
      level: 'calm',
    });
    expect(deadlineFigure('2021-06-30', '2021-05-31').level).toBe('near');
    expect(deadlineFigure('2021-06-30', '2021-06-22').level).toBe('near');
    expect(deadlineFigure('2021-06-30', '2021-06-23').level).toBe('urgent');
    expect(deadlineFigure('2021-06-30', '2021-06-30')).toMatchObject({
      daysLeft: 0,
      level: 'urgent',
    });
    expect(deadlineFigure('2021-06-30', '2021-07-01')).toMatchObject({
      daysLeft: -1,
      level: 'closed',
    });
  });

  it('counts calendar days across a month and a leap day', () => {
    expect(deadlineFigure('2024-03-01', '2024-02-28').daysLeft).toBe(2);
    expect(deadlineFigure('2021-01-01', '2020-12-31').daysLeft).toBe(1);
  });
});
