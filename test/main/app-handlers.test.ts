import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc';
import { createHandlers, refuseDuplicates } from '../../main/handlers';
import { CHANNELS } from '@shared/ipc';
import { fakeDeps } from './helpers';

describe('app:info', () => {
  it('returns the injected name, version, platform and data folder, in the contract shape', async () => {
    const handlers = createHandlers(fakeDeps('/data/SangKienDesk'));
    const result = await handlers['app:info']({});
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Sáng kiến Desk',
        version: '1.2.3',
        platform: 'linux',
        dataDir: '/data/SangKienDesk',
      },
    });
    if (result.ok) expect(contract['app:info'].response.safeParse(result.value).success).toBe(true);
  });
});

describe('createHandlers', () => {
  it('has a handler for every contract channel and nothing else', () => {
    const handlers = createHandlers(fakeDeps('/data'));
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof handlers[channel]).toBe('function');
  });

  it('refuses two groups claiming the same channel', () => {
    const noop = () => undefined;
    expect(() => refuseDuplicates([{ 'app:info': noop }, { 'file:save': noop }])).not.toThrow();
    expect(() => refuseDuplicates([{ 'app:info': noop }, { 'app:info': noop }])).toThrow(
      /app:info/,
    );
  });
});
