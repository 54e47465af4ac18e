import { dirname, resolve } from 'node:path';
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import { emitDocx } from '../dossier/docx-emitter';
import { writeFailed } from '../errors';
import type { HandlerDeps } from '../ports';
import { writeFileAtomic } from '../services/atomic-write';
import { consoleLog } from '../services/console-log';
import { planSave, withExtension } from '../services/file-names';
import { WrittenPaths } from '../services/written-paths';

/** One document to .docx where the clerk says: the programme's result report (shared/report/). */
export function createReportHandlers(
  deps: HandlerDeps,
  /** Shared with the other groups, so the saved report can be opened in the word processor. */
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
): Pick<Handlers, 'report:export'> {
  const log = deps.log ?? consoleLog;
  return {
    'report:export': async ({ suggestedName, document }) => {
      const plan = planSave(suggestedName, 'docx');
      // The docx kind always plans; the check keeps the types honest.
      if (!plan.ok || plan.extension === null) return writeFailed('');
      // Built before the dialog, so nothing is asked for a document that cannot be made.
      const data = await emitDocx(document);
      const chosen = await deps.dialogs.askSavePath({
        suggestedName: plan.name,
        filters: plan.filters,
      });
      if (chosen === null) return ok(null);
      const path = resolve(withExtension(chosen, plan.extension));
      try {
        await writeFileAtomic(path, data);
      } catch (error) {
        log.warn('report:export could not write', { path, error });
        return writeFailed(dirname(path));
      }
      written.add(path);
      return ok({ path });
    },
  };
}
