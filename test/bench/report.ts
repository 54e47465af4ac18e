// Figures as a plain table. The aims are printed beside them; a miss is reported, never fatal.

/** Nearest-rank percentile of unsorted samples. */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
};

export interface Row {
  measure: string;
  value: string;
  aim?: string;
  /** undefined when there is no aim or no figure. */
  met?: boolean;
}

export const ms = (n: number): string =>
  Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : 'n/a';
export const perSec = (records: number, millis: number): string =>
  `${Math.round((records / millis) * 1000).toLocaleString('en')} records/s`;

export const table = (rows: readonly Row[]): string => {
  const cells = rows.map((r) => [
    r.measure,
    r.value,
    r.aim ?? '',
    r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const head = ['measure', 'value', 'aim', ''];
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
};
