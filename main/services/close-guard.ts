// Closing the window, quitting and reloading all wait for the page's pending writes first
// (docs/architecture.md). The Electron events are wired in main/electron/close-guard.ts; the
// decisions live here, so they run in tests without Electron.
import type { Log } from '../ports';
import type { FlushOutcome } from './page-flush';

export interface CloseGuardDeps {
  /** Asks the page to flush; resolves with how that ended (it times out on its own). */
  readonly flush: () => Promise<FlushOutcome>;
  readonly log: Log;
}

export interface CloseGuard {
  /**
   * For an event that would end the page (window 'close', app 'before-quit'): true lets it go on;
   * false means the guard holds it, flushes, then calls `proceed` once, after which every closing
   * event goes through. The caller prevents the event when this returns false.
   */
  hold(proceed: () => void): boolean;
  /** For a reload: flushes, then calls `reload`. The next page is guarded again. */
  reload(reload: () => void): Promise<FlushOutcome>;
}

export function createCloseGuard({ flush, log }: CloseGuardDeps): CloseGuard {
  let released = false;
  let flushing: Promise<FlushOutcome> | null = null;
  const proceeds = new Set<() => void>();

  const flushOnce = (): Promise<FlushOutcome> => {
    flushing ??= flush()
      .catch((error: unknown) => {
        log.error('Flushing the page before closing failed', error);
        return 'failed' as const;
      })
      .then((outcome) => {
        if (outcome !== 'flushed') log.warn('Closing without a confirmed flush', { outcome });
        return outcome;
      })
      .finally(() => {
        flushing = null;
      });
    return flushing;
  };

  return {
    hold(proceed) {
      if (released) return true;
      // Several clicks on ✕, or a quit while a close waits, share one flush and act once each.
      if (proceeds.has(proceed)) return false;
      proceeds.add(proceed);
      void flushOnce().then(() => {
        released = true;
        const waiting = [...proceeds];
        proceeds.clear();
        for (const go of waiting) go();
      });
      return false;
    },

    async reload(reload) {
      const outcome = await flushOnce();
      if (!released) reload();
      return outcome;
    },
  };
}

/** The keys of Electron's before-input-event that matter here. */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
}

/** F5, Ctrl+R, Ctrl+Shift+R (Cmd on macOS): Chromium's reload keys, which skip the page's flush. */
export const isReloadShortcut = (input: KeyInput): boolean =>
  input.type === 'keyDown' &&
  (input.key === 'F5' || ((input.control || input.meta) && input.key.toLowerCase() === 'r'));
