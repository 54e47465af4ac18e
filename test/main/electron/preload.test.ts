// The preload exposes window.desk: exactly the contract's channels, each a plain forwarder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

let exposed: Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  await import('../../../preload/index');
  expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = fakeElectron.contextBridge.exposeInMainWorld.mock.calls[0] as [
    string,
    unknown,
  ];
  expect(key).toBe('desk');
  exposed = api as typeof exposed;
});

describe('preload', () => {
  it('exposes one function per contract channel, the named events, and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual(
      [...CHANNELS, 'onFlushRequest', 'pathForFile'].sort(),
    );
    expect(Object.getOwnPropertySymbols(exposed)).toEqual([]);
    for (const key of Object.keys(exposed)) expect(typeof exposed[key]).toBe('function');
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it("pathForFile gives a dropped File's path from webUtils, and nothing else a path", () => {
    const file = new File([new Uint8Array([1])], 'HoSo.zip');
    expect(exposed['pathForFile']!(file)).toBe('/home/clerk/HoSo.zip');
    expect(fakeElectron.webUtils.getPathForFile).toHaveBeenCalledWith(file);
    expect(exposed['pathForFile']!({ name: 'HoSo.zip', path: '/etc/passwd' })).toBe('');
  });

  it.each(CHANNELS)(
    '%s forwards only its request on its own channel and returns the reply',
    async (channel) => {
      const reply = { ok: true, value: channel };
      fakeElectron.ipcRenderer.invoke.mockClear();
      fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce(reply);
      const request = { any: 'request' };

      const result = await exposed[channel]!(request, 'extra argument the page should not pass on');

      expect(result).toBe(reply);
      expect(fakeElectron.ipcRenderer.invoke.mock.calls).toEqual([[channel, request]]);
    },
  );

  it('runs the page flush handler on main request and answers on page:flushed', async () => {
    fakeElectron.ipcRenderer.invoke.mockClear();
    fakeElectron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { received: true } });
    let finish: (saved: boolean) => void = () => undefined;
    const handler = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const unsubscribe = exposed['onFlushRequest']!(handler) as () => void;
    const [event, forward] = fakeElectron.ipcRenderer.on.mock.calls.at(-1) as [
      string,
      (event: unknown, payload: unknown) => void,
    ];
    expect(event).toBe('page:flush-request');

    // The page sees no IPC event; a payload without a request id is ignored.
    forward({ sender: 'ipc event' }, { nothing: true });
    expect(handler).not.toHaveBeenCalled();
    forward({ sender: 'ipc event' }, { requestId: 'r-1' });
    expect(handler).toHaveBeenCalledWith();
    await Promise.resolve();
    expect(fakeElectron.ipcRenderer.invoke).not.toHaveBeenCalled();
    finish(true);
    await vi.waitFor(() =>
      expect(fakeElectron.ipcRenderer.invoke.mock.calls).toEqual([
        ['page:flushed', { requestId: 'r-1', saved: true }],
      ]),
    );

    // A handler that throws still gets main an answer: saved false.
    const failing = exposed['onFlushRequest']!(() => Promise.reject(new Error('x'))) as () => void;
    const [, forwardFailing] = fakeElectron.ipcRenderer.on.mock.calls.at(-1) as [
      string,
      (event: unknown, payload: unknown) => void,
    ];
    forwardFailing({}, { requestId: 'r-2' });
    await vi.waitFor(() =>
      expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledWith('page:flushed', {
        requestId: 'r-2',
        saved: false,
      }),
    );

    unsubscribe();
    failing();
    expect(fakeElectron.ipcRenderer.removeListener).toHaveBeenCalledWith(
      'page:flush-request',
      forward,
    );
    fakeElectron.ipcRenderer.invoke.mockReset();
  });

  it('never hands out ipcRenderer or an event object', async () => {
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    const result = await exposed['app:info']!({});
    expect(result).toEqual({ ok: true, value: null });
    expect(Object.values(exposed)).not.toContain(fakeElectron.ipcRenderer.invoke);
  });

  // A sandboxed preload cannot require packages, and electron-vite leaves dependencies such as zod
  // as require() calls: a value import of shared/ipc.ts would leave window.desk undefined.
  it('imports only types from shared/ and nothing but electron at run time', async () => {
    const dir = join(__dirname, '../../../preload');
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ts'))) {
      const source = await readFile(join(dir, file), 'utf8');
      const valueImports = [
        ...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms),
      ].map((m) => m[1]);
      for (const from of valueImports)
        expect([`${file}: electron`, `${file}: ./desk-api`]).toContain(`${file}: ${from}`);
    }
  });
});
