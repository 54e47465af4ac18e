// Sends the outbox's due entries one at a time through `mail:send` (started from the Shell).
// Temporary failures wait for the back-off or for the network to come back ('online'); permanent
// ones stop; an entry left in `sending` by a closed app is queued again with its Message-ID.
import {
  applyOutcome,
  dueWhenOnline,
  nextDue,
  nextWake,
  recoverAtStart,
  startSending,
} from '@shared/mail/outbox';
import type { SendOutcome } from '@shared/mail/outcome';
import { isRetryable } from '@shared/errors';
import type { Request } from '@shared/ipc';
import type { Result } from '@shared/result';
import type { DeskDb } from '../db/database';
import { listOutbox, mapOutbox, moveEntry } from './outbox-store';

export interface SchedulerDeps {
  readonly db: DeskDb;
  readonly send: (request: Request<'mail:send'>) => Promise<Result<SendOutcome>>;
  readonly now?: () => Date;
  readonly random?: () => number;
  /** Where 'online' fires; the window in the app. */
  readonly events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export interface OutboxScheduler {
  /** Looks for due entries now (after queueing or "Gửi lại ngay"). */
  kick(): Promise<void>;
  stop(): void;
}

// setTimeout holds at most 2^31-1 ms; the back-off never waits more than an hour anyway.
const MAX_WAIT_MS = 60 * 60_000;

export async function startOutboxScheduler(deps: SchedulerDeps): Promise<OutboxScheduler> {
  const { db, send } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const sendOne = async (): Promise<boolean> => {
    const entry = nextDue(await listOutbox(db), now());
    if (!entry) return false;
    const started = await moveEntry(db, entry.id, startSending);
    if (!started.ok) return true;
    const e = started.entry;
    const result = await send({
      to: e.to,
      subject: e.subject,
      body: e.body,
      messageId: e.messageId,
      bundlePath: e.bundlePath,
    });
    const outcome: SendOutcome = result.ok
      ? result.value
      : {
          status: isRetryable(result.error.code) ? 'temporary' : 'permanent',
          code: result.error.code,
          message: result.error.message,
          serverResponse: null,
        };
    await moveEntry(db, e.id, (current) => applyOutcome(current, outcome, now(), random));
    return true;
  };

  const schedule = async () => {
    clearTimeout(timer);
    if (stopped) return;
    const wake = nextWake(await listOutbox(db));
    if (!wake) return;
    const wait = Math.min(Math.max(wake.getTime() - now().getTime(), 0), MAX_WAIT_MS);
    timer = setTimeout(() => void kick(), wait);
  };

  const pump = async () => {
    do {
      again = false;
      while (!stopped && (await sendOne()));
    } while (again && !stopped);
    await schedule();
  };

  const kick = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = pump()
      .catch((e: unknown) => console.warn('[outbox] sending stopped', e))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const online = () => {
    void mapOutbox(db, (e) => dueWhenOnline(e, now())).then(kick);
  };

  await mapOutbox(db, (e) => recoverAtStart(e, now()));
  deps.events?.addEventListener('online', online);
  void kick();
  return {
    kick,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      deps.events?.removeEventListener('online', online);
    },
  };
}

let active: OutboxScheduler | null = null;

/** The app's one scheduler, set by the Shell; screens kick it after they change the queue. */
export const setActiveOutbox = (s: OutboxScheduler | null): void => {
  active = s;
};

export const kickOutbox = (): void => {
  void active?.kick();
};
