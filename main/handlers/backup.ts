// Backups on disk (issue 7): the renderer exports its database and hands the bytes over in pieces
// (docs/decisions.md, D59); main zips them with a manifest, writes atomically into
// <dataDir>/backups, verifies, rotates, and reads backups back only after verifying them
// (main/backup/verify.ts), handing the export out in pieces too.
import { copyFile, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import {
  BACKUP_EXTENSION,
  MAX_BACKUP_DATA_BYTES,
  parseBackupFileName,
} from '@shared/backup/format';
import type { HandlerDeps } from '../ports';
import { writeArchiveFile } from '../backup/archive-file';
import {
  BackupRefused,
  backupBusy,
  backupInvalid,
  backupNotFound,
  backupReadLost,
  backupTooLarge,
  backupTooNew,
  backupWriteFailed,
  backupWriteLost,
  backupWriteMismatch,
} from '../backup/errors';
import { backupsFolder, listBackups, storeBackup } from '../backup/folder';
import { BackupReads } from '../backup/read-sessions';
import { verifyBackupFile, type VerifyLimits } from '../backup/verify';
import { BackupWrites, WriteRefused } from '../backup/write-sessions';
import { renameWithRetry, syncFolder, tempNameFor } from '../services/atomic-write';
import { consoleLog } from '../services/console-log';

const FILTERS = [{ name: 'Bản sao lưu Sáng kiến Desk', extensions: [BACKUP_EXTENSION] }];

type BackupChannels =
  | 'backup:list'
  | 'backup:write:begin'
  | 'backup:write:chunk'
  | 'backup:write:end'
  | 'backup:write:abort'
  | 'backup:read'
  | 'backup:read:chunk'
  | 'backup:read:end';

export interface BackupOptions {
  /** Tests lower the limits to prove an oversized entry is refused. */
  readonly limits?: VerifyLimits;
  /** The largest export a write accepts; tests lower it. */
  readonly maxDataBytes?: number;
}

/** Copies a file so that the target is either absent, as it was, or whole. */
async function copyFileAtomic(from: string, target: string): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, tempNameFor(basename(target)));
  try {
    await copyFile(from, temp);
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

export function createBackupHandlers(
  deps: HandlerDeps,
  options: BackupOptions = {},
): Pick<Handlers, BackupChannels> {
  const log = deps.log ?? consoleLog;
  const clock = deps.clock ?? (() => new Date());
  const folder = backupsFolder(deps.appInfo.dataDir);
  const maxDataBytes = options.maxDataBytes ?? MAX_BACKUP_DATA_BYTES;
  const writes = new BackupWrites(folder, () => clock().getTime());
  const reads = new BackupReads(folder);

  return {
    'backup:list': async () => ok({ folder, backups: await listBackups(folder) }),

    'backup:write:begin': async (meta) => {
      if (meta.size > maxDataBytes) return backupTooLarge();
      let writeId;
      try {
        writeId = await writes.begin(meta);
      } catch (error) {
        log.warn('backup:write:begin could not open', { folder, error });
        return backupWriteFailed(folder);
      }
      return writeId === null ? backupBusy() : ok({ writeId });
    },

    'backup:write:chunk': async ({ writeId, offset, data }) => {
      try {
        return ok({ received: await writes.append(writeId, offset, data) });
      } catch (error) {
        if (error instanceof WriteRefused)
          return error.why === 'unknown' ? backupWriteLost() : backupWriteMismatch();
        log.warn('backup:write:chunk could not write', { folder, error });
        return backupWriteFailed(folder);
      }
    },

    'backup:write:abort': async ({ writeId }) => ok({ dropped: await writes.abort(writeId) }),

    'backup:write:end': async ({ writeId }) => {
      let arrived;
      try {
        arrived = await writes.finish(writeId);
      } catch (error) {
        if (error instanceof WriteRefused)
          return error.why === 'unknown' ? backupWriteLost() : backupWriteMismatch();
        throw error;
      }
      const { meta } = arrived;
      const now = clock();
      let written;
      try {
        written = await storeBackup(
          folder,
          async (temp) => {
            await writeArchiveFile(temp, {
              appVersion: deps.appInfo.version,
              schemaVersion: meta.schemaVersion,
              createdAt: now,
              reason: meta.reason,
              tables: meta.tables,
              dataFile: arrived.file,
              size: meta.size,
              sha256: arrived.sha256,
            });
            // Read back before it joins the folder: rotation must never trade older backups
            // for one that cannot be restored.
            await verifyBackupFile(temp, meta.schemaVersion);
          },
          meta.reason,
          now,
        );
      } catch (error) {
        log.warn('backup:write:end could not write', { folder, error });
        return backupWriteFailed(folder);
      } finally {
        await writes.discard(arrived).catch(() => undefined);
      }
      log.info('backup written', { file: written.backup.fileName, removed: written.removed });
      if (!meta.askWhere) return ok({ ...written, copiedTo: null });

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
        await copyFileAtomic(join(folder, written.backup.fileName), target);
      } catch (error) {
        log.warn('backup:write:end could not write the copy', { target, error });
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
        const { readId, manifest, size } = await reads.open(path, schemaVersion, options.limits);
        return ok({ fileName: shown, manifest, readId, size });
      } catch (error) {
        if (!(error instanceof BackupRefused)) throw error;
        log.warn('backup:read refused a file', { path, reason: error.reason });
        if (error.tooNew) return backupTooNew(shown);
        if (error.reason === 'not a file' && fileName !== undefined) return backupNotFound(shown);
        return backupInvalid(shown);
      }
    },

    'backup:read:chunk': async ({ readId, offset, length }) => {
      const data = await reads.chunk(readId, offset, length);
      return data === null ? backupReadLost() : ok({ data });
    },

    'backup:read:end': async ({ readId }) => ok({ dropped: await reads.close(readId) }),
  };
}
