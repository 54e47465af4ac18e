// Closing, quitting and reloading wait for the page's flush, with a timeout: the decisions, with fakes.
import { describe, expect, it } from 'vitest';
import { createCloseGuard, isReloadShortcut } from '../../main/services/close-guard';
import { PageFlush, type FlushOutcome } from '../../main/services/page-flush';
import { createHandlers } from '../../main/handlers';
import { fakeDeps, recordingLog } from './helpers';

/** A promise the test settles by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A PageFlush whose page and clock the test controls. */
function flushWithFakes(opts: { pageAlive?: boolean } = {}) {
  const sent: string[] = [];
  const timers: { ms: number; fire: () => void }[] = [];
  let n = 0;
  const flush = new PageFlush({
    send: (id) => {
      if (opts.pageAlive === false) return false;
      sent.push(id);
      return true;
    },
    wait: (ms) => {
      const d = deferred();
      timers.push({ ms, fire: () => d.resolve() });
      return d.promise;
    },
    newId: () => `req-${++n}`,
  });
  return { flush, sent, timers };
}

describe('PageFlush', () => {
  it('asks the page and resolves "flushed" when it answers that everything is written', async () => {
    const { flush, sent, timers } = flushWithFakes();
    const outcome = flush.request();
    expect(sent).toEqual(['req-1']);
    expect(timers.map((t) => t.ms)).toEqual([3000]);
    expect(flush.answer('req-1', true)).toBe(true);
    expect(await outcome).toBe('flushed');
  });

  it('resolves "failed" when the page says a write failed', async () => {
    const { flush } = flushWithFakes();
    const outcome = flush.request();
    flush.answer('req-1', false);
    expect(await outcome).toBe('failed');
  });

  it('gives up with "timeout" when the page does not answer, and ignores a late answer', async () => {
    const { flush, timers } = flushWithFakes();
    const outcome = flush.request();
    timers[0]!.fire();
    expect(await outcome).toBe('timeout');
    expect(flush.answer('req-1', true)).toBe(false);
  });

  it('does not wait when there is no live page, and ignores answers nobody asked for', async () => {
    const { flush, timers } = flushWithFakes({ pageAlive: false });
    expect(await flush.request()).toBe('no-page');
    expect(timers).toEqual([]);
    expect(flush.answer('forged', true)).toBe(false);
  });

  it('takes the answer through the page:flushed handler', async () => {
    const { flush } = flushWithFakes();
    const handlers = createHandlers({ ...fakeDeps('/data'), pageFlush: flush });
    const outcome = flush.request();
    expect(await handlers['page:flushed']({ requestId: 'req-1', saved: true })).toEqual({
      ok: true,
      value: { received: true },
    });
    expect(await outcome).toBe('flushed');
    expect(await handlers['page:flushed']({ requestId: 'req-1', saved: true })).toEqual({
      ok: true,
      value: { received: false },
    });
  });
});

describe('createCloseGuard', () => {
  function guardWith() {
    const flushes: ReturnType<typeof deferred<FlushOutcome>>[] = [];
    const log = recordingLog();
    const guard = createCloseGuard({
      flush: () => {
        const d = deferred<FlushOutcome>();
        flushes.push(d);
        return d.promise;
      },
      log,
    });
    return { guard, flushes, log };
  }

  it('holds a close until the page has flushed, then closes once', async () => {
    const { guard, flushes } = guardWith();
    let closed = 0;
    const close = () => void (closed += 1);

    expect(guard.hold(close)).toBe(false);
    expect(flushes).toHaveLength(1);
    await settle();
    expect(closed).toBe(0);

    flushes[0]!.resolve('flushed');
    await settle();
    expect(closed).toBe(1);
    // The close that proceed() starts goes through without asking again.
    expect(guard.hold(close)).toBe(true);
    expect(flushes).toHaveLength(1);
  });

  it('closes anyway when the flush times out or fails, and logs it', async () => {
    const { guard, flushes, log } = guardWith();
    let closed = false;
    guard.hold(() => (closed = true));
    flushes[0]!.resolve('timeout');
    await settle();
    expect(closed).toBe(true);
    expect(log.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', details: { outcome: 'timeout' } }),
    );
  });

  it('shares one flush between repeated clicks and a quit, and runs each action once', async () => {
    const { guard, flushes } = guardWith();
    const done: string[] = [];
    const close = () => void done.push('close');
    const quit = () => void done.push('quit');
    expect(guard.hold(close)).toBe(false);
    expect(guard.hold(close)).toBe(false);
    expect(guard.hold(quit)).toBe(false);
    expect(flushes).toHaveLength(1);
    flushes[0]!.resolve('flushed');
    await settle();
    expect(done).toEqual(['close', 'quit']);
  });

  it('reloads only after the flush, and guards the next page again', async () => {
    const { guard, flushes } = guardWith();
    let reloaded = 0;
    const reload = guard.reload(() => void (reloaded += 1));
    await settle();
    expect(reloaded).toBe(0);
    flushes[0]!.resolve('flushed');
    expect(await reload).toBe('flushed');
    expect(reloaded).toBe(1);
    expect(guard.hold(() => undefined)).toBe(false);
    expect(flushes).toHaveLength(2);
  });

  it('treats a flush that throws as failed and still closes', async () => {
    const log = recordingLog();
    const guard = createCloseGuard({ flush: () => Promise.reject(new Error('gone')), log });
    let closed = false;
    guard.hold(() => (closed = true));
    await settle();
    expect(closed).toBe(true);
    expect(log.entries.some((e) => e.level === 'error')).toBe(true);
  });
});

describe('isReloadShortcut', () => {
  const key = (
    key: string,
    mods: { control?: boolean; meta?: boolean } = {},
    type = 'keyDown',
  ) => ({
    type,
    key,
    control: mods.control ?? false,
    meta: mods.meta ?? false,
  });

  it('knows F5, Ctrl+R, Ctrl+Shift+R and Cmd+R, on key down only', () => {
    expect(isReloadShortcut(key('F5'))).toBe(true);
    expect(isReloadShortcut(key('r', { control: true }))).toBe(true);
    expect(isReloadShortcut(key('R', { control: true }))).toBe(true);
    expect(isReloadShortcut(key('r', { meta: true }))).toBe(true);
    expect(isReloadShortcut(key('F5', {}, 'keyUp'))).toBe(false);
    expect(isReloadShortcut(key('r'))).toBe(false);
    expect(isReloadShortcut(key('s', { control: true }))).toBe(false);
  });
});
