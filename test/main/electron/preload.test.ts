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
  it('exposes one function per contract channel and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...CHANNELS].sort());
    expect(Object.getOwnPropertySymbols(exposed)).toEqual([]);
    for (const channel of CHANNELS) expect(typeof exposed[channel]).toBe('function');
    expect(Object.isFrozen(exposed)).toBe(true);
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
