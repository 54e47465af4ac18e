// Installs one ipcMain handler per contract channel. The sender is checked here (our page,
// top-level frame); the payload is checked by dispatch, shared with the end-to-end harness.
import { ipcMain } from 'electron';
import { CHANNELS } from '@shared/ipc';
import type { Handlers } from '@shared/ipc';
import { forbidden } from '../errors';
import { dispatch, isTrustedSender } from '../ipc/dispatch';
import type { Log } from '../ports';

export interface IpcOptions {
  readonly trustedOrigins: readonly string[];
  readonly log: Log;
}

export function registerIpcHandlers(handlers: Handlers, { trustedOrigins, log }: IpcOptions): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const frame = event.senderFrame;
      // A frame without a parent is a top-level frame (the test VS Code's validatedIpcMain uses).
      if (frame === null || !isTrustedSender(frame.url, frame.parent === null, trustedOrigins)) {
        log.warn(`IPC ${channel}: refused a sender`, { url: frame?.url });
        return forbidden();
      }
      return dispatch(handlers, channel, payload, log);
    });
  }
}
