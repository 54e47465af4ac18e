import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc';
import type { Handlers } from '@shared/ipc';
import { ok } from '@shared/result';
import { registerIpcHandlers } from '../../../main/electron/ipc';
import { recordingLog } from '../helpers';
import { spyHandlers } from '../stub-handlers';
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
const handlers: Handlers = spyHandlers({
  'app:info': appInfo,
  'file:save': vi.fn<Handlers['file:save']>(() => Promise.resolve(ok(null))),
  'mail:settings:set': vi.fn<Handlers['mail:settings:set']>(() =>
    Promise.resolve(ok({ passwordStored: false })),
  ),
  'mail:test': vi.fn<Handlers['mail:test']>(() => Promise.resolve(ok(notSent))),
  'mail:send': vi.fn<Handlers['mail:send']>(() => Promise.resolve(ok(notSent))),
});

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
