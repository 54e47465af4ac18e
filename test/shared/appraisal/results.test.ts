import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '@shared/appraisal/rubric';
import { aggregate, conclude, gradeOf } from '@shared/appraisal/results';

const sheet = (
  memberId: string,
  novelty: number,
  applicability: number,
  benefit: number | null,
) => ({
  memberId,
  scores: { novelty, applicability, benefit },
});

describe('results of a council', () => {
  it('aggregates totals, average, highest and lowest over complete sheets', () => {
    const agg = aggregate(DEFAULT_RUBRIC, [
      sheet('a', 27, 25, 30),
      sheet('b', 20, 20, 20),
      sheet('c', 21, 22, null),
    ]);
    expect(agg.totals.map((t) => t.total)).toEqual([82, 60, null]);
    expect(agg).toMatchObject({ average: 71, highest: 82, lowest: 60, complete: 2 });
  });

  it('rounds the average to two decimals', () => {
    const agg = aggregate(DEFAULT_RUBRIC, [
      sheet('a', 20, 20, 20),
      sheet('b', 20, 20, 21),
      sheet('c', 20, 20, 21),
    ]);
    expect(agg.average).toBe(60.67);
  });

  it('recognises at an average of 50 and refuses below', () => {
    expect(conclude(DEFAULT_RUBRIC, [sheet('a', 16, 17, 17)], 1)).toMatchObject({
      recognised: true,
    });
    expect(conclude(DEFAULT_RUBRIC, [sheet('a', 16, 17, 16.5)], 1)).toEqual({
      recognised: false,
      reason: 'Điểm trung bình 49,5 dưới mức 50',
    });
  });

  it('refuses when any member gives novelty 0, whatever the average', () => {
    const c = conclude(DEFAULT_RUBRIC, [sheet('a', 30, 30, 40), sheet('b', 0, 30, 40)], 2);
    expect(c).toEqual({
      recognised: false,
      reason: 'Có thành viên chấm 0 điểm tiêu chí "Tính mới"',
    });
  });

  it('draws no conclusion while a present member has not finished', () => {
    expect(
      conclude(DEFAULT_RUBRIC, [sheet('a', 30, 30, 40), sheet('b', 20, 20, null)], 2),
    ).toBeNull();
    expect(conclude(DEFAULT_RUBRIC, [sheet('a', 30, 30, 40)], 2)).toBeNull();
  });

  it('grades by thresholds from the highest down', () => {
    const graded = {
      ...DEFAULT_RUBRIC,
      grades: [
        { label: 'C', min: 0 },
        { label: 'A', min: 85 },
        { label: 'B', min: 65 },
      ],
    };
    expect(gradeOf(graded, 85)).toBe('A');
    expect(gradeOf(graded, 84.99)).toBe('B');
    expect(gradeOf(graded, 10)).toBe('C');
    expect(gradeOf(DEFAULT_RUBRIC, 90)).toBeNull();
    expect(gradeOf(graded, null)).toBeNull();
  });
});
