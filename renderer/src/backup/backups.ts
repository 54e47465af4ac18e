// What the app does with backups (issue 7): the renderer owns the data, so it drives every backup
// and asks main for the file step (docs/architecture.md). Other features call snapshotBefore()
// before they replace data; the shell calls backUpIfDue() once at start.
import type { BackupManifest, BackupReason } from '@shared/backup/format';
import type { Response } from '@shared/ipc';
import { fail, ok, type Result } from '@shared/result';
import type { DeskDb } from '../db/database';
import { invoke } from '../desk';
import { closeRead, receiveExport, sendExport } from './backup-transfer';
import {
  exportDatabase,
  importDatabase,
  knownSchemaVersion,
  type Progress,
} from './database-export';

/** Which step a long backup or restore is in, with its progress when known (0–100). */
export interface Step {
  readonly phase: 'export' | 'write' | 'read' | 'load' | 'snapshot' | 'import' | 'rebuild' | 'undo';
  readonly percent: number | null;
}
export type OnStep = (step: Step) => void;

const percentOf = ({ done, total }: Progress): number | null =>
  total === undefined || total === 0 ? null : Math.min(100, Math.round((done / total) * 100));

const exportFailed = (e: unknown) =>
  fail(
    'BACKUP_EXPORT_FAILED',
    `Chưa đọc được dữ liệu để sao lưu${e instanceof Error && e.message ? ` (${e.message})` : ''}. Hãy đóng rồi mở lại Sáng kiến Desk và bấm "Sao lưu ngay".`,
  );

/** Exports the whole database and has main write it into the data folder (and, if asked, a copy). */
export async function makeBackup(
  db: DeskDb,
  reason: BackupReason,
  options: { askWhere?: boolean; onStep?: OnStep } = {},
): Promise<Result<Response<'backup:write:end'>>> {
  const onStep = options.onStep ?? (() => undefined);
  let exported;
  try {
    onStep({ phase: 'export', percent: 0 });
    exported = await exportDatabase(db, (p) => onStep({ phase: 'export', percent: percentOf(p) }));
  } catch (e) {
    return exportFailed(e);
  }
  onStep({ phase: 'write', percent: 0 });
  return sendExport(exported, reason, options.askWhere ?? false, (done, total) =>
    onStep({ phase: 'write', percent: percentOf({ done, total }) }),
  );
}

/**
 * A snapshot of the current state before data is replaced; the caller goes on only when this
 * succeeds, so an import or restore can always be undone from the backups folder.
 */
export async function snapshotBefore(
  db: DeskDb,
  reason: 'import' | 'restore',
  onStep?: OnStep,
): Promise<Result<Response<'backup:write:end'>>> {
  return makeBackup(db, reason, {
    onStep: onStep && ((s) => onStep({ ...s, phase: 'snapshot' })),
  });
}

const sameLocalDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() &&
  a.getMonth() === b.getMonth() &&
  a.getDate() === b.getDate();

/** The first start of a day makes the day's backup; later starts (and a day already covered) do not. */
export async function backUpIfDue(
  db: DeskDb,
  now: Date = new Date(),
): Promise<Result<'written' | 'not-due'>> {
  const listed = await invoke('backup:list', {});
  if (!listed.ok) return listed;
  const newest = listed.value.backups[0];
  if (newest && sameLocalDay(new Date(newest.createdAt), now)) return ok('not-due');
  const written = await makeBackup(db, 'daily');
  return written.ok ? ok('written') : written;
}

/** A backup main has verified and holds open; its bytes are fetched when the clerk confirms. */
export interface ReadBackup {
  readonly fileName: string;
  readonly manifest: BackupManifest;
  readonly readId: string;
  /** Bytes of its database export. */
  readonly size: number;
}

/**
 * A verified backup from the data folder (by name) or from a file the clerk picks (null:
 * cancelled). Main keeps it open: restoreBackup() fetches it, forgetBackup() drops it.
 */
export async function readBackup(fileName?: string): Promise<Result<ReadBackup | null>> {
  const request =
    fileName === undefined
      ? { schemaVersion: knownSchemaVersion() }
      : { fileName, schemaVersion: knownSchemaVersion() };
  return invoke('backup:read', request);
}

/** Restores the snapshot taken before a failed restore; false when that fails too. */
async function putBack(db: DeskDb, fileName: string): Promise<boolean> {
  try {
    const read = await readBackup(fileName);
    if (!read.ok || read.value === null) return false;
    const data = await receiveExport(read.value.readId, read.value.size);
    if (!data.ok) return false;
    await importDatabase(db, data.value, read.value.manifest.schemaVersion);
    return true;
  } catch {
    return false;
  }
}

/** Lets main drop a backup the clerk chose not to restore. */
export const forgetBackup = (backup: ReadBackup): Promise<void> => closeRead(backup.readId);

/**
 * Fetches the backup from main, snapshots the current state, then replaces the whole database
 * with the backup's and rebuilds the derived tables. A restore that fails part-way leaves a partly
 * restored database (database-export.ts says why): the snapshot just taken is put back at once.
 */
export async function restoreBackup(
  db: DeskDb,
  backup: ReadBackup,
  onStep: OnStep = () => undefined,
): Promise<Result<{ snapshot: string }>> {
  onStep({ phase: 'load', percent: 0 });
  const data = await receiveExport(backup.readId, backup.size, (done, total) =>
    onStep({ phase: 'load', percent: percentOf({ done, total }) }),
  );
  if (!data.ok) return data;
  const snapshot = await snapshotBefore(db, 'restore', onStep);
  if (!snapshot.ok) return snapshot;
  const safety = snapshot.value.backup.fileName;
  try {
    onStep({ phase: 'import', percent: 0 });
    await importDatabase(
      db,
      data.value,
      backup.manifest.schemaVersion,
      (p) => onStep({ phase: 'import', percent: percentOf(p) }),
      (p) => onStep({ phase: 'rebuild', percent: percentOf(p) }),
    );
  } catch (e) {
    const why = e instanceof Error && e.message ? ` (${e.message})` : '';
    onStep({ phase: 'undo', percent: null });
    return fail(
      'RESTORE_FAILED',
      (await putBack(db, safety))
        ? `Khôi phục chưa xong${why}. Dữ liệu đã được đưa về như trước khi khôi phục (từ bản "${safety}"), không mất gì. Hãy thử lại; nếu vẫn không được, hãy chọn một bản sao lưu khác.`
        : `Khôi phục chưa xong${why}. Dữ liệu trước khi khôi phục đã được sao lưu thành "${safety}": hãy khôi phục bản đó trong màn hình Sao lưu & khôi phục.`,
    );
  }
  return ok({ snapshot: safety });
}
