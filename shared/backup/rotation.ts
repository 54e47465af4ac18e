// Which backups in the data folder to keep (issue 7: "7 daily, 4 weekly"). A pure function of the
// file names' dates, so the rule is tested with dates rather than with a clock.
import type { BackupReason } from './format';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
/**
 * Backups the clerk asked for and snapshots taken before an import or a restore are all kept this
 * long, however many a day.
 */
export const KEEP_SAFETY_DAYS = 7;

export interface StoredBackup {
  readonly fileName: string;
  /** Local time, as written in the file name. */
  readonly createdAt: Date;
  readonly reason: BackupReason;
}

const two = (n: number): string => String(n).padStart(2, '0');
const dayKey = (d: Date): string =>
  `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
/** The Monday that starts the date's week (weeks start on Monday in Vietnam, as in ISO 8601). */
const weekKey = (d: Date): string => {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
};

/**
 * The rule, applied to every backup in the folder:
 * 1. daily: the newest backup of each of the 7 most recent calendar days that have one is kept;
 * 2. weekly: the newest backup of each of the 4 most recent weeks (Monday to Sunday) that have
 *    one is kept (usually also a daily one; older weeks reach back about a month);
 * 3. safety: every "Sao lưu ngay" backup and every snapshot taken before an import or a restore
 *    in the last 7 days is kept: the clerk made the first on purpose, the others are the way back
 *    from a wrong import or restore, and there may be several in one day;
 * 4. every other backup is deleted. Days and weeks are the clerk's local calendar.
 * Returns the file names to delete, oldest first.
 */
export function backupsToDelete(backups: readonly StoredBackup[], now: Date): string[] {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.fileName.localeCompare(a.fileName),
  );
  const keep = new Set<string>();
  keepNewestPer(newestFirst, dayKey, KEEP_DAILY, keep);
  keepNewestPer(newestFirst, weekKey, KEEP_WEEKLY, keep);
  const safetyFrom = now.getTime() - KEEP_SAFETY_DAYS * 24 * 60 * 60 * 1000;
  for (const b of newestFirst)
    if (b.reason !== 'daily' && b.createdAt.getTime() >= safetyFrom) keep.add(b.fileName);
  return newestFirst
    .filter((b) => !keep.has(b.fileName))
    .map((b) => b.fileName)
    .reverse();
}

function keepNewestPer(
  newestFirst: readonly StoredBackup[],
  bucket: (d: Date) => string,
  count: number,
  keep: Set<string>,
): void {
  const seen = new Set<string>();
  for (const b of newestFirst) {
    const key = bucket(b.createdAt);
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    keep.add(b.fileName);
  }
}
