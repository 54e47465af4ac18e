// Electron's side of the close guard (main/services/close-guard.ts): the events that would end
// the page are held until the page has flushed its pending writes.
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import { FLUSH_REQUEST_EVENT } from '@shared/ipc';
import { isReloadShortcut, type CloseGuard } from '../services/close-guard';

export interface GuardOptions {
  readonly guard: CloseGuard;
  /** Whether the reload keys reload at all (not in a packaged app, whose menu has no reload). */
  readonly reloadAllowed: boolean;
}

/** Holds the window's close, the app's quit and the reload keys until the page has flushed. */
export function guardWindow(window: BrowserWindow, { guard, reloadAllowed }: GuardOptions): void {
  const closeWindow = (): void => {
    if (!window.isDestroyed()) window.close();
  };
  const quitApp = (): void => app.quit();

  window.on('close', (event) => {
    if (!guard.hold(closeWindow)) event.preventDefault();
  });
  const onBeforeQuit = (event: Electron.Event): void => {
    if (!guard.hold(quitApp)) event.preventDefault();
  };
  app.on('before-quit', onBeforeQuit);
  window.on('closed', () => app.removeListener('before-quit', onBeforeQuit));

  window.webContents.on('before-input-event', (event, input) => {
    if (!isReloadShortcut(input)) return;
    // Also stops the menu's accelerator: the one reload path is the guarded one.
    event.preventDefault();
    if (reloadAllowed) void reloadGuarded(window, guard);
  });
}

/** Reloads the page once its pending writes are flushed (the menu's "Tải lại trang"). */
export function reloadGuarded(window: BrowserWindow, guard: CloseGuard): Promise<unknown> {
  return guard.reload(() => {
    if (!window.isDestroyed()) window.webContents.reload();
  });
}

/** Sends the flush request to the page; false when there is no loaded, living page to ask. */
export function sendFlushRequest(window: BrowserWindow | null, requestId: string): boolean {
  if (window === null || window.isDestroyed()) return false;
  const { webContents } = window;
  // A page still loading has registered nothing and holds no edits yet; a crashed one cannot answer.
  if (webContents.isDestroyed() || webContents.isCrashed() || webContents.isLoadingMainFrame())
    return false;
  webContents.send(FLUSH_REQUEST_EVENT, { requestId });
  return true;
}
