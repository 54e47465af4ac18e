// Composition root: lifecycle and wiring only. Features live in main/handlers/, Electron
// adapters in main/electron/.
import { join } from 'node:path';
import { app, dialog, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, APP_NAME, APP_ORIGIN, USER_DATA_FOLDER, originOf } from './app-identity';
import { guardWindow, reloadGuarded, sendFlushRequest } from './electron/close-guard';
import { createDialogs } from './electron/dialogs';
import { registerIpcHandlers } from './electron/ipc';
import { installMenu, showAbout, tellClerk } from './electron/menu';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { createSafeStorageSecrets } from './electron/secrets';
import { applySessionSecurity } from './electron/security';
import { electronShell } from './electron/shell';
import { createMainWindow } from './electron/window';
import { createHandlers } from './handlers';
import type { AppInfo } from './ports';
import { createCloseGuard, type CloseGuard } from './services/close-guard';
import { consoleLog as log } from './services/console-log';
import { removeStrayTempFiles } from './services/atomic-write';
import { PageFlush } from './services/page-flush';
import { createCrashRecovery } from './services/renderer-crash';

// First, before anything reads a path: fix the name and data folder forever. IndexedDB lives in
// userData; if a later rename of the product moved that folder, every clerk's records would be
// orphaned (see app-identity.ts).
app.setName(APP_NAME);
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));

registerAppScheme(); // must precede 'ready'

// A second copy could not open the same IndexedDB (LevelDB LOCK): hand over to the first one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  // The dev server is trusted only in an unpackaged build, never because of an env variable alone.
  const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const devOrigin = originOf(devUrl);
  const trustedOrigins = devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
  const packaged = app.isPackaged;
  let mainWindow: BrowserWindow | null = null;
  let guard: CloseGuard | null = null;
  // Closing, quitting and reloading wait for the page's pending writes (docs/architecture.md).
  const pageFlush = new PageFlush({ send: (requestId) => sendFlushRequest(mainWindow, requestId) });

  const openWindow = async (): Promise<void> => {
    const window = createMainWindow({
      preloadPath: join(app.getAppPath(), 'out/preload/index.cjs'),
      trustedOrigins,
      log,
      packaged,
      onRendererGone: createCrashRecovery({
        reload: () => window.webContents.reload(),
        tell: (message) => tellClerk(window, APP_NAME, message),
        log,
      }),
    });
    mainWindow = window;
    const windowGuard = createCloseGuard({ flush: () => pageFlush.request(), log });
    guard = windowGuard;
    guardWindow(window, { guard: windowGuard, reloadAllowed: !packaged });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      if (guard === windowGuard) guard = null;
    });
    try {
      await window.loadURL(devUrl ?? APP_ENTRY_URL);
    } catch (error) {
      // Keep the window: a failed load is logged, and quitting would hide what went wrong.
      log.error('The page did not load', error);
    }
  };

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      const appInfo: AppInfo = {
        name: APP_NAME,
        version: app.getVersion(),
        platform: process.platform,
        dataDir: app.getPath('userData'),
      };
      const handlers = createHandlers({
        dialogs: createDialogs(() => mainWindow),
        shell: electronShell,
        appInfo,
        pageFlush,
        log,
        secrets: createSafeStorageSecrets(app.getPath('userData')),
      });
      installMenu(packaged, APP_NAME, {
        reload: () => {
          if (mainWindow !== null && guard !== null) void reloadGuarded(mainWindow, guard);
        },
        about: () => showAbout(mainWindow, appInfo),
      });
      // A write cut short by a crash or power cut leaves its hidden temp file; none is under way now.
      void removeStrayTempFiles(appInfo.dataDir).then((removed) => {
        if (removed.length > 0) log.info('Removed temp files of interrupted writes', removed);
      });
      applySessionSecurity(session.defaultSession, trustedOrigins, log);
      serveRenderer(join(app.getAppPath(), 'out/renderer'), log);
      registerIpcHandlers(handlers, { trustedOrigins, log });
      app.on('activate', () => {
        if (mainWindow === null)
          openWindow().catch((error: unknown) => log.error('Could not open the window', error));
      });
      await openWindow();
    })
    .catch((error: unknown) => {
      log.error('Start-up failed', error);
      dialog.showErrorBox(
        APP_NAME,
        'Sáng kiến Desk không khởi động được. Hãy mở lại ứng dụng; nếu vẫn lỗi, hãy khởi động lại máy và báo cho người hỗ trợ kỹ thuật.',
      );
      app.exit(1);
    });
}
