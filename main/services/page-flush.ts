// Main asks the page to finish its pending writes and waits a short while for the answer: the
// renderer owns the data, so only it can say the data is written (docs/architecture.md).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long closing waits for the page: long enough for a few IndexedDB commits, short enough to never feel stuck. */
export const FLUSH_TIMEOUT_MS = 3_000;

/** How a flush request ended. */
export type FlushOutcome =
  /** The page wrote everything pending. */
  | 'flushed'
  /** The page answered, but a write failed (the page shows why). */
  | 'failed'
  /** No answer in time: a hung page must not keep the window open. */
  | 'timeout'
  /** No live page to ask (never loaded, crashed or already gone). */
  | 'no-page';

export interface PageFlushDeps {
  /** Sends the request to the page; false when there is no live page to send it to. */
  readonly send: (requestId: string) => boolean;
  /** Resolves after `ms`; injected so tests decide when time runs out. */
  readonly wait?: (ms: number) => Promise<void>;
  readonly timeoutMs?: number;
  readonly newId?: () => string;
}

/** The waiting side of main's flush requests; the 'page:flushed' handler hands it the answers. */
export class PageFlush {
  private readonly waiting = new Map<string, (saved: boolean) => void>();
  private readonly wait: (ms: number) => Promise<void>;
  private readonly timeoutMs: number;
  private readonly newId: () => string;

  constructor(private readonly deps: PageFlushDeps) {
    this.wait = deps.wait ?? ((ms) => sleep(ms, undefined, { ref: false }));
    this.timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
    this.newId = deps.newId ?? randomUUID;
  }

  /** Asks the page to flush and resolves with how that ended; never rejects. */
  async request(): Promise<FlushOutcome> {
    const requestId = this.newId();
    const answered = new Promise<FlushOutcome>((resolve) =>
      this.waiting.set(requestId, (saved) => resolve(saved ? 'flushed' : 'failed')),
    );
    if (!this.trySend(requestId)) {
      this.waiting.delete(requestId);
      return 'no-page';
    }
    const timedOut = this.wait(this.timeoutMs).then(() => 'timeout' as const);
    const outcome = await Promise.race([answered, timedOut]);
    this.waiting.delete(requestId);
    return outcome;
  }

  private trySend(requestId: string): boolean {
    try {
      return this.deps.send(requestId);
    } catch {
      return false; // the page went away while we asked
    }
  }

  /** The page's answer; false for a request nobody waits for (late, or never made). */
  answer(requestId: string, saved: boolean): boolean {
    const resolve = this.waiting.get(requestId);
    if (!resolve) return false;
    this.waiting.delete(requestId);
    resolve(saved);
    return true;
  }
}
