// The Electron wiring of the close guard: the real window/app events (faked), the real PageFlush
// and the real page:flushed handler, as main/index.ts puts them together.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { guardWindow, reloadGuarded, sendFlushRequest } from '../../../main/electron/close-guard';
import { createHandlers } from '../../../main/handlers';
import { createCloseGuard } from '../../../main/services/close-guard';
import { PageFlush } from '../../../main/services/page-flush';
import { fakeDeps, recordingLog } from '../helpers';
import { FakeBrowserWindow, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One window wired as main/index.ts does; `timeout()` ends the flush wait. */
function wire(options: { reloadAllowed?: boolean } = {}) {
  const window = new FakeBrowserWindow({});
  const real = window as unknown as BrowserWindow;
  let timeout: () => void = () => undefined;
  const flush = new PageFlush({
    send: (id) => sendFlushRequest(real, id),
    wait: () => new Promise<void>((resolve) => (timeout = resolve)),
  });
  const guard = createCloseGuard({ flush: () => flush.request(), log: recordingLog() });
  guardWindow(real, { guard, reloadAllowed: options.reloadAllowed ?? true });
  const handlers = createHandlers({ ...fakeDeps('/data'), pageFlush: flush });
  /** What the page does: answer the last flush request through the contract handler. */
  const pageAnswers = async (saved = true) => {
    const [channel, payload] = window.webContents.sent.at(-1)!;
    expect(channel).toBe('page:flush-request');
    const { requestId } = payload as { requestId: string };
    return handlers['page:flushed']({ requestId, saved });
  };
  return { window, guard, pageAnswers, timeout: () => timeout() };
}

describe('guardWindow', () => {
  beforeEach(() => {
    fakeElectron.app.listeners.clear();
    fakeElectron.testing.order.length = 0;
  });

  it('holds the window open until the page answers, then closes it', async () => {
    const { window, pageAnswers } = wire();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent).toHaveLength(1);

    expect(await pageAnswers(true)).toEqual({ ok: true, value: { received: true } });
    await settle();
    expect(window.isDestroyed()).toBe(true);
    expect(window.close).toHaveBeenCalledTimes(2);
  });

  it('closes after the timeout when the page never answers', async () => {
    const { window, timeout } = wire();
    window.close();
    await settle();
    expect(window.isDestroyed()).toBe(false);
    timeout();
    await settle();
    expect(window.isDestroyed()).toBe(true);
  });

  it('closes at once when the page has crashed: nothing can answer', async () => {
    const { window } = wire();
    window.webContents.crashed = true;
    window.close();
    await settle();
    expect(window.webContents.sent).toEqual([]);
    expect(window.isDestroyed()).toBe(true);
  });

  it('holds a quit for the flush, then quits and lets the window close', async () => {
    const { window, pageAnswers } = wire();
    const { order } = fakeElectron.testing;
    fakeElectron.app.quit();
    expect(order).not.toContain('app.quitted');
    await pageAnswers(true);
    await settle();
    expect(order.filter((o) => o === 'app.quitted')).toHaveLength(1);
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(window.webContents.sent).toHaveLength(1);
  });

  it('turns the reload keys into a flush, then a reload', async () => {
    const { window, pageAnswers } = wire();
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'F5',
      control: false,
      meta: false,
    });
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    await pageAnswers(true);
    await settle();
    expect(window.webContents.reload).toHaveBeenCalledOnce();

    const typing = { preventDefault: vi.fn() };
    window.webContents.emit('before-input-event', typing, {
      type: 'keyDown',
      key: 'r',
      control: false,
      meta: false,
    });
    expect(typing.preventDefault).not.toHaveBeenCalled();
  });

  it('swallows the reload keys in the packaged app', async () => {
    const { window } = wire({ reloadAllowed: false });
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'r',
      control: true,
      meta: false,
    });
    await settle();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.sent).toEqual([]);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('reloads from the menu the same guarded way', async () => {
    const { window, guard, pageAnswers } = wire();
    const done = reloadGuarded(window as unknown as BrowserWindow, guard);
    await pageAnswers(false);
    expect(await done).toBe('failed');
    expect(window.webContents.reload).toHaveBeenCalledOnce();
  });
});

describe('sendFlushRequest', () => {
  it('asks no page that is missing, destroyed, crashed or still loading', () => {
    expect(sendFlushRequest(null, 'x')).toBe(false);
    for (const state of ['destroyed', 'crashed', 'loading'] as const) {
      const window = new FakeBrowserWindow({});
      window.webContents[state] = true;
      expect(sendFlushRequest(window as unknown as BrowserWindow, 'x')).toBe(false);
      expect(window.webContents.sent).toEqual([]);
    }
    const live = new FakeBrowserWindow({});
    expect(sendFlushRequest(live as unknown as BrowserWindow, 'id-1')).toBe(true);
    expect(live.webContents.sent).toEqual([['page:flush-request', { requestId: 'id-1' }]]);
  });
});
