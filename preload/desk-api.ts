// Only types come from shared/: a runtime import of shared/ipc.ts would pull in zod, which
// electron-vite leaves as require('zod'), and a sandboxed preload cannot require packages.
import type { Channel, DeskApi, Request, Response } from '@shared/ipc';
import type { Result } from '@shared/result';

/** Sends one request on one channel and resolves to main's reply (ipcRenderer.invoke). */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;

/**
 * window.desk: one named function per contract channel and nothing else. `satisfies DeskApi`
 * fails the build when the contract gains, loses or changes a channel and this list does not.
 */
export function createDeskApi(invoke: Invoke) {
  // Each function passes only the request on: no event, sender or ipcRenderer reaches the page.
  const call =
    <C extends Channel>(channel: C) =>
    (request: Request<C>) =>
      // main answers every call with a Result checked against the contract (main/ipc/dispatch.ts)
      invoke(channel, request) as Promise<Result<Response<C>>>;

  return Object.freeze({
    'app:info': call('app:info'),
    'file:save': call('file:save'),
    'folder:reveal': call('folder:reveal'),
    'bundle:write': call('bundle:write'),
    'bundle:read': call('bundle:read'),
    'mail:settings:get': call('mail:settings:get'),
    'mail:settings:set': call('mail:settings:set'),
    'mail:test': call('mail:test'),
    'mail:send': call('mail:send'),
  } satisfies DeskApi);
}
