// A crashed page is reloaded and the clerk told; a page that keeps crashing is not reloaded forever.
import { describe, expect, it } from 'vitest';
import {
  CRASHING_REPEATEDLY,
  RELOADED_AFTER_CRASH,
  createCrashRecovery,
} from '../../main/services/renderer-crash';
import { recordingLog } from './helpers';

function recovery() {
  let now = 0;
  const told: string[] = [];
  let reloads = 0;
  const log = recordingLog();
  const onGone = createCrashRecovery({
    reload: () => void (reloads += 1),
    tell: (m) => void told.push(m),
    log,
    now: () => now,
  });
  return {
    onGone,
    told,
    log,
    reloads: () => reloads,
    advance: (ms: number) => void (now += ms),
  };
}

describe('createCrashRecovery', () => {
  it('reloads after a crash and tells the clerk in Vietnamese that saved data is intact', () => {
    const r = recovery();
    expect(r.onGone({ reason: 'crashed', exitCode: 139 })).toBe('reloaded');
    expect(r.reloads()).toBe(1);
    expect(r.told).toEqual([RELOADED_AFTER_CRASH]);
    expect(RELOADED_AFTER_CRASH).toMatch(/Dữ liệu đã lưu vẫn còn nguyên/);
    expect(r.log.entries[0]).toMatchObject({ level: 'error' });
  });

  it('ignores a clean exit', () => {
    const r = recovery();
    expect(r.onGone({ reason: 'clean-exit', exitCode: 0 })).toBe('ignored');
    expect(r.reloads()).toBe(0);
    expect(r.told).toEqual([]);
  });

  it('stops reloading after three crashes in a minute, and starts again later', () => {
    const r = recovery();
    for (let i = 0; i < 3; i++) {
      expect(r.onGone({ reason: 'oom', exitCode: 1 })).toBe('reloaded');
      r.advance(5_000);
    }
    expect(r.onGone({ reason: 'crashed', exitCode: 1 })).toBe('gave-up');
    expect(r.reloads()).toBe(3);
    expect(r.told.at(-1)).toBe(CRASHING_REPEATEDLY);
    r.advance(60_000);
    expect(r.onGone({ reason: 'crashed', exitCode: 1 })).toBe('reloaded');
  });
});
