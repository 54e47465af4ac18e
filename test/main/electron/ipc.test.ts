import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc';
import type { Handlers } from '@shared/ipc';
import { fail, ok } from '@shared/result';
import { registerIpcHandlers } from '../../../main/electron/ipc';
import { recordingLog } from '../helpers';
import { FakeFrame, FakeWebContents, fakeElectron, registered } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const appInfo = vi.fn<Handlers['app:info']>(() =>
  Promise.resolve(ok({ name: 'n', version: 'v', platform: 'p', dataDir: '/d' })),
);
const notSent = {
  status: 'permanent',
  code: 'MAIL_NOT_CONFIGURED',
  message: 'm',
  serverResponse: null,
} as const;
const handlers: Handlers = {
  'app:info': appInfo,
  'file:save': vi.fn<Handlers['file:save']>(() => Promise.resolve(ok(null))),
  'folder:reveal': vi.fn<Handlers['folder:reveal']>(() => Promise.resolve(ok({ shown: true }))),
  'page:flushed': vi.fn<Handlers['page:flushed']>(() => Promise.resolve(ok({ received: true }))),
  'backup:list': vi.fn<Handlers['backup:list']>(() =>
    Promise.resolve(ok({ folder: '/d', backups: [] })),
  ),
  'backup:write': vi.fn<Handlers['backup:write']>(() => Promise.reject(new Error('not called'))),
  'backup:read': vi.fn<Handlers['backup:read']>(() => Promise.resolve(ok(null))),
  'dossier:export': vi.fn<Handlers['dossier:export']>(() => Promise.resolve(ok(null))),
  'file:open': vi.fn<Handlers['file:open']>(() => Promise.resolve(ok({ opened: true }))),
  'sheet:export': vi.fn<Handlers['sheet:export']>(() => Promise.resolve(ok(null))),
  'report:export': vi.fn<Handlers['report:export']>(() => Promise.resolve(ok(null))),

  'sheet:export:begin': vi.fn<Handlers['sheet:export:begin']>(() =>
    Promise.reject(new Error('not called')),
  ),
  'sheet:export:rows': vi.fn<Handlers['sheet:export:rows']>(() =>
    Promise.reject(new Error('not called')),
  ),
  'sheet:export:end': vi.fn<Handlers['sheet:export:end']>(() =>
    Promise.reject(new Error('not called')),
  ),
  'sheet:template': vi.fn<Handlers['sheet:template']>(() =>
    Promise.reject(new Error('not called')),
  ),
  'sheet:import:open': vi.fn<Handlers['sheet:import:open']>(() =>
    Promise.reject(new Error('not called')),
  ),
  'sheet:import:next': vi.fn<Handlers['sheet:import:next']>(() =>
    Promise.reject(new Error('not called')),
  ),
  'sheet:import:close': vi.fn<Handlers['sheet:import:close']>(() =>
    Promise.reject(new Error('not called')),
  ),
  'bundle:write': vi.fn<Handlers['bundle:write']>(() => Promise.resolve(ok(null))),
  'bundle:choose': vi.fn<Handlers['bundle:choose']>(() => Promise.resolve(ok({ paths: [] }))),
  'bundle:outbox:prune': vi.fn<Handlers['bundle:outbox:prune']>(() =>
    Promise.resolve(ok({ removed: 0 })),
  ),
  'bundle:read': vi.fn<Handlers['bundle:read']>(() => Promise.resolve(fail('BUNDLE_NOT_ZIP', 'm'))),
  'mail:settings:get': vi.fn<Handlers['mail:settings:get']>(() =>
    Promise.resolve(ok({ settings: null, passwordStored: false })),
  ),
  'mail:settings:set': vi.fn<Handlers['mail:settings:set']>(() =>
    Promise.resolve(ok({ passwordStored: false })),
  ),
  'mail:test': vi.fn<Handlers['mail:test']>(() => Promise.resolve(ok(notSent))),
  'mail:send': vi.fn<Handlers['mail:send']>(() => Promise.resolve(ok(notSent))),
};

/** An IPC event as Electron builds it: the sending webContents and frame. */
function eventFrom(frame: FakeFrame | null, sender = new FakeWebContents()) {
  return { sender, senderFrame: frame };
}

describe('registerIpcHandlers', () => {
  beforeEach(() => {
    fakeElectron.ipcMain.handle.mockClear();
    vi.mocked(appInfo).mockClear();
    registerIpcHandlers(handlers, { trustedOrigins: ['app://desk'], log: recordingLog() });
  });

  it('registers exactly one handler per contract channel', () => {
    const channels = fakeElectron.ipcMain.handle.mock.calls.map((args) => args[0]);
    expect([...channels].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our own top-level page through dispatch', async () => {
    const listener = registered(fakeElectron.ipcMain.handle, 'app:info');
    const top = new FakeFrame('app://desk/index.html');
    await expect(listener(eventFrom(top), {})).resolves.toEqual({
      ok: true,
      value: { name: 'n', version: 'v', platform: 'p', dataDir: '/d' },
    });
    expect(appInfo).toHaveBeenCalledOnce();
  });

  it('still validates the payload of a trusted sender', async () => {
    const listener = registered(fakeElectron.ipcMain.handle, 'app:info');
    const result = (await listener(eventFrom(new FakeFrame('app://desk/')), { extra: 1 })) as {
      error: { code: string };
    };
    expect(result.error.code).toBe('BAD_REQUEST');
    expect(appInfo).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign page', new FakeFrame('https://evil.example/')],
    [
      'a subframe of our page',
      new FakeFrame('app://desk/frame.html', new FakeFrame('app://desk/index.html')),
    ],
    [
      'a foreign subframe',
      new FakeFrame('https://ads.example/', new FakeFrame('app://desk/index.html')),
    ],
    ['a frame already gone', null],
  ])('refuses %s with FORBIDDEN and never runs the handler', async (_label, frame) => {
    for (const channel of CHANNELS) {
      const listener = registered(fakeElectron.ipcMain.handle, channel);
      const result = (await listener(eventFrom(frame), {})) as {
        ok: boolean;
        error: { code: string; message: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('FORBIDDEN');
      expect(result.error.message).toMatch(/từ chối/);
    }
    expect(appInfo).not.toHaveBeenCalled();
  });
});
