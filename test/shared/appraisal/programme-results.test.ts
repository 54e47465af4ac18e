import { describe, expect, it } from 'vitest';
import { programmeResults } from '@shared/appraisal/programme-results';
import { DEFAULT_CERTIFICATE_THRESHOLDS, DEFAULT_RUBRIC } from '@shared/appraisal/rubric';
import type { Session } from '@shared/appraisal/model';

const session = (
  id: string,
  date: string,
  initiativeIds: string[],
  closed = false,
  conclusions: Session['conclusions'] = {},
): Session => ({
  id,
  createdAt: `${date}T00:00:00.000Z`,
  updatedAt: `${date}T00:00:00.000Z`,
  updatedBy: 'x',
  rev: 1,
  councilId: 'c',
  programmeId: 'p',
  date,
  place: 'Biên Hòa',
  presentMemberIds: ['m1', 'm2'],
  initiativeIds,
  closed,
  conclusions,
});
const init = (id: string, unitId: string, benefit: number) => ({
  id,
  unitId,
  authorNames: ['An'],
  economicBenefit: benefit,
  firstAppliedOn: '2021-03-01',
});
const sheet = (
  sessionId: string,
  initiativeId: string,
  memberId: string,
  total: [number, number, number],
) => ({
  sessionId,
  initiativeId,
  memberId,
  scores: { novelty: total[0], applicability: total[1], benefit: total[2] },
});

describe('programme results', () => {
  const base = { rubric: DEFAULT_RUBRIC, thresholds: DEFAULT_CERTIFICATE_THRESHOLDS };

  it('uses the latest session, ranks across units, flags certificate candidates', () => {
    const results = programmeResults({
      ...base,
      sessions: [session('s1', '2021-04-01', ['a', 'b']), session('s2', '2021-04-10', ['a'])],
      sheets: [
        sheet('s1', 'a', 'm1', [10, 10, 10]),
        sheet('s2', 'a', 'm1', [27, 25, 30]),
        sheet('s2', 'a', 'm2', [27, 25, 28]),
        sheet('s1', 'b', 'm1', [20, 20, 20]),
        sheet('s1', 'b', 'm2', [20, 20, 20]),
      ],
      initiatives: [init('a', 'u1', 90_000_000), init('b', 'u2', 0)],
    });
    const a = results.get('a')!;
    expect(a).toMatchObject({
      sessionId: 's2',
      average: 81,
      highest: 82,
      lowest: 80,
      final: false,
      rank: { overall: 1, inUnit: 1 },
    });
    expect(a.conclusion?.recognised).toBe(true);
    expect(a.candidate).toEqual({ kind: 'single', amount: 90_000_000 });
    expect(results.get('b')).toMatchObject({
      average: 60,
      rank: { overall: 2, inUnit: 1 },
      candidate: null,
    });
  });

  it("takes a closed session's recorded conclusion as final", () => {
    const results = programmeResults({
      ...base,
      sessions: [
        session('s1', '2021-04-01', ['a'], true, {
          a: { recognised: false, reason: 'Trùng sáng kiến đã công nhận' },
        }),
      ],
      sheets: [sheet('s1', 'a', 'm1', [27, 25, 30]), sheet('s1', 'a', 'm2', [27, 25, 30])],
      initiatives: [init('a', 'u1', 0)],
    });
    expect(results.get('a')).toMatchObject({
      final: true,
      conclusion: { recognised: false, reason: 'Trùng sáng kiến đã công nhận' },
    });
  });

  it('ignores sheets of members not present', () => {
    const results = programmeResults({
      ...base,
      sessions: [session('s1', '2021-04-01', ['a'])],
      sheets: [sheet('s1', 'a', 'm1', [20, 20, 20]), sheet('s1', 'a', 'm9', [0, 0, 0])],
      initiatives: [init('a', 'u1', 0)],
    });
    expect(results.get('a')).toMatchObject({
      average: 60,
      complete: 1,
      conclusion: null,
      expectedSheets: 2,
    });
  });
});
