// Installs every feature's handlers as one map; a channel claimed twice is a wiring bug, refused
// at start-up rather than letting the later group silently win.
import type { Handlers } from '@shared/ipc';
import type { HandlerDeps } from '../ports';
import { WrittenPaths } from '../services/written-paths';
import { createAppHandlers } from './app';
import { createBackupHandlers } from './backup';
import { createBundleHandlers } from './bundles';
import { createDossierHandlers } from './dossier';
import { createFileHandlers } from './files';
import { createMailHandlers } from './mail';
import { createPageHandlers } from './page';
import { createReportHandlers } from './report';
import { createSheetHandlers } from './sheets';

export function createHandlers(deps: HandlerDeps): Handlers {
  const app = createAppHandlers(deps);
  // One list of the paths this app wrote, so any of them can be shown in the file manager.
  const written = new WrittenPaths(deps.appInfo.dataDir);
  const files = createFileHandlers(deps, written);
  const page = createPageHandlers(deps);
  const backup = createBackupHandlers(deps);
  const dossier = createDossierHandlers(deps, written);
  const bundles = createBundleHandlers(deps, written);
  const mail = createMailHandlers(deps);
  const sheets = createSheetHandlers(deps, written);
  const report = createReportHandlers(deps, written);
  const groups = [app, files, page, backup, dossier, bundles, mail, sheets, report];
  refuseDuplicates(groups);
  return {
    ...app,
    ...files,
    ...page,
    ...backup,
    ...dossier,
    ...bundles,
    ...mail,
    ...sheets,
    ...report,
  } satisfies Handlers;
}

export function refuseDuplicates(groups: readonly object[]): void {
  const seen = new Set<string>();
  for (const group of groups) {
    for (const channel of Object.keys(group)) {
      if (seen.has(channel)) throw new Error(`IPC channel "${channel}" has two handlers`);
      seen.add(channel);
    }
  }
}
