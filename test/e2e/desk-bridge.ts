// Stands in for the preload: defines `window.desk` with one function per contract channel and
// forwards each call over a Playwright binding to the real main-process dispatch in this Node
// process. Uint8Array payloads cross as Uint8Array: Playwright serialises typed arrays both ways
// (checked with playwright-core 1.65), so no encoding is needed and dispatch's schemas see the
// same types as behind Electron's structured clone.
import type { BrowserContext } from 'playwright-core';
import { CHANNELS } from '@shared/ipc';
import type { Result } from '@shared/result';

export const BINDING = '__deskInvoke';
/** Hidden page global through which the harness delivers main's flush request, as ipcRenderer.on does. */
export const FLUSH_TRIGGER = '__deskFlushRequest';

// playwright-core does not export this type by name.
type BindingSource = Parameters<Parameters<BrowserContext['exposeBinding']>[1]>[0];

/** The frame a call came from, as Electron's IPC event tells main. */
export interface Sender {
  url: string;
  isMainFrame: boolean;
}

/** What main does with one IPC call: check the sender, validate the payload, run the handler. */
export type MainInvoke = (
  sender: Sender,
  channel: unknown,
  payload: unknown,
) => Promise<Result<unknown>>;

/** Runs in the page before any of its scripts, as the preload does. Self-contained: it is serialised. */
function installDesk(arg: {
  channels: readonly string[];
  binding: string;
  flushTrigger: string;
}): void {
  const w = window as unknown as Record<string, unknown>;
  const call = (channel: string, request: unknown): Promise<unknown> => {
    const invoke = w[arg.binding] as (c: string, r: unknown) => Promise<unknown>;
    return invoke(channel, request);
  };
  const desk: Record<string, (request: never) => unknown> = {};
  for (const channel of arg.channels) desk[channel] = (request) => call(channel, request);
  // desk.onFlushRequest as preload/desk-api.ts builds it: run the handler, answer on page:flushed.
  const flushHandlers = new Set<() => Promise<boolean>>();
  desk['onFlushRequest'] = (handler: () => Promise<boolean>) => {
    flushHandlers.add(handler);
    return () => flushHandlers.delete(handler);
  };
  Object.defineProperty(window, arg.flushTrigger, {
    value: (requestId: string) => {
      for (const handler of flushHandlers)
        handler().then(
          (saved) => call('page:flushed', { requestId, saved: saved === true }),
          () => call('page:flushed', { requestId, saved: false }),
        );
    },
    enumerable: false,
  });
  // desk.pathForFile: a page in Chromium has no file paths; the e2e tests open bundles by dialog.
  desk['pathForFile'] = () => '';
  // contextBridge hands the page a frozen, non-writable object; so does this.
  Object.defineProperty(window, 'desk', {
    value: Object.freeze(desk),
    writable: false,
    configurable: false,
  });
}

/** Installs the bridge on a context; every page and frame gets `window.desk`, as with a preload. */
export async function installDeskBridge(
  context: BrowserContext,
  opts: { invoke: MainInvoke; onCall?: (channel: unknown, result: Result<unknown>) => void },
): Promise<void> {
  await context.exposeBinding(
    BINDING,
    async (source: BindingSource, channel: unknown, payload: unknown) => {
      const sender = {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page?.mainFrame(),
      };
      const result = await opts.invoke(sender, channel, payload);
      opts.onCall?.(channel, result);
      return result;
    },
  );
  await context.addInitScript(installDesk, {
    channels: CHANNELS,
    binding: BINDING,
    flushTrigger: FLUSH_TRIGGER,
  });
}
