import { dirname, resolve } from 'node:path';
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import { writeFailed } from '../errors';
import type { HandlerDeps } from '../ports';
import { consoleLog } from '../services/console-log';
import { planSave, withExtension } from '../services/file-names';
import { WrittenPaths } from '../services/written-paths';
import { writeXlsxAtomic, type SheetProgress } from '../sheets/xlsx-writer';

export function createSheetHandlers(
  deps: HandlerDeps,
  /** Shared with the other groups, so the saved sheet can be shown in the file manager. */
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
  /** Hears the rows written so far of a long list. */
  onProgress?: SheetProgress,
): Pick<Handlers, 'sheet:export'> {
  const log = deps.log ?? consoleLog;
  return {
    'sheet:export': async ({ suggestedName, table }) => {
      const plan = planSave(suggestedName, 'xlsx');
      // The xlsx kind always plans; the check keeps the types honest.
      if (!plan.ok || plan.extension === null) return writeFailed('');
      const chosen = await deps.dialogs.askSavePath({
        suggestedName: plan.name,
        filters: plan.filters,
      });
      if (chosen === null) return ok(null);
      const path = resolve(withExtension(chosen, plan.extension));
      try {
        await writeXlsxAtomic(path, table, onProgress);
      } catch (error) {
        log.warn('sheet:export could not write', { path, error });
        return writeFailed(dirname(path));
      }
      written.add(path);
      return ok({ path, rows: table.rows.length });
    },
  };
}
