// How scores read on screen: a comma as the decimal mark, as on paper (docs/domain.md, Scoring).
import { groupDigits } from '@shared/format';

/** 27 → "27", 27.5 → "27,5", null → "". */
export const scoreText = (n: number | null | undefined): string =>
  n === null || n === undefined
    ? ''
    : Number.isInteger(n)
      ? groupDigits(n)
      : String(n).replace('.', ',');

/** A figure in a results table; a dash when there is none yet. */
export const scoreCell = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : scoreText(n);
