import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, rubricMax, rubricSchema } from '@shared/appraisal/rubric';
import { bandOf, parseScore, scoreProblem, sheetTotal } from '@shared/appraisal/scores';

const [novelty, applicability] = DEFAULT_RUBRIC.criteria as [
  (typeof DEFAULT_RUBRIC.criteria)[0],
  (typeof DEFAULT_RUBRIC.criteria)[0],
];

describe('score entry', () => {
  it('accepts scores inside the scale and a band', () => {
    expect(scoreProblem(novelty, '27')).toBeNull();
    expect(scoreProblem(novelty, '0')).toBeNull();
    expect(scoreProblem(applicability, '12,5')).toBeNull();
    expect(parseScore(applicability, '12,5')).toBe(12.5);
  });

  it('refuses above the maximum, negative, not a number and off the half-point grid', () => {
    expect(scoreProblem(novelty, '31')).toBe('Tính mới: tối đa 30 điểm');
    expect(scoreProblem(novelty, '-1')).toBe('Tính mới: điểm không được âm');
    expect(scoreProblem(novelty, 'abc')).toBe('Tính mới: điểm phải là một số');
    expect(scoreProblem(applicability, '12.3')).toBe('Khả năng áp dụng: điểm chấm theo 0,5 điểm');
    expect(parseScore(novelty, '31')).toBeNull();
  });

  it('refuses a score between bands', () => {
    expect(scoreProblem(novelty, '0,5')).toMatch(/không thuộc khung điểm nào/);
    expect(scoreProblem(novelty, '26,5')).toMatch(/27–30/);
  });

  it('names the band a score falls in', () => {
    expect(bandOf(novelty, 28)).toBe('Hoàn toàn mới');
    expect(bandOf(novelty, 16)).toBe('Trung bình');
  });

  it('totals a sheet only once every criterion is scored', () => {
    expect(sheetTotal(DEFAULT_RUBRIC, { novelty: 20, applicability: 20 })).toBeNull();
    expect(sheetTotal(DEFAULT_RUBRIC, { novelty: 20, applicability: 20, benefit: 30.5 })).toBe(
      70.5,
    );
    expect(rubricMax(DEFAULT_RUBRIC)).toBe(100);
  });

  it('refuses a band outside the criterion scale', () => {
    const bad = {
      ...DEFAULT_RUBRIC,
      criteria: [{ id: 'x', name: 'X', max: 10, bands: [{ min: 5, max: 12, label: 'quá' }] }],
    };
    expect(rubricSchema.safeParse(bad).success).toBe(false);
    expect(rubricSchema.safeParse(DEFAULT_RUBRIC).success).toBe(true);
  });
});
