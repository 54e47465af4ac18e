// Backups on disk (issue 7): the renderer exports its database and hands the bytes over; main
// zips them with a manifest, writes atomically into <dataDir>/backups, rotates, and reads backups
// back only after verifying them (main/backup/verify.ts).
import { basename, extname, join } from 'node:path';
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import { BACKUP_EXTENSION, parseBackupFileName } from '@shared/backup/format';
import type { HandlerDeps } from '../ports';
import { buildBackupArchive } from '../backup/archive';
import {
  BackupRefused,
  backupInvalid,
  backupNotFound,
  backupTooNew,
  backupWriteFailed,
} from '../backup/errors';
import { backupsFolder, listBackups, storeBackup } from '../backup/folder';
import { readBackup, type VerifyLimits } from '../backup/verify';
import { writeFileAtomic } from '../services/atomic-write';
import { consoleLog } from '../services/console-log';

const FILTERS = [{ name: 'Bản sao lưu Sáng kiến Desk', extensions: [BACKUP_EXTENSION] }];

export interface BackupOptions {
  /** Tests lower the limits to prove an oversized entry is refused. */
  readonly limits?: VerifyLimits;
}

export function createBackupHandlers(
  deps: HandlerDeps,
  options: BackupOptions = {},
): Pick<Handlers, 'backup:list' | 'backup:write' | 'backup:read'> {
  const log = deps.log ?? consoleLog;
  const clock = deps.clock ?? (() => new Date());
  const folder = backupsFolder(deps.appInfo.dataDir);

  return {
    'backup:list': async () => ok({ folder, backups: await listBackups(folder) }),

    'backup:write': async ({ reason, schemaVersion, tables, data, askWhere }) => {
      const now = clock();
      const archive = await buildBackupArchive({
        appVersion: deps.appInfo.version,
        schemaVersion,
        createdAt: now,
        reason,
        tables,
        data,
      });
      let written;
      try {
        written = await storeBackup(folder, archive, reason, now);
      } catch (error) {
        log.warn('backup:write could not write', { folder, error });
        return backupWriteFailed(folder);
      }
      log.info('backup written', { file: written.backup.fileName, removed: written.removed });
      if (!askWhere) return ok({ ...written, copiedTo: null });

      const chosen = await deps.dialogs.askSavePath({
        suggestedName: written.backup.fileName,
        filters: FILTERS,
      });
      if (chosen === null) return ok({ ...written, copiedTo: null });
      // Main decides the extension: whatever the clerk typed, the copy is a .skdb.
      const target =
        extname(chosen).toLowerCase() === `.${BACKUP_EXTENSION}`
          ? chosen
          : `${chosen}.${BACKUP_EXTENSION}`;
      try {
        await writeFileAtomic(target, archive);
      } catch (error) {
        log.warn('backup:write could not write the copy', { target, error });
        return backupWriteFailed(join(target, '..'));
      }
      return ok({ ...written, copiedTo: target });
    },

    'backup:read': async ({ fileName, schemaVersion }) => {
      let path: string;
      if (fileName === undefined) {
        const picked = await deps.dialogs.askOpenPath({
          title: 'Chọn bản sao lưu để khôi phục',
          filters: FILTERS,
        });
        if (picked === null) return ok(null);
        path = picked;
      } else {
        // Only a backup of ours, by its bare name: the page cannot read other files this way.
        if (parseBackupFileName(fileName) === null || basename(fileName) !== fileName)
          return backupNotFound(fileName);
        path = join(folder, fileName);
      }
      const shown = basename(path);
      try {
        const { manifest, data } = await readBackup(path, schemaVersion, options.limits);
        return ok({ fileName: shown, manifest, data });
      } catch (error) {
        if (!(error instanceof BackupRefused)) throw error;
        log.warn('backup:read refused a file', { path, reason: error.reason });
        if (error.tooNew) return backupTooNew(shown);
        if (error.reason === 'not a file' && fileName !== undefined) return backupNotFound(shown);
        return backupInvalid(shown);
      }
    },
  };
}
