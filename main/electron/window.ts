// The one window. Locked down: the page gets window.desk from the preload and nothing else,
// cannot navigate away from our origin (top frame, iframes, redirects), open windows or embed
// webviews.
import { BrowserWindow } from 'electron';
import { APP_NAME, isTrustedOrigin } from '../app-identity';
import type { Log } from '../ports';

export interface MainWindowOptions {
  /** Absolute path of out/preload/index.cjs (CommonJS: a sandboxed preload cannot be ESM). */
  readonly preloadPath: string;
  /** Origins the window may show: app://desk, plus the dev server in development. */
  readonly trustedOrigins: readonly string[];
  readonly log: Log;
  /** app.isPackaged: the clerk's build, where DevTools stay shut. */
  readonly packaged: boolean;
  /** Called when the page's process dies (main/services/renderer-crash.ts decides what follows). */
  readonly onRendererGone?: (details: { reason: string; exitCode: number }) => void;
}

export function createMainWindow({
  preloadPath,
  trustedOrigins,
  log,
  packaged,
  onRendererGone,
}: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 800,
    minWidth: 1100,
    minHeight: 700,
    show: false, // shown on ready-to-show, so the clerk never sees a blank white frame
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false, // a file dropped on the window must not replace the app
      spellcheck: false,
      // In the packaged app DevTools would let anyone edit a locked score sheet without a trace.
      devTools: !packaged,
    },
  });

  window.once('ready-to-show', () => window.show());

  const { webContents } = window;
  const stayHome = (event: { readonly url: string; preventDefault(): void }): void => {
    if (isTrustedOrigin(event.url, trustedOrigins)) return;
    event.preventDefault();
    log.warn('Blocked navigation away from the app', { url: event.url });
  };
  webContents.on('will-navigate', stayHome);
  // 'will-navigate' sees only the top frame's own moves: an iframe's navigation and a server
  // redirect come through these two (Electron's security checklist, "Disable or limit navigation").
  webContents.on('will-frame-navigate', stayHome);
  webContents.on('will-redirect', stayHome);
  webContents.setWindowOpenHandler(({ url }) => {
    log.warn('Blocked a new window', { url });
    return { action: 'deny' };
  });
  webContents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a <webview>');
  });
  if (packaged) {
    // Belt and braces: should anything open them anyway, they are closed at once.
    webContents.on('devtools-opened', () => {
      webContents.closeDevTools();
      log.warn('Closed DevTools in the packaged app');
    });
  }
  webContents.on('render-process-gone', (_event, details) => {
    if (onRendererGone) onRendererGone(details);
    else log.error('The page process stopped', details);
  });

  return window;
}
