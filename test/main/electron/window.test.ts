import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../main/electron/window';
import { recordingLog } from '../helpers';
import { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

function open(
  trustedOrigins = ['app://desk'],
  extra: {
    packaged?: boolean;
    onRendererGone?: (d: { reason: string; exitCode: number }) => void;
  } = {},
) {
  const log = recordingLog();
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    trustedOrigins,
    log,
    packaged: extra.packaged ?? true,
    ...(extra.onRendererGone ? { onRendererGone: extra.onRendererGone } : {}),
  });
  const window = FakeBrowserWindow.instances.at(-1)!;
  return { window, log };
}

const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
  });

  it('isolates the page: context isolation, sandbox, no Node, web security, our preload', () => {
    const { window } = open();
    expect(window.options).toMatchObject({
      title: 'Sáng kiến Desk',
      show: false,
      webPreferences: {
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      },
    });
    expect(window.options['minWidth']).toBeGreaterThanOrEqual(1100);
    expect(window.options['minHeight']).toBeGreaterThanOrEqual(700);
  });

  it('shows itself only when ready to show', () => {
    const { window } = open();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://other/index.html',
    'http://localhost:5173/',
  ])('refuses to navigate to %s', (url) => {
    const { window, log } = open();
    const event = navigation(url);
    window.webContents.emit('will-navigate', event, url);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(log.entries.some((e) => e.level === 'warn')).toBe(true);
  });

  it('lets the page move within our own origin (and the dev server when trusted)', () => {
    const { window } = open(['app://desk', 'http://localhost:5173']);
    for (const url of ['app://desk/index.html#/initiatives', 'http://localhost:5173/']) {
      const event = navigation(url);
      window.webContents.emit('will-navigate', event, url);
      expect(event.preventDefault).not.toHaveBeenCalled();
    }
  });

  it.each(['will-frame-navigate', 'will-redirect'])(
    'refuses a foreign page through %s (an iframe, a redirect), lets our own through',
    (event) => {
      const { window, log } = open();
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/']) {
        const refused = navigation(url);
        window.webContents.emit(event, refused, url);
        expect(refused.preventDefault, url).toHaveBeenCalled();
      }
      expect(log.entries.filter((e) => e.level === 'warn')).toHaveLength(3);
      const ours = navigation('app://desk/index.html');
      window.webContents.emit(event, ours, ours.url);
      expect(ours.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('denies every window.open', () => {
    const { window } = open();
    const handler = window.webContents.windowOpenHandler!;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://desk/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents <webview> from attaching', () => {
    const { window } = open();
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('shuts DevTools in the packaged app, and closes them should they open anyway', () => {
    const { window, log } = open(['app://desk'], { packaged: true });
    expect(window.options['webPreferences']).toMatchObject({ devTools: false });
    window.webContents.emit('devtools-opened');
    expect(window.webContents.closeDevTools).toHaveBeenCalledOnce();
    expect(log.entries.some((e) => e.message.includes('DevTools'))).toBe(true);
  });

  it('keeps DevTools for a developer build', () => {
    const { window } = open(['app://desk'], { packaged: false });
    expect(window.options['webPreferences']).toMatchObject({ devTools: true });
    window.webContents.emit('devtools-opened');
    expect(window.webContents.closeDevTools).not.toHaveBeenCalled();
  });

  it('hands a dead page process to the crash recovery', () => {
    const gone: { reason: string; exitCode: number }[] = [];
    const { window } = open(['app://desk'], { onRendererGone: (d) => void gone.push(d) });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(gone).toEqual([{ reason: 'crashed', exitCode: 139 }]);
  });
});
