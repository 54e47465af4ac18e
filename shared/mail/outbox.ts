// The outbox's state machine (docs/architecture.md, "Data that leaves the machine"): an entry is
// queued → sending → sent, or failed with the server's words. The Message-ID is fixed when the
// entry is queued and never changes, so a retry after an unclear failure is the same message to
// the receiving server. Pure functions: the renderer stores the entries and calls `mail:send`.
import { z } from 'zod';
import { retryDelayMs } from './backoff';
import type { SendOutcome } from './outcome';
import { messageIdSchema } from './settings';

export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  queued: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Gửi không được',
  cancelled: 'Đã huỷ',
};

/** The domain of the Message-IDs this app makes: `<uuid@sangkien.desk>`. */
export const MESSAGE_ID_DOMAIN = 'sangkien.desk';

const failureSchema = z.object({
  code: z.string(),
  message: z.string(),
  serverResponse: z.string().nullable(),
});
export type OutboxFailure = z.infer<typeof failureSchema>;

export const outboxEntrySchema = z.object({
  id: z.string().min(1),
  messageId: messageIdSchema,
  to: z.email(),
  subject: z.string().min(1),
  body: z.string(),
  bundlePath: z.string().min(1),
  fileName: z.string().min(1),
  size: z.number().int().nonnegative(),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int().nonnegative(),
  /** ISO time of the next try while queued; null in every other state. */
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  /** The last failure, kept while the entry waits for its retry or after it failed for good. */
  lastFailure: failureSchema.nullable(),
  /** The server's answer when it accepted the message. */
  serverResponse: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export interface NewOutboxEntry {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly bundlePath: string;
  readonly fileName: string;
  readonly size: number;
}

export type Step =
  | { readonly ok: true; readonly entry: OutboxEntry }
  | { readonly ok: false; readonly message: string };

const moved = (entry: OutboxEntry): Step => ({ ok: true, entry });
const refused = (message: string): Step => ({ ok: false, message });

/** A new entry with its Message-ID fixed now; due at once. */
export function queueEntry(input: NewOutboxEntry, id: string, now: Date): OutboxEntry {
  return {
    ...input,
    subject: input.subject.normalize('NFC'),
    body: input.body.normalize('NFC'),
    id,
    messageId: `<${id}@${MESSAGE_ID_DOMAIN}>`,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: now.toISOString(),
    createdAt: now.toISOString(),
    sentAt: null,
    lastFailure: null,
    serverResponse: null,
  };
}

export const isDue = (entry: OutboxEntry, now: Date): boolean =>
  entry.state === 'queued' &&
  entry.nextAttemptAt !== null &&
  Date.parse(entry.nextAttemptAt) <= now.getTime();

/** The entry to send next: the one due longest, then the oldest. */
export function nextDue(entries: readonly OutboxEntry[], now: Date): OutboxEntry | null {
  const due = entries.filter((e) => isDue(e, now));
  due.sort(
    (a, b) =>
      (a.nextAttemptAt ?? '').localeCompare(b.nextAttemptAt ?? '') ||
      a.createdAt.localeCompare(b.createdAt),
  );
  return due[0] ?? null;
}

/** When the scheduler must look again: the earliest next try of a queued entry. */
export function nextWake(entries: readonly OutboxEntry[]): Date | null {
  const times = entries
    .filter((e) => e.state === 'queued' && e.nextAttemptAt !== null)
    .map((e) => Date.parse(e.nextAttemptAt ?? ''));
  return times.length === 0 ? null : new Date(Math.min(...times));
}

/** queued → sending: one more attempt, same Message-ID. */
export function startSending(entry: OutboxEntry): Step {
  if (entry.state !== 'queued') return refused('Chỉ gửi được thư đang chờ gửi.');
  return moved({ ...entry, state: 'sending', attempts: entry.attempts + 1, nextAttemptAt: null });
}

/**
 * sending → sent | queued (temporary failure: again after the back-off) | failed (permanent).
 * `random` spreads the back-off (shared/mail/backoff.ts).
 */
export function applyOutcome(
  entry: OutboxEntry,
  outcome: SendOutcome,
  now: Date,
  random: () => number,
): Step {
  if (entry.state !== 'sending') return refused('Thư này không ở trạng thái đang gửi.');
  switch (outcome.status) {
    case 'sent':
      return moved({
        ...entry,
        state: 'sent',
        sentAt: now.toISOString(),
        lastFailure: null,
        serverResponse: outcome.serverResponse,
      });
    case 'temporary':
      return moved({
        ...entry,
        state: 'queued',
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(entry.attempts, random)).toISOString(),
        lastFailure: failureOf(outcome),
      });
    case 'permanent':
      return moved({ ...entry, state: 'failed', lastFailure: failureOf(outcome) });
  }
}

const failureOf = (o: Extract<SendOutcome, { status: 'temporary' | 'permanent' }>) => ({
  code: o.code,
  message: o.message,
  serverResponse: o.serverResponse,
});

/**
 * At start: an entry left in `sending` (the app closed mid-send) is queued again with the same
 * Message-ID, so if the server did take it the receiver sees the same message twice, not two.
 */
export function recoverAtStart(entry: OutboxEntry, now: Date): OutboxEntry {
  return entry.state === 'sending'
    ? { ...entry, state: 'queued', nextAttemptAt: now.toISOString() }
    : entry;
}

/** "Gửi lại ngay": a waiting or failed entry is due now. A sent one is never sent again. */
export function retryNow(entry: OutboxEntry, now: Date): Step {
  if (entry.state === 'sent') return refused('Thư này đã gửi xong; không gửi lại lần nữa.');
  if (entry.state === 'sending') return refused('Thư này đang được gửi.');
  if (entry.state === 'cancelled') return refused('Thư này đã huỷ.');
  return moved({ ...entry, state: 'queued', nextAttemptAt: now.toISOString() });
}

/** The network came back: every waiting entry is due now (failed ones stay failed). */
export function dueWhenOnline(entry: OutboxEntry, now: Date): OutboxEntry {
  return entry.state === 'queued' ? { ...entry, nextAttemptAt: now.toISOString() } : entry;
}

/** "Huỷ": a waiting or failed entry is not sent. */
export function cancel(entry: OutboxEntry): Step {
  if (entry.state === 'sent') return refused('Thư này đã gửi xong, không huỷ được.');
  if (entry.state === 'sending') return refused('Thư này đang được gửi; hãy đợi kết quả.');
  if (entry.state === 'cancelled') return refused('Thư này đã huỷ.');
  return moved({ ...entry, state: 'cancelled', nextAttemptAt: null });
}
