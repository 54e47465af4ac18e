import { describe, expect, it } from 'vitest';
import {
  applyOutcome,
  cancel,
  dueWhenOnline,
  isDue,
  nextDue,
  nextWake,
  outboxEntrySchema,
  queueEntry,
  recoverAtStart,
  retryNow,
  startSending,
  type OutboxEntry,
  type Step,
} from '@shared/mail/outbox';
import type { SendOutcome } from '@shared/mail/outcome';

const T0 = new Date('2026-12-02T01:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const middle = () => 0.5;
const MINUTE = 60_000;

const fresh = (id = '3f1c9a52-0000-4000-8000-000000000001') =>
  queueEntry(
    {
      to: 'bantochuc@example.vn',
      subject: 'Hồ sơ sáng kiến',
      body: 'Kính gửi',
      bundlePath: '/data/outbox/HoSo.zip',
      fileName: 'HoSo.zip',
      size: 1234,
    },
    id,
    T0,
  );

const entryOf = (step: Step): OutboxEntry => {
  if (!step.ok) throw new Error(step.message);
  return step.entry;
};

const sent: SendOutcome = { status: 'sent', messageId: 'x', serverResponse: '250 OK queued' };
const offline: SendOutcome = {
  status: 'temporary',
  code: 'MAIL_OFFLINE',
  message: 'Chưa kết nối được máy chủ thư; sẽ tự gửi lại.',
  serverResponse: null,
};
const authRefused: SendOutcome = {
  status: 'permanent',
  code: 'MAIL_AUTH',
  message: 'Máy chủ không nhận tên đăng nhập hoặc mật khẩu.',
  serverResponse: '535 5.7.8 Username and Password not accepted',
};

const sending = () => entryOf(startSending(fresh()));

describe('the outbox state machine', () => {
  it('queues with a Message-ID fixed from the id, due at once, valid against the schema', () => {
    const e = fresh();
    expect(e.messageId).toBe('<3f1c9a52-0000-4000-8000-000000000001@sangkien.desk>');
    expect(e.state).toBe('queued');
    expect(e.attempts).toBe(0);
    expect(isDue(e, T0)).toBe(true);
    expect(outboxEntrySchema.parse(e)).toEqual(e);
  });

  it('queued → sending counts the attempt and keeps the Message-ID', () => {
    const e = sending();
    expect(e.state).toBe('sending');
    expect(e.attempts).toBe(1);
    expect(e.messageId).toBe(fresh().messageId);
    expect(startSending(e).ok).toBe(false);
  });

  it('sending → sent keeps the server answer; a sent entry is never sent again', () => {
    const done = entryOf(applyOutcome(sending(), sent, later(5), middle));
    expect(done.state).toBe('sent');
    expect(done.serverResponse).toBe('250 OK queued');
    expect(done.sentAt).toBe(later(5).toISOString());
    expect(startSending(done).ok).toBe(false);
    expect(retryNow(done, later(10)).ok).toBe(false);
    expect(cancel(done).ok).toBe(false);
    expect(isDue(dueWhenOnline(done, later(10)), later(10))).toBe(false);
    expect(recoverAtStart(done, later(10))).toEqual(done);
  });

  it('a temporary failure queues again after the back-off, same Message-ID, with the words', () => {
    const first = entryOf(applyOutcome(sending(), offline, T0, middle));
    expect(first.state).toBe('queued');
    expect(first.nextAttemptAt).toBe(later(MINUTE).toISOString());
    expect(first.lastFailure?.message).toMatch(/sẽ tự gửi lại/);
    expect(isDue(first, later(MINUTE - 1))).toBe(false);
    expect(isDue(first, later(MINUTE))).toBe(true);

    const second = entryOf(applyOutcome(entryOf(startSending(first)), offline, T0, middle));
    expect(second.attempts).toBe(2);
    expect(second.nextAttemptAt).toBe(later(2 * MINUTE).toISOString());
    expect(second.messageId).toBe(first.messageId);
  });

  it('a permanent failure stops with the server words and is not due', () => {
    const failed = entryOf(applyOutcome(sending(), authRefused, T0, middle));
    expect(failed.state).toBe('failed');
    expect(failed.lastFailure?.serverResponse).toBe('535 5.7.8 Username and Password not accepted');
    expect(isDue(failed, later(10 * 60 * MINUTE))).toBe(false);
    expect(isDue(dueWhenOnline(failed, later(1)), later(1))).toBe(false);
  });

  it('an outcome only applies to an entry being sent', () => {
    expect(applyOutcome(fresh(), sent, T0, middle).ok).toBe(false);
  });

  it('an entry found in sending at start is queued again, due now, same Message-ID', () => {
    const back = recoverAtStart(sending(), later(7));
    expect(back.state).toBe('queued');
    expect(back.messageId).toBe(fresh().messageId);
    expect(back.attempts).toBe(1);
    expect(isDue(back, later(7))).toBe(true);
    expect(recoverAtStart(fresh(), later(7))).toEqual(fresh());
  });

  it('"Gửi lại ngay" makes a waiting or failed entry due now', () => {
    const waiting = entryOf(applyOutcome(sending(), offline, T0, middle));
    expect(isDue(entryOf(retryNow(waiting, later(1))), later(1))).toBe(true);
    const failed = entryOf(applyOutcome(sending(), authRefused, T0, middle));
    const again = entryOf(retryNow(failed, later(1)));
    expect(again.state).toBe('queued');
    expect(again.messageId).toBe(failed.messageId);
    expect(retryNow(sending(), T0).ok).toBe(false);
  });

  it('online makes waiting entries due now', () => {
    const waiting = entryOf(applyOutcome(sending(), offline, T0, middle));
    expect(isDue(dueWhenOnline(waiting, later(1)), later(1))).toBe(true);
  });

  it('"Huỷ" stops a waiting or failed entry, not one being sent or sent', () => {
    const c = entryOf(cancel(fresh()));
    expect(c.state).toBe('cancelled');
    expect(isDue(c, later(1))).toBe(false);
    expect(cancel(c).ok).toBe(false);
    expect(retryNow(c, T0).ok).toBe(false);
    expect(cancel(sending()).ok).toBe(false);
    expect(cancel(entryOf(applyOutcome(sending(), authRefused, T0, middle))).ok).toBe(true);
  });

  it('picks the entry due longest, and wakes at the earliest next try', () => {
    const a = { ...fresh('a'), nextAttemptAt: later(2).toISOString() };
    const b = { ...fresh('b'), nextAttemptAt: later(1).toISOString() };
    const c = { ...fresh('c'), nextAttemptAt: later(MINUTE).toISOString() };
    expect(nextDue([a, b, c], later(5))?.id).toBe('b');
    expect(nextDue([c], later(5))).toBeNull();
    expect(nextWake([a, b, c, entryOf(cancel(fresh('d')))])).toEqual(later(1));
    expect(nextWake([])).toBeNull();
  });
});
