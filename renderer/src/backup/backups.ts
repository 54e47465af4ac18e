// What the app does with backups (issue 7): the renderer owns the data, so it drives every backup
// and asks main for the file step (docs/architecture.md). Other features call snapshotBefore()
// before they replace data; the shell calls backUpIfDue() once at start.
import type { BackupManifest, BackupReason } from '@shared/backup/format';
import type { Response } from '@shared/ipc';
import { fail, ok, type Result } from '@shared/result';
import type { DeskDb } from '../db/database';
import { invoke } from '../desk';
import {
  exportDatabase,
  importDatabase,
  knownSchemaVersion,
  type Progress,
} from './database-export';

/** Which step a long backup or restore is in, with its progress when known (0–100). */
export interface Step {
  readonly phase: 'export' | 'write' | 'read' | 'snapshot' | 'import';
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
): Promise<Result<Response<'backup:write'>>> {
  const onStep = options.onStep ?? (() => undefined);
  let exported;
  try {
    onStep({ phase: 'export', percent: 0 });
    exported = await exportDatabase(db, (p) => onStep({ phase: 'export', percent: percentOf(p) }));
  } catch (e) {
    return exportFailed(e);
  }
  onStep({ phase: 'write', percent: null });
  return invoke('backup:write', { reason, ...exported, askWhere: options.askWhere ?? false });
}

/**
 * A snapshot of the current state before data is replaced; the caller goes on only when this
 * succeeds, so an import or restore can always be undone from the backups folder.
 */
export async function snapshotBefore(
  db: DeskDb,
  reason: 'import' | 'restore',
  onStep?: OnStep,
): Promise<Result<Response<'backup:write'>>> {
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

export interface ReadBackup {
  readonly fileName: string;
  readonly manifest: BackupManifest;
  readonly data: Uint8Array<ArrayBuffer>;
}

/** A verified backup from the data folder (by name) or from a file the clerk picks (null: cancelled). */
export async function readBackup(fileName?: string): Promise<Result<ReadBackup | null>> {
  const request =
    fileName === undefined
      ? { schemaVersion: knownSchemaVersion() }
      : { fileName, schemaVersion: knownSchemaVersion() };
  return invoke('backup:read', request);
}

/** Snapshots the current state, then replaces the whole database with the backup's. */
export async function restoreBackup(
  db: DeskDb,
  backup: ReadBackup,
  onStep: OnStep = () => undefined,
): Promise<Result<{ snapshot: string }>> {
  const snapshot = await snapshotBefore(db, 'restore', onStep);
  if (!snapshot.ok) return snapshot;
  const safety = snapshot.value.backup.fileName;
  try {
    onStep({ phase: 'import', percent: 0 });
    await importDatabase(db, backup.data, backup.manifest.schemaVersion, (p) =>
      onStep({ phase: 'import', percent: percentOf(p) }),
    );
  } catch (e) {
    return fail(
      'RESTORE_FAILED',
      `Khôi phục chưa xong${e instanceof Error && e.message ? ` (${e.message})` : ''}. Dữ liệu trước khi khôi phục đã được sao lưu thành "${safety}": hãy khôi phục bản đó trong màn hình Sao lưu & khôi phục.`,
    );
  }
  return ok({ snapshot: safety });
}
