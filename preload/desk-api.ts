// Only types come from shared/: a runtime import of shared/ipc.ts would pull in zod, which
// electron-vite leaves as require('zod'), and a sandboxed preload cannot require packages.
import type { Channel, DeskApi, FlushRequestEvent, Request, Response } from '@shared/ipc';
import type { Result } from '@shared/result';

/** Sends one request on one channel and resolves to main's reply (ipcRenderer.invoke). */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;

/** Listens to one message main sends (ipcRenderer.on), handing on its payload only; returns the unsubscribe. */
export type Listen = (event: FlushRequestEvent, listener: (payload: unknown) => void) => () => void;

// Typed by the contract's literal type, so a renamed event fails the build here too.
const FLUSH_REQUEST: FlushRequestEvent = 'page:flush-request';

const requestIdOf = (payload: unknown): string | null => {
  if (typeof payload !== 'object' || payload === null) return null;
  const id = (payload as { requestId?: unknown }).requestId;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null;
};

/**
 * window.desk: one named function per contract channel and the named events, nothing else.
 * `satisfies DeskApi` fails the build when the contract gains, loses or changes a channel and
 * this list does not.
 */
export function createDeskApi(
  invoke: Invoke,
  listen: Listen,
  /** webUtils.getPathForFile in the preload; the page never sees webUtils itself. */
  pathForFile: (file: object) => string = () => '',
) {
  // Each function passes only the request on: no event, sender or ipcRenderer reaches the page.
  const call =
    <C extends Channel>(channel: C) =>
    (request: Request<C>) =>
      // main answers every call with a Result checked against the contract (main/ipc/dispatch.ts)
      invoke(channel, request) as Promise<Result<Response<C>>>;

  const answerFlush = (requestId: string, saved: boolean): void =>
    void invoke('page:flushed', { requestId, saved }).catch(() => undefined);

  return Object.freeze({
    'app:info': call('app:info'),
    'file:save': call('file:save'),
    'page:flushed': call('page:flushed'),
    'folder:reveal': call('folder:reveal'),
    'file:open': call('file:open'),
    onFlushRequest: (handler: () => Promise<boolean>) =>
      listen(FLUSH_REQUEST, (payload) => {
        const requestId = requestIdOf(payload);
        if (requestId === null) return;
        // Whatever the page says or throws, main hears back, so it never waits for nothing.
        handler().then(
          (saved) => answerFlush(requestId, saved === true),
          () => answerFlush(requestId, false),
        );
      }),
    'backup:list': call('backup:list'),
    'backup:write:begin': call('backup:write:begin'),
    'backup:write:chunk': call('backup:write:chunk'),
    'backup:write:end': call('backup:write:end'),
    'backup:write:abort': call('backup:write:abort'),
    'backup:read': call('backup:read'),
    'backup:read:chunk': call('backup:read:chunk'),
    'backup:read:end': call('backup:read:end'),
    'dossier:export': call('dossier:export'),
    'sheet:export': call('sheet:export'),
    'report:export': call('report:export'),

    'sheet:export:begin': call('sheet:export:begin'),
    'sheet:export:rows': call('sheet:export:rows'),
    'sheet:export:end': call('sheet:export:end'),
    'sheet:template': call('sheet:template'),
    'sheet:import:open': call('sheet:import:open'),
    'sheet:import:next': call('sheet:import:next'),
    'sheet:import:close': call('sheet:import:close'),
    'bundle:write': call('bundle:write'),
    'bundle:read': call('bundle:read'),
    'bundle:choose': call('bundle:choose'),
    'bundle:outbox:prune': call('bundle:outbox:prune'),
    pathForFile: (file: object) => pathForFile(file),
    'mail:settings:get': call('mail:settings:get'),
    'mail:settings:set': call('mail:settings:set'),
    'mail:test': call('mail:test'),
    'mail:send': call('mail:send'),
  } satisfies DeskApi);
}
