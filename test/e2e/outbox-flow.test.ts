// Email end to end: the settings typed on "Thiết lập email", a bundle written by main into the
// outbox folder, the entry sent by the page's scheduler to a REAL SMTP server on 127.0.0.1 and
// parsed back with mailparser. Then with the server stopped: the entry waits with a Vietnamese
// note; with the server back and the network 'online' again it is sent, once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { queueEntry, type OutboxEntry } from '@shared/mail/outbox';
import { DB_NAME } from '../../renderer/src/db/schema';
import { bundleData } from '../shared/bundle/bundle-fixtures';
import { PASSWORD, startSmtp, USER, type TestSmtp } from '../main/mail/smtp-fixtures';
import { startApp, type App } from './harness';
import { completeSetup, heading, openMenu } from './clerk-flow-steps';

let app: App | undefined;
let smtp: TestSmtp | undefined;
afterEach(async () => {
  await app?.close();
  await smtp?.close();
  app = smtp = undefined;
});

const TO = 'bantochuc@example.vn';

/** Main writes a bundle into the outbox folder, asked by the page as the renderer asks. */
async function writeBundle(a: App) {
  const res = await a.invoke('bundle:write', {
    target: 'outbox',
    unit: { id: 'u-1', name: 'CĐCS Công ty Đồng Tiến' },
    programme: { id: 'p-1', name: '75 ngàn sáng kiến' },
    data: bundleData(),
    documents: [],
    attachments: [],
  });
  if (!res.ok || !res.value) throw new Error(res.ok ? 'no bundle' : res.error.message);
  return res.value;
}

/** Puts an entry in the page's outbox (the settings table), as queueing does. */
async function putEntry(a: App, entry: OutboxEntry): Promise<void> {
  await a.page.evaluate(
    ([dbName, record]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('put failed'));
        };
      }),
    [DB_NAME, { key: `outbox:${entry.id}`, value: entry }] as const,
  );
}

const row = (a: App, text: string) => a.page.locator('.ant-table-row').filter({ hasText: text });

describe('the outbox against a real SMTP server', () => {
  it('sends a queued bundle once; with the server down it waits, and goes when it is back', async () => {
    smtp = await startSmtp();
    const port = smtp.port;
    app = await startApp();
    await completeSetup(app);
    await app.clickButton('Bắt đầu sử dụng');
    await app.waitForMessage({ kind: 'success', text: 'Đã lưu thông tin đơn vị' });

    // The settings, typed on the screen.
    await openMenu(app, 'Thiết lập email');
    await heading(app, 'Thiết lập email').waitFor();
    await app.waitForText(/Mật khẩu ứng dụng/);
    await app.selectByLabel('Dịch vụ email', 'Máy chủ khác');
    await app.fillByLabel('Máy chủ SMTP', '127.0.0.1');
    await app.fillByLabel('Cổng', String(port));
    await app.selectByLabel('Bảo mật kết nối', /^Không mã hoá/);
    await app.fillByLabel('Tên đăng nhập', USER);
    await app.fillByLabel('Mật khẩu', PASSWORD);
    await app.fillByLabel('Email người gửi', USER);
    await app.fillByLabel('Gửi thư thử tới', TO);
    await app.clickButton('Gửi thư thử');
    await app.waitForText(/Đã gửi thư thử tới bantochuc@example\.vn/);
    expect(smtp.received).toHaveLength(1);

    // A bundle in the outbox, queued.
    const written = await writeBundle(app);
    const first = queueEntry(
      {
        to: TO,
        subject: 'Hồ sơ sáng kiến 75 ngàn sáng kiến – CĐCS Công ty Đồng Tiến',
        body: 'Kính gửi Ban Tổ chức,',
        bundlePath: written.path,
        fileName: written.fileName,
        size: written.size,
      },
      globalThis.crypto.randomUUID(),
      new Date(),
    );
    await putEntry(app, first);
    await openMenu(app, 'Hộp thư đi');
    await heading(app, 'Hộp thư đi').waitFor();
    await row(app, 'Chờ gửi')
      .getByRole('button', { name: `Gửi lại ngay thư gửi ${TO}` })
      .click();
    await row(app, 'Đã gửi').waitFor();
    await app.screenshot('outbox-sent');

    expect(smtp.received).toHaveLength(2);
    const mail = smtp.received[1]!;
    expect(mail.subject).toBe(first.subject);
    expect(mail.messageId).toBe(first.messageId);
    expect(smtp.recipients[1]).toEqual([TO]);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.filename).toBe(written.fileName);
    expect(sha(mail.attachments[0]!.content)).toBe(sha(readFileSync(written.path)));

    // The server stops: the next entry waits with a note in Vietnamese.
    await smtp.close();
    smtp = undefined;
    const second = queueEntry(
      { ...first, subject: 'Hồ sơ gửi bổ sung' },
      globalThis.crypto.randomUUID(),
      new Date(),
    );
    await putEntry(app, second);
    // A new start of the app: the scheduler finds the entry due and tries at once.
    await app.page.reload();
    await heading(app, 'Hộp thư đi').waitFor();
    const waiting = row(app, 'Hồ sơ gửi bổ sung');
    await waiting
      .filter({ hasText: 'Chờ gửi' })
      .filter({ hasText: /\d{2}\/\d{2}\/\d{4}/ })
      .waitFor();
    expect(await waiting.innerText()).toMatch(/sẽ tự gửi lại sau ít phút/);
    await app.screenshot('outbox-waiting');

    // Back on the same port; the network comes back: sent, once.
    smtp = await startSmtp({}, port);
    await app.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await waiting.filter({ hasText: 'Đã gửi' }).waitFor();
    expect(smtp.received.map((m) => m.messageId)).toEqual([second.messageId]);
    expect(smtp.received[0]!.subject).toBe('Hồ sơ gửi bổ sung');
  });
});
