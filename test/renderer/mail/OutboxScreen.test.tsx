// "Hộp thư đi" over a real IndexedDB, the real main handlers, a real bundle and a real SMTP server.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OutboxScreen } from '../../../renderer/src/features/mail/OutboxScreen';
import {
  setActiveOutbox,
  startOutboxScheduler,
  type OutboxScheduler,
} from '../../../renderer/src/mail/outbox-scheduler';
import { getOutboxEntry, moveEntry } from '../../../renderer/src/mail/outbox-store';
import { queueBundleMail } from '../../../renderer/src/mail/queue-bundle';
import { invoke } from '../../../renderer/src/desk';
import { applyOutcome, startSending } from '@shared/mail/outbox';
import { writeSampleBundle } from '../../main/bundle/bundle-helpers';
import { OUTBOX_FOLDER } from '../../../main/handlers/bundles';
import { localSettings, PASSWORD, startSmtp, type TestSmtp } from '../../main/mail/smtp-fixtures';
import { SLOW, dialogWith } from '../appraisal/dialogs';
import { setUpDb } from '../helpers';
import { button, renderWithDb } from '../setup/render-with-db';
import type { MainBridge } from '../backup/main-bridge';
import { installMailBridge } from './mail-bridge';

let bridge: MainBridge | undefined;
let smtp: TestSmtp | undefined;
let scheduler: OutboxScheduler | undefined;
afterEach(async () => {
  scheduler?.stop();
  setActiveOutbox(null);
  await bridge?.dispose();
  await smtp?.close();
  bridge = smtp = scheduler = undefined;
});

const programme = { name: '75 ngàn sáng kiến', recipientEmail: 'bantochuc@example.vn' };

async function queued() {
  const ctx = await setUpDb();
  smtp = await startSmtp();
  bridge = await installMailBridge();
  const saved = await invoke('mail:settings:set', {
    settings: localSettings(smtp.port),
    password: PASSWORD,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  // Queued bundles live in the outbox folder, the only place mail:send attaches from
  // (main/handlers/mail.ts).
  const folder = join(bridge.dataDir, OUTBOX_FOLDER, 'e-1');
  await mkdir(folder, { recursive: true });
  const written = await writeSampleBundle(folder);
  const entry = await queueBundleMail(ctx.db, {
    written: { path: written.path, fileName: basename(written.path), size: written.size },
    unitName: ctx.office.unitName,
    programme,
    files: ['01_To_trinh.docx'],
  });
  return { ...ctx, written, entry };
}

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

describe('OutboxScreen', () => {
  it('the scheduler sends a queued bundle; the screen shows it sent, and it arrives whole', async () => {
    const { db, entry, written, office } = await queued();
    await renderWithDb(db, <OutboxScreen />);
    const row = (await screen.findByText('bantochuc@example.vn', {}, SLOW)).closest('tr')!;
    expect(within(row).getByText('Chờ gửi')).toBeInTheDocument();
    expect(within(row).getByText(/^0,\d\d MB$/)).toBeInTheDocument();
    expect(entry.subject).toContain(office.unitName);

    scheduler = await startOutboxScheduler({ db, send: (r) => invoke('mail:send', r) });
    await scheduler.kick();

    await within(rowOf('bantochuc@example.vn')).findByText('Đã gửi', {}, SLOW);
    expect(within(rowOf('bantochuc@example.vn')).getByText(/Máy chủ đã nhận: "250/)).toBeVisible();
    expect(within(rowOf('bantochuc@example.vn')).queryByText('Gửi lại ngay')).toBeNull();
    const [mail] = smtp!.received;
    expect(smtp!.received).toHaveLength(1);
    expect(mail?.subject).toBe(entry.subject);
    expect(mail?.messageId).toBe(entry.messageId);
    expect(smtp!.recipients).toEqual([['bantochuc@example.vn']]);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha(mail!.attachments[0]!.content)).toBe(sha(await readFile(written.path)));
  });

  it('shows the server words of a failure; "Gửi lại ngay" queues it again and sends it', async () => {
    const { db, entry } = await queued();
    await moveEntry(db, entry.id, startSending);
    await moveEntry(db, entry.id, (e) =>
      applyOutcome(
        e,
        {
          status: 'permanent',
          code: 'MAIL_AUTH',
          message: 'Máy chủ không nhận tên đăng nhập hoặc mật khẩu.',
          serverResponse: '535 5.7.8 Username and Password not accepted',
        },
        new Date(),
        Math.random,
      ),
    );
    scheduler = await startOutboxScheduler({ db, send: (r) => invoke('mail:send', r) });
    setActiveOutbox(scheduler);
    const { user } = await renderWithDb(db, <OutboxScreen />);
    const row = (await screen.findByText('Gửi không được', {}, SLOW)).closest('tr')!;
    expect(
      within(row).getByText(/Máy chủ trả lời: "535 5\.7\.8 Username and Password not accepted"/),
    ).toBeVisible();
    expect(smtp!.received).toHaveLength(0);

    await user.click(within(row).getByLabelText('Gửi lại ngay thư gửi bantochuc@example.vn'));

    await screen.findByText('Đã gửi', {}, SLOW);
    expect(smtp!.received.map((m) => m.messageId)).toEqual([entry.messageId]);
    expect((await getOutboxEntry(db, entry.id))?.attempts).toBe(2);
  });

  it('"Huỷ" asks first, then the entry is cancelled and never sent', async () => {
    const { db, entry } = await queued();
    const { user } = await renderWithDb(db, <OutboxScreen />);
    const row = (await screen.findByText('Chờ gửi', {}, SLOW)).closest('tr')!;

    await user.click(within(row).getByLabelText('Huỷ thư gửi bantochuc@example.vn'));
    const dialog = await dialogWith('Huỷ thư này?');
    await user.click(button('Huỷ thư', dialog));

    await screen.findByText('Đã huỷ', {}, SLOW);
    await waitFor(async () =>
      expect((await getOutboxEntry(db, entry.id))?.state).toBe('cancelled'),
    );
    scheduler = await startOutboxScheduler({ db, send: (r) => invoke('mail:send', r) });
    await scheduler.kick();
    expect(smtp!.received).toHaveLength(0);
  });
});
