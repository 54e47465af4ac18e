import { resolve } from 'node:path';
import { EMPTY_DOSSIER_MESSAGE } from '@shared/dossier/dossier';
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import { emitDocx } from '../dossier/docx-emitter';
import { emptyDossier, folderNotWritable } from '../errors';
import type { HandlerDeps } from '../ports';
import { writeFilesAtomic } from '../services/atomic-batch';
import { consoleLog } from '../services/console-log';
import { WrittenPaths } from '../services/written-paths';

export function createDossierHandlers(
  deps: HandlerDeps,
  /** The written documents may then be opened in the word processor (`file:open`). */
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
): Pick<Handlers, 'dossier:export'> {
  const log = deps.log ?? consoleLog;
  return {
    'dossier:export': async ({ documents }) => {
      // Refused before the dialog: an empty selection would only make an empty folder.
      if (documents.length === 0) return emptyDossier(EMPTY_DOSSIER_MESSAGE);
      const chosen = await deps.dialogs.askFolder({ title: 'Chọn thư mục lưu hồ sơ' });
      if (chosen === null) return ok(null);
      const folder = resolve(chosen);
      // Every file is built before the first byte is written.
      const files = await Promise.all(
        documents.map(async (d) => ({ name: d.fileName, data: await emitDocx(d) })),
      );
      try {
        const paths = await writeFilesAtomic(folder, files);
        for (const p of paths) written.add(p);
        return ok({ folder, files: paths });
      } catch (error) {
        log.warn('dossier:export could not write', { folder, error });
        return folderNotWritable(folder);
      }
    },
  };
}
