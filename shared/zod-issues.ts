// One line for what a zod schema refused, as the clerk or the command line reads it.
import type { z } from 'zod';

const MAX_ISSUES_SHOWN = 3;

/** "path: message; path: message (và 4 lỗi khác)": the first few issues, with their paths. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const more = issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (và ${more} lỗi khác)` : shown.join('; ');
}
