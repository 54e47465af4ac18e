// The keep list the page sends at start (renderer/src/mail/outbox-prune.ts), over a real
// IndexedDB (fake-indexeddb): every entry's bundle, whatever its state; nothing when one is unreadable.
import { describe, expect, it } from 'vitest';
import type { Request } from '@shared/ipc';
import { ok } from '@shared/result';
import { cancel } from '@shared/mail/outbox';
import { moveEntry, queueMail, OUTBOX_KEY_PREFIX } from '../../../renderer/src/mail/outbox-store';
import { pruneOutboxFiles } from '../../../renderer/src/mail/outbox-prune';
import { freshDb } from '../helpers';

const entry = (bundlePath: string) => ({
  to: 'bantochuc@example.vn',
  subject: 'Hồ sơ sáng kiến',
  body: 'Kính gửi',
  bundlePath,
  fileName: 'HoSo.zip',
  size: 1234,
});

describe('pruneOutboxFiles', () => {
  it('sends the bundle path of every entry, cancelled ones too, and returns what main removed', async () => {
    const db = freshDb();
    const a = await queueMail(db, entry('/data/outbox/a/HoSo_a.zip'));
    await queueMail(db, entry('/data/outbox/b/HoSo_b.zip'));
    await moveEntry(db, a.id, cancel);
    const sent: Request<'bundle:outbox:prune'>[] = [];
    const removed = await pruneOutboxFiles(db, (request) => {
      sent.push(request);
      return Promise.resolve(ok({ removed: 3 }));
    });
    expect(removed).toBe(3);
    expect(sent.map((r) => [...r.keep].sort())).toEqual([
      ['/data/outbox/a/HoSo_a.zip', '/data/outbox/b/HoSo_b.zip'],
    ]);
  });

  it('asks main for nothing when an entry cannot be read: it might refer to any file', async () => {
    const db = freshDb();
    await queueMail(db, entry('/data/outbox/a/HoSo_a.zip'));
    await db.settings.put({ key: `${OUTBOX_KEY_PREFIX}hong`, value: { bundle: 'khác' } });
    let calls = 0;
    const removed = await pruneOutboxFiles(db, () => {
      calls += 1;
      return Promise.resolve(ok({ removed: 0 }));
    });
    expect(removed).toBeNull();
    expect(calls).toBe(0);
  });
});
