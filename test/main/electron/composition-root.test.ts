// main/index.ts: the data folder is fixed first, a second instance hands over, the page loads.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { fakeElectron as fakeElectronType } from './fake-electron';

type FakeElectron = typeof fakeElectronType;

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

// main/index.ts runs on import, so each test re-imports it. The electron mock outlives
// vi.resetModules, so the fake is reached through it rather than by importing fake-electron.
async function start(options: { singleInstance: boolean }) {
  vi.resetModules();
  const fakeElectron = (await import('electron')) as unknown as FakeElectron;
  const { order } = fakeElectron.testing;
  const FakeBrowserWindow = fakeElectron.BrowserWindow;
  order.length = 0;
  FakeBrowserWindow.instances.length = 0;
  fakeElectron.app.singleInstance = options.singleInstance;
  fakeElectron.app.listeners.clear();
  await import('../../../main/index');
  // let whenReady().then(...) run
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { order, FakeBrowserWindow, fakeElectron };
}

describe('main/index.ts', () => {
  beforeEach(() => vi.clearAllMocks());

  it('fixes the name and data folder before taking the single-instance lock or anything else', async () => {
    const { order, fakeElectron } = await start({ singleInstance: true });
    expect(order.slice(0, 3)).toEqual([
      'app.setName',
      'app.setPath',
      'protocol.registerSchemesAsPrivileged',
    ]);
    expect(order.indexOf('app.requestSingleInstanceLock')).toBeGreaterThan(
      order.indexOf('app.setPath'),
    );
    expect(fakeElectron.app.setName).toHaveBeenCalledWith('Sáng kiến Desk');
    expect(fakeElectron.app.setPath).toHaveBeenCalledWith('userData', '/os/appData/SangKienDesk');
  });

  it('quits at once when another copy already runs', async () => {
    const { order } = await start({ singleInstance: false });
    expect(order).toContain('app.quit');
    expect(order).not.toContain('app.whenReady');
    expect(order).not.toContain('new BrowserWindow');
  });

  it('wires the protocol and IPC before the window, and loads app://desk', async () => {
    const { order, FakeBrowserWindow, fakeElectron } = await start({ singleInstance: true });
    expect(order.indexOf('protocol.handle')).toBeLessThan(order.indexOf('new BrowserWindow'));
    expect(order.indexOf('ipcMain.handle')).toBeLessThan(order.indexOf('new BrowserWindow'));
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://desk/index.html');
    expect(window.options['webPreferences']).toMatchObject({
      preload: expect.stringMatching(/out[\\/]preload[\\/]index\.cjs$/) as unknown,
    });
    expect(fakeElectron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('installs the Vietnamese menu, without reload or DevTools when packaged, and shuts DevTools', async () => {
    const { FakeBrowserWindow, fakeElectron } = await start({ singleInstance: true });
    expect(fakeElectron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = fakeElectron.Menu.buildFromTemplate.mock.calls[0]![0] as {
      label: string;
      submenu: { role?: string; label?: string }[];
    }[];
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const roles = template.flatMap((m) => m.submenu.map((i) => i.role));
    expect(roles).not.toContain('toggleDevTools');
    expect(FakeBrowserWindow.instances[0]!.options['webPreferences']).toMatchObject({
      devTools: false,
    });
  });

  it('asks the page to flush before the window closes', async () => {
    const { FakeBrowserWindow } = await start({ singleInstance: true });
    const window = FakeBrowserWindow.instances[0]!;
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent.map(([channel]) => channel)).toEqual(['page:flush-request']);
  });

  it('reloads a crashed page and tells the clerk', async () => {
    const { FakeBrowserWindow, fakeElectron } = await start({ singleInstance: true });
    const window = FakeBrowserWindow.instances[0]!;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    quiet.mockRestore();
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    const [, options] = fakeElectron.dialog.showMessageBox.mock.calls.at(-1) as unknown as [
      unknown,
      { message: string },
    ];
    expect(options.message).toMatch(/vừa gặp sự cố và đã được mở lại/);
  });

  it('brings the existing window back when a second copy starts', async () => {
    const { FakeBrowserWindow, fakeElectron } = await start({ singleInstance: true });
    const window = FakeBrowserWindow.instances[0]!;
    window.isMinimized.mockReturnValue(true);
    fakeElectron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('tells the clerk and exits when start-up fails', async () => {
    const fakeElectron = (await import('electron')) as unknown as FakeElectron;
    fakeElectron.protocol.handle.mockImplementationOnce(() => {
      throw new Error('scheme already handled');
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { order } = await start({ singleInstance: true });
    expect(quiet).toHaveBeenCalledWith('[desk] Start-up failed', expect.any(Error));
    quiet.mockRestore();
    expect(order).toContain('dialog.showErrorBox');
    expect(order.at(-1)).toBe('app.exit');
    expect(fakeElectron.dialog.showErrorBox.mock.calls[0]?.[1]).toMatch(/không khởi động được/);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    try {
      const { FakeBrowserWindow } = await start({ singleInstance: true });
      expect(FakeBrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('app://desk/index.html');
    } finally {
      delete process.env['ELECTRON_RENDERER_URL'];
    }
  });
});
