import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AutosaveQueue,
  type SaveState,
} from '../../../renderer/src/features/initiatives/autosave-queue';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const queue = (save: (v: string) => Promise<void>) => {
  const q = new AutosaveQueue<string>(save, (e) => (e instanceof Error ? e.message : 'lỗi'), 400);
  const states: SaveState['kind'][] = [];
  q.subscribe(() => states.push(q.getState().kind));
  return { q, states };
};

describe('AutosaveQueue', () => {
  it('debounces: only the latest value of a burst is written, once', async () => {
    const saved: string[] = [];
    const { q, states } = queue((v) => {
      saved.push(v);
      return Promise.resolve();
    });
    q.schedule('S');
    q.schedule('Sá');
    await vi.advanceTimersByTimeAsync(300);
    q.schedule('Sáng');
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Sáng']);
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('flushes at once and never runs two saves together', async () => {
    let running = 0;
    let most = 0;
    const saved: string[] = [];
    const { q } = queue(async (v) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 50));
      saved.push(v);
      running--;
    });
    q.schedule('a');
    const first = q.flush();
    q.schedule('b');
    const second = q.flush();
    await vi.advanceTimersByTimeAsync(200);
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(saved).toEqual(['a', 'b']);
    expect(most).toBe(1);
  });

  it('reports a failed save and retries it on the next flush', async () => {
    let fail = true;
    const saved: string[] = [];
    const { q } = queue((v) => {
      if (fail) return Promise.reject(new Error('Ổ đĩa đầy'));
      saved.push(v);
      return Promise.resolve();
    });
    q.schedule('x');
    expect(await q.flush()).toBe(false);
    expect(q.getState()).toEqual({ kind: 'error', message: 'Ổ đĩa đầy' });
    expect(q.hasPending).toBe(true);
    fail = false;
    expect(await q.flush()).toBe(true);
    expect(saved).toEqual(['x']);
    expect(q.getState().kind).toBe('saved');
  });

  it('a newer value replaces a failed one', async () => {
    let fail = true;
    const saved: string[] = [];
    const { q } = queue((v) => {
      if (fail) return Promise.reject(new Error('x'));
      saved.push(v);
      return Promise.resolve();
    });
    q.schedule('old');
    const failed = q.flush();
    q.schedule('new');
    expect(await failed).toBe(false);
    fail = false;
    await q.flush();
    expect(saved).toEqual(['new']);
  });
});
