// Installs every feature's handlers as one map; a channel claimed twice is a wiring bug, refused
// at start-up rather than letting the later group silently win.
import type { Handlers } from '@shared/ipc';
import type { HandlerDeps } from '../ports';
import { createAppHandlers } from './app';
import { createBackupHandlers } from './backup';
import { createDossierHandlers } from './dossier';
import { createFileHandlers } from './files';
import { createPageHandlers } from './page';

export function createHandlers(deps: HandlerDeps): Handlers {
  const app = createAppHandlers(deps);
  const files = createFileHandlers(deps);
  const page = createPageHandlers(deps);
  const backup = createBackupHandlers(deps);
  const dossier = createDossierHandlers(deps);
  refuseDuplicates([app, files, page, backup, dossier]);
  return { ...app, ...files, ...page, ...backup, ...dossier } satisfies Handlers;
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
