// A recording stand-in for the parts of `electron` main/electron/ and preload/ touch. The real
// module cannot load here (no Electron binary), so tests do:
//   vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: (...args: never[]) => unknown): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
    return this;
  }

  once(event: string, listener: (...args: never[]) => unknown): this {
    return this.on(event, listener);
  }

  removeListener(event: string, listener: (...args: never[]) => unknown): this {
    const left = (this.listeners.get(event) ?? []).filter((l) => l !== (listener as Listener));
    this.listeners.set(event, left);
    return this;
  }

  /** Calls every listener of `event`, returning what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

/** Every call that matters for ordering, e.g. 'app.setName', in the order made. */
export const order: string[] = [];
const track = <T extends (...args: never[]) => unknown>(name: string, impl?: T) =>
  vi.fn((...args: Parameters<T>) => {
    order.push(name);
    return impl?.(...args) as ReturnType<T>;
  });

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends FakeEmitter {
  mainFrame = new FakeFrame('app://desk/index.html');
  crashed = false;
  loading = false;
  destroyed = false;
  /** Messages main sent to the page: [channel, payload]. */
  readonly sent: [string, unknown][] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  readonly reload = vi.fn();
  readonly closeDevTools = vi.fn();
  isCrashed = (): boolean => this.crashed;
  isLoadingMainFrame = (): boolean => this.loading;
  isDestroyed = (): boolean => this.destroyed;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  destroyed = false;
  isDestroyed = (): boolean => this.destroyed;
  /** Like Electron: emits 'close' and, unless a listener prevented it, is destroyed and emits 'closed'. */
  readonly close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  });
  readonly loadURL = track('window.loadURL', (_url: string) => Promise.resolve());

  constructor(public readonly options: Record<string, unknown>) {
    super();
    order.push('new BrowserWindow');
    FakeBrowserWindow.instances.push(this);
  }
}

export class FakeSession {
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
  readonly setDevicePermissionHandler = vi.fn();
}

class FakeApp extends FakeEmitter {
  isPackaged = true;
  singleInstance = true;
  readonly setName = track('app.setName');
  readonly setPath = track('app.setPath');
  readonly getPath = vi.fn((name: string) => `/os/${name}`);
  readonly getAppPath = vi.fn(() => '/opt/desk/resources/app.asar');
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly requestSingleInstanceLock = track(
    'app.requestSingleInstanceLock',
    () => this.singleInstance,
  );
  /** Like Electron: emits 'before-quit'; quits (records 'app.quitted') unless it was prevented. */
  readonly quit = track('app.quit', () => {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) order.push('app.quitted');
  });
  readonly exit = track('app.exit');
  readonly whenReady = track('app.whenReady', () => Promise.resolve());
}

export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession: new FakeSession() },
  protocol: {
    registerSchemesAsPrivileged: track('protocol.registerSchemesAsPrivileged'),
    handle: track('protocol.handle'),
  },
  ipcMain: { handle: track('ipcMain.handle') },
  dialog: {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
    showErrorBox: track('dialog.showErrorBox'),
    showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: track('Menu.setApplicationMenu'),
  },
  shell: { showItemInFolder: vi.fn(), openPath: vi.fn(() => Promise.resolve('')) },
  contextBridge: { exposeInMainWorld: vi.fn() },
  // Like Electron's, refuses anything that is not a File.
  webUtils: {
    getPathForFile: vi.fn((file: unknown) => {
      if (!(file instanceof File)) throw new TypeError('Expected a File');
      return '/home/clerk/HoSo.zip';
    }),
  },
  safeStorage: {
    isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(true)),
    getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
    // Stands in for the OS keychain: reversible, and not the plain text.
    encryptStringAsync: vi.fn((plain: string) =>
      Promise.resolve(Buffer.from(`os:${[...plain].reverse().join('')}`, 'utf8')),
    ),
    decryptStringAsync: vi.fn((cipher: Buffer) =>
      Promise.resolve({
        shouldReEncrypt: false,
        result: [...cipher.toString('utf8').slice(3)].reverse().join(''),
      }),
    ),
  },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  /** Not Electron: lets a test that reset its modules reach this same instance through the mock. */
  testing: { order },
};

/** The listener a vi.fn registration received, e.g. the ipcMain.handle callback for a channel. */
export function registered(mock: { mock: { calls: unknown[][] } }, first: unknown): Listener {
  const call = mock.mock.calls.find((args) => args[0] === first);
  if (!call) throw new Error(`nothing registered for ${String(first)}`);
  return call[call.length - 1] as Listener;
}
