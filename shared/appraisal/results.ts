import type { Rubric } from './rubric';
import { sheetTotal, type Scores } from './scores';

export interface SheetLike {
  memberId: string;
  scores: Scores;
}

export interface Aggregate {
  /** Each member's total, in the order of the sheets; null where the sheet is incomplete. */
  totals: { memberId: string; total: number | null }[];
  /** Over complete sheets only; null when there are none. */
  average: number | null;
  highest: number | null;
  lowest: number | null;
  complete: number;
}

/** Two decimals, as minutes record an average. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

export const aggregate = (rubric: Rubric, sheets: readonly SheetLike[]): Aggregate => {
  const totals = sheets.map((s) => ({ memberId: s.memberId, total: sheetTotal(rubric, s.scores) }));
  const done = totals.flatMap((t) => (t.total === null ? [] : [t.total]));
  if (done.length === 0) return { totals, average: null, highest: null, lowest: null, complete: 0 };
  return {
    totals,
    average: round2(done.reduce((a, b) => a + b, 0) / done.length),
    highest: Math.max(...done),
    lowest: Math.min(...done),
    complete: done.length,
  };
};

export interface Conclusion {
  recognised: boolean;
  reason: string;
}

/**
 * The council's conclusion from the rubric's pass rule. Null while a present member's sheet is
 * still incomplete: no conclusion is drawn from half the votes.
 */
export const conclude = (
  rubric: Rubric,
  sheets: readonly SheetLike[],
  expectedSheets: number,
): Conclusion | null => {
  const agg = aggregate(rubric, sheets);
  if (agg.complete < expectedSheets || agg.complete === 0 || agg.average === null) return null;
  for (const c of rubric.criteria.filter((c) => c.zeroFails)) {
    if (sheets.some((s) => s.scores[c.id] === 0))
      return { recognised: false, reason: `Có thành viên chấm 0 điểm tiêu chí "${c.name}"` };
  }
  const avg = String(agg.average).replace('.', ',');
  return agg.average >= rubric.passAverage
    ? { recognised: true, reason: `Điểm trung bình ${avg} đạt mức ${rubric.passAverage}` }
    : { recognised: false, reason: `Điểm trung bình ${avg} dưới mức ${rubric.passAverage}` };
};

/** The grade of an average (A ≥ 85, B 65–84, …), or null when the rubric has no grades. */
export const gradeOf = (rubric: Rubric, average: number | null): string | null => {
  if (average === null) return null;
  const g = [...rubric.grades].sort((a, b) => b.min - a.min).find((g) => average >= g.min);
  return g?.label ?? null;
};
