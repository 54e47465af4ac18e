import { groupDigits } from '../format';
import type { Criterion, Rubric } from './rubric';

const show = (n: number): string =>
  Number.isInteger(n) ? groupDigits(n) : String(n).replace('.', ',');

/**
 * Why a typed score is refused, or null when it is accepted. Scores are whole or half points,
 * as on paper; a comma is accepted as the decimal mark.
 */
export const scoreProblem = (c: Criterion, raw: string | number): string | null => {
  const value = typeof raw === 'number' ? raw : Number(raw.trim().replace(',', '.'));
  if (typeof raw === 'string' && raw.trim() === '') return null;
  if (!Number.isFinite(value)) return `${c.name}: điểm phải là một số`;
  if (value < 0) return `${c.name}: điểm không được âm`;
  if (value > c.max) return `${c.name}: tối đa ${show(c.max)} điểm`;
  if (Math.round(value * 2) !== value * 2) return `${c.name}: điểm chấm theo 0,5 điểm`;
  if (c.bands.length > 0 && !c.bands.some((b) => value >= b.min && value <= b.max)) {
    const bands = c.bands
      .map((b) => (b.min === b.max ? show(b.min) : `${show(b.min)}–${show(b.max)}`))
      .join('; ');
    return `${c.name}: ${show(value)} không thuộc khung điểm nào (${bands})`;
  }
  return null;
};

/** Parses a typed score; null for empty or refused input. */
export const parseScore = (c: Criterion, raw: string): number | null => {
  if (raw.trim() === '' || scoreProblem(c, raw) !== null) return null;
  return Number(raw.trim().replace(',', '.'));
};

export type Scores = Readonly<Record<string, number | null | undefined>>;

/** A sheet's total, or null while any criterion is still empty. */
export const sheetTotal = (rubric: Rubric, scores: Scores): number | null => {
  let total = 0;
  for (const c of rubric.criteria) {
    const v = scores[c.id];
    if (v === null || v === undefined) return null;
    total += v;
  }
  return total;
};

/** The band a score falls in, for the label shown beside it. */
export const bandOf = (c: Criterion, value: number): string | null =>
  c.bands.find((b) => value >= b.min && value <= b.max)?.label ?? null;
