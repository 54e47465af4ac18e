// window.desk wired to the real main-process dispatch and handlers over a temp data folder, so a
// renderer test makes real backup files and reads them back through the contract.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS, type DeskApi } from '@shared/ipc';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/handlers/index';
import type { HandlerDeps, Log } from '../../../main/ports';

export interface MainBridge {
  readonly dataDir: string;
  /** Paths the open and save dialogs answer next (null: Cancel). */
  nextOpen: string | null;
  nextSave: string | null;
  /** The channels the page called, in order. */
  readonly calls: string[];
  dispose(): Promise<void>;
}

const quiet: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function installMainBridge(
  now?: () => Date,
  more: (dataDir: string) => Partial<HandlerDeps> = () => ({}),
): Promise<MainBridge> {
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-renderer-'));
  const bridge: MainBridge = {
    dataDir,
    nextOpen: null,
    nextSave: null,
    calls: [],
    dispose: async () => {
      delete window.desk;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  const deps: HandlerDeps = {
    dialogs: {
      askSavePath: () => Promise.resolve(bridge.nextSave),
      askOpenPath: () => Promise.resolve(bridge.nextOpen),
      askFolder: () => Promise.resolve(null),
    },
    shell: { showItemInFolder: () => undefined, openPath: () => Promise.resolve('') },
    appInfo: { name: 'Sáng kiến Desk', version: '1.2.3', platform: 'linux', dataDir },
    log: quiet,
    ...(now ? { clock: now } : {}),
    ...more(dataDir),
  };
  const handlers = createHandlers(deps);
  const desk = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (request: unknown) => {
        bridge.calls.push(channel);
        return dispatch(handlers, channel, request, quiet);
      },
    ]),
  ) as unknown as DeskApi;
  window.desk = desk;
  return bridge;
}
