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
  readonly quit = track('app.quit');
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
  dialog: { showSaveDialog: vi.fn(), showErrorBox: track('dialog.showErrorBox') },
  shell: { showItemInFolder: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  safeStorage: {
    isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(true)),
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
  ipcRenderer: { invoke: vi.fn() },
  /** Not Electron: lets a test that reset its modules reach this same instance through the mock. */
  testing: { order },
};

/** The listener a vi.fn registration received, e.g. the ipcMain.handle callback for a channel. */
export function registered(mock: { mock: { calls: unknown[][] } }, first: unknown): Listener {
  const call = mock.mock.calls.find((args) => args[0] === first);
  if (!call) throw new Error(`nothing registered for ${String(first)}`);
  return call[call.length - 1] as Listener;
}
