import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName, type BackupReason } from '@shared/backup/format';
import { backupsToDelete, type StoredBackup } from '@shared/backup/rotation';

// Local dates, as the file names carry them. 2026-12-07 is a Monday.
const at = (day: number, hour = 8, minute = 0, month = 12): Date =>
  new Date(2026, month - 1, day, hour, minute);
const stored = (d: Date, reason: BackupReason = 'daily'): StoredBackup => ({
  fileName: backupFileName(d, reason),
  createdAt: d,
  reason,
});

describe('backup file names', () => {
  it('carries the local date, time and reason, and reads back', () => {
    const name = backupFileName(at(2, 8, 5), 'daily');
    expect(name).toBe('SaoLuu_2026-12-02_0805_hang-ngay.skdb');
    expect(parseBackupFileName(name)).toEqual({ createdAt: at(2, 8, 5), reason: 'daily', copy: 1 });
    expect(backupFileName(at(2, 8, 5), 'restore', 2)).toBe(
      'SaoLuu_2026-12-02_0805_truoc-khoi-phuc_2.skdb',
    );
    expect(parseBackupFileName('SaoLuu_2026-12-02_0805_truoc-khoi-phuc_2.skdb')?.copy).toBe(2);
  });

  it('ignores names it did not write', () => {
    for (const name of [
      'bao-cao.docx',
      'SaoLuu_2026-02-31_0805_hang-ngay.skdb',
      'SaoLuu_2026-12-02_0805_khac.skdb',
      '.SaoLuu_2026-12-02_0805_hang-ngay.skdb.1234.tmp',
    ])
      expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('backup rotation: 7 daily, 4 weekly', () => {
  it('keeps everything while there are fewer than 7 days of backups', () => {
    const list = [1, 2, 3, 4, 5].map((d) => stored(at(d)));
    expect(backupsToDelete(list, at(5, 9))).toEqual([]);
  });

  it('keeps the newest of each of the last 7 days and the newest of each of the last 4 weeks', () => {
    // One backup a day from 1 November to 20 December 2026.
    const list: StoredBackup[] = [];
    for (let d = new Date(2026, 10, 1, 8); d <= at(20); d = new Date(d.getTime() + 86_400_000))
      list.push(stored(new Date(d)));
    const deleted = new Set(backupsToDelete(list, at(20, 9)));
    const kept = list.filter((b) => !deleted.has(b.fileName)).map((b) => b.fileName);
    expect(kept).toEqual(
      [
        // the newest of each of the 4 newest weeks: 29/11 (week of 23/11), 6/12 (week of
        // 30/11), 13/12 (week of 7/12) and 20/12 (week of 14/12, also a daily one)
        backupFileName(at(29, 8, 0, 11), 'daily'),
        backupFileName(at(6), 'daily'),
        backupFileName(at(13), 'daily'),
        // the last 7 days, 14 to 20 December
        ...[14, 15, 16, 17, 18, 19, 20].map((d) => backupFileName(at(d), 'daily')),
      ].sort(),
    );
    expect(kept).not.toContain(backupFileName(at(22, 8, 0, 11), 'daily'));
  });

  it('counts the 4 weeks as the 4 newest weeks that have a backup', () => {
    const list = [
      stored(at(2, 8, 0, 11)), // week of 2 Nov
      stored(at(10, 8, 0, 11)), // week of 9 Nov
      stored(at(18, 8, 0, 11)), // week of 16 Nov
      stored(at(25, 8, 0, 11)), // week of 23 Nov
      stored(at(1, 8)), // week of 30 Nov
    ];
    // 5 backups, 5 weeks, 5 days: all are within the 7 newest days that have one.
    expect(backupsToDelete(list, at(1, 9))).toEqual([]);
    const more = [...list, stored(at(2)), stored(at(3)), stored(at(4))];
    // 8 days now: 2 Nov is neither among the 7 newest days nor the 4 newest weeks.
    expect(backupsToDelete(more, at(4, 9))).toEqual([list[0]!.fileName]);
  });

  it('keeps only the newest backup of a day once the day is past the safety window', () => {
    const early = stored(at(2, 8), 'daily');
    const late = stored(at(2, 17), 'daily');
    expect(backupsToDelete([early, late], at(2, 18))).toEqual([early.fileName]);
    const manual = stored(at(2, 7), 'manual');
    expect(backupsToDelete([manual, early, late], at(2, 18))).toEqual([early.fileName]);
    expect(backupsToDelete([manual, early, late], at(12))).toEqual([
      manual.fileName,
      early.fileName,
    ]);
  });

  it('keeps every "Sao lưu ngay" and every snapshot before an import or restore for 7 days', () => {
    const before1 = stored(at(2, 9), 'restore');
    const before2 = stored(at(2, 10), 'import');
    const daily = stored(at(2, 8), 'daily');
    const list = [daily, before1, before2];
    expect(backupsToDelete(list, at(3))).toEqual([daily.fileName]);
    // Ten days later the safety window is over: only the newest of that day remains.
    expect(backupsToDelete(list, at(12))).toEqual([daily.fileName, before1.fileName]);
  });

  it('orders a day by time, whatever order the folder lists them in', () => {
    const list = [stored(at(2, 17)), stored(at(2, 8)), stored(at(2, 12))];
    expect(backupsToDelete(list, at(2, 18))).toEqual([
      backupFileName(at(2, 8), 'daily'),
      backupFileName(at(2, 12), 'daily'),
    ]);
  });
});

describe('backup sizes', () => {
  it('are megabytes with a comma decimal and dotted thousands', async () => {
    const { formatMegabytes } = await import('@shared/backup/format');
    expect(formatMegabytes(1.25 * 1024 * 1024)).toBe('1,25 MB');
    expect(formatMegabytes(300)).toBe('0,01 MB');
    expect(formatMegabytes(0)).toBe('0,00 MB');
    expect(formatMegabytes(1234.5 * 1024 * 1024)).toBe('1.234,50 MB');
  });
});
