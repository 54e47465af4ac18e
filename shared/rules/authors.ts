import type { Author } from '../model/initiative';

/** Shares are percentages with at most two decimals; the sum is compared in hundredths. */
export const shareTotal = (authors: readonly Author[]): number =>
  Math.round(authors.reduce((sum, a) => sum + a.sharePercent * 100, 0)) / 100;

export const sharesAreComplete = (authors: readonly Author[]): boolean =>
  authors.length > 0 && Math.round(shareTotal(authors) * 100) === 10_000;
