// The scheduler over a real IndexedDB (fake-indexeddb) with a scripted `mail:send`.
import { afterEach, describe, expect, it } from 'vitest';
import type { SendOutcome } from '@shared/mail/outcome';
import type { Request } from '@shared/ipc';
import { ok, type Result } from '@shared/result';
import {
  getOutboxEntry,
  listOutbox,
  moveEntry,
  queueMail,
} from '../../../renderer/src/mail/outbox-store';
import {
  startOutboxScheduler,
  type OutboxScheduler,
} from '../../../renderer/src/mail/outbox-scheduler';
import { startSending } from '@shared/mail/outbox';
import { freshDb } from '../helpers';

const T0 = new Date('2026-12-02T01:00:00.000Z');
const bundle = {
  to: 'bantochuc@example.vn',
  subject: 'Hồ sơ sáng kiến',
  body: 'Kính gửi',
  bundlePath: '/data/outbox/HoSo.zip',
  fileName: 'HoSo.zip',
  size: 1234,
};
const offline: SendOutcome = {
  status: 'temporary',
  code: 'MAIL_OFFLINE',
  message: 'Chưa kết nối được máy chủ thư; sẽ tự gửi lại.',
  serverResponse: null,
};
const authRefused: SendOutcome = {
  status: 'permanent',
  code: 'MAIL_AUTH',
  message: 'Máy chủ không nhận mật khẩu.',
  serverResponse: '535 5.7.8 Username and Password not accepted',
};

let scheduler: OutboxScheduler | undefined;
afterEach(() => scheduler?.stop());

function scripted(answers: SendOutcome[]) {
  const calls: Request<'mail:send'>[] = [];
  const send = (request: Request<'mail:send'>): Promise<Result<SendOutcome>> => {
    calls.push(request);
    const answer = answers.shift() ?? {
      status: 'sent',
      messageId: request.messageId,
      serverResponse: '250 OK',
    };
    return Promise.resolve(ok(answer));
  };
  return { calls, send };
}

describe('the outbox scheduler', () => {
  it('sends a queued entry once; a sent entry is not sent again', async () => {
    const db = freshDb();
    const entry = await queueMail(db, bundle, T0);
    const { calls, send } = scripted([]);
    scheduler = await startOutboxScheduler({ db, send, now: () => T0 });
    await scheduler.kick();
    await scheduler.kick();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.messageId).toBe(entry.messageId);
    expect((await getOutboxEntry(db, entry.id))?.state).toBe('sent');
  });

  it('a temporary failure waits; online makes it due and the retry reuses the Message-ID', async () => {
    const db = freshDb();
    const entry = await queueMail(db, bundle, T0);
    const { calls, send } = scripted([offline]);
    const events = new EventTarget();
    scheduler = await startOutboxScheduler({ db, send, now: () => T0, random: () => 0.5, events });
    await scheduler.kick();
    const waiting = await getOutboxEntry(db, entry.id);
    expect(waiting?.state).toBe('queued');
    expect(waiting?.lastFailure?.message).toMatch(/sẽ tự gửi lại/);
    expect(waiting?.nextAttemptAt).toBe('2026-12-02T01:01:00.000Z');
    await scheduler.kick();
    expect(calls).toHaveLength(1);

    events.dispatchEvent(new Event('online'));
    await expect.poll(async () => (await getOutboxEntry(db, entry.id))?.state).toBe('sent');
    expect(calls.map((c) => c.messageId)).toEqual([entry.messageId, entry.messageId]);
  });

  it('a permanent failure stops with the server words', async () => {
    const db = freshDb();
    const entry = await queueMail(db, bundle, T0);
    const { calls, send } = scripted([authRefused]);
    scheduler = await startOutboxScheduler({ db, send, now: () => T0 });
    await scheduler.kick();
    await scheduler.kick();
    const failed = await getOutboxEntry(db, entry.id);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastFailure?.serverResponse).toMatch(/^535/);
    expect(calls).toHaveLength(1);
  });

  it('an entry left in sending by a closed app is sent at start with its Message-ID', async () => {
    const db = freshDb();
    const entry = await queueMail(db, bundle, T0);
    await moveEntry(db, entry.id, startSending);
    const { calls, send } = scripted([]);
    scheduler = await startOutboxScheduler({ db, send, now: () => T0 });
    await scheduler.kick();
    expect(calls.map((c) => c.messageId)).toEqual([entry.messageId]);
    expect((await listOutbox(db)).map((e) => [e.state, e.attempts])).toEqual([['sent', 2]]);
  });

  it('a refused call through the bridge is kept as a failure the clerk can read', async () => {
    const db = freshDb();
    const entry = await queueMail(db, bundle, T0);
    scheduler = await startOutboxScheduler({
      db,
      now: () => T0,
      send: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'MAIL_NOT_CONFIGURED', message: 'Chưa thiết lập email gửi hồ sơ.' },
        }),
    });
    await scheduler.kick();
    const failed = await getOutboxEntry(db, entry.id);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastFailure?.message).toBe('Chưa thiết lập email gửi hồ sơ.');
  });
});
