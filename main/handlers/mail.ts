// mail:settings:get/set, mail:test and mail:send. The password only ever goes in (write-only) and
// to the SMTP server; a bundle is verified before it is attached, so only a sound bundle the app
// made can leave by email, and only from the outbox folder: the page cannot have main read or mail
// any other file.
import { basename, join } from 'node:path';
import type { Handlers } from '@shared/ipc';
import type { SendOutcome } from '@shared/mail/outcome';
import { fail, ok } from '@shared/result';
import { isOutboxBundle } from '../bundle/outbox-path';
import { verifyBundle } from '../bundle/verify-bundle';
import { mailNotConfigured, mailUnavailable, writeFailed } from '../errors';
import { createMailSettingsStore } from '../mail/mail-settings-store';
import { sendOne } from '../mail/mail-sender';
import type { OutgoingMail } from '../mail/mail-sender';
import { nodemailerTransport } from '../mail/smtp-transport';
import type { HandlerDeps } from '../ports';
import { consoleLog } from '../services/console-log';
import { OUTBOX_FOLDER } from './bundles';

type MailChannels = 'mail:settings:get' | 'mail:settings:set' | 'mail:test' | 'mail:send';

export const TEST_SUBJECT = 'Thư thử từ Sáng kiến Desk';
const TEST_BODY =
  'Đây là thư thử do Sáng kiến Desk gửi để kiểm tra Thiết lập email. Nếu bạn đọc được thư này, Sáng kiến Desk đã gửi được hồ sơ qua email.';

export function createMailHandlers(deps: HandlerDeps): Pick<Handlers, MailChannels> {
  const log = deps.log ?? consoleLog;
  const createTransport = deps.mailTransport ?? nodemailerTransport;
  const secrets = deps.secrets;
  if (!secrets) {
    const unavailable = () => Promise.resolve(mailUnavailable());
    return {
      'mail:settings:get': unavailable,
      'mail:settings:set': unavailable,
      'mail:test': unavailable,
      'mail:send': unavailable,
    };
  }
  const store = createMailSettingsStore(deps.appInfo.dataDir, secrets);
  const outbox = join(deps.appInfo.dataDir, OUTBOX_FOLDER);

  const send = async (mail: OutgoingMail): Promise<SendOutcome> => {
    const settings = await store.read();
    if (!settings) return notConfigured();
    let password: string | null;
    try {
      password = await store.password();
    } catch (error) {
      log.warn('mail: the stored password could not be decrypted', { error: String(error) });
      return passwordUnreadable();
    }
    const outcome = await sendOne(createTransport, settings, password, mail);
    if (outcome.status === 'sent') log.info('mail sent', { messageId: mail.messageId });
    else
      log.warn('mail not sent', {
        messageId: mail.messageId,
        status: outcome.status,
        code: outcome.code,
        serverResponse: outcome.serverResponse,
      });
    return outcome;
  };

  // A password the system can no longer decrypt (another Windows account, a locked keyring) is as
  // good as none: the settings still open, saying none is stored, so the clerk types it again.
  const passwordStored = async (): Promise<boolean> => {
    try {
      return (await store.password()) !== null;
    } catch (error) {
      log.warn('mail: the stored password could not be decrypted', { error: String(error) });
      return false;
    }
  };

  return {
    'mail:settings:get': async () =>
      ok({ settings: await store.read(), passwordStored: await passwordStored() }),

    'mail:settings:set': async ({ settings, password }) => {
      try {
        await store.write(settings);
        if (password !== undefined) await store.setPassword(password);
      } catch (error) {
        log.warn('mail:settings:set could not save', { error: String(error) });
        return password === undefined ? writeFailed(deps.appInfo.dataDir) : passwordNotSaved();
      }
      return ok({ passwordStored: await passwordStored() });
    },

    'mail:test': async ({ to }) =>
      ok(await send({ to, subject: TEST_SUBJECT, body: TEST_BODY, messageId: testMessageId() })),

    'mail:send': async ({ to, subject, body, messageId, bundlePath }) => {
      if (!(await isOutboxBundle(outbox, bundlePath))) {
        log.warn('mail:send refused a path outside the outbox', { messageId });
        return ok(notABundle('tệp không phải một hồ sơ .zip trong Hộp thư đi của Sáng kiến Desk.'));
      }
      const verified = await verifyBundle(bundlePath);
      if (!verified.ok) return ok(notABundle(verified.error.message));
      return ok(
        await send({
          to,
          subject,
          body,
          messageId,
          attachment: { path: bundlePath, filename: basename(bundlePath) },
        }),
      );
    },
  };
}

function testMessageId(): string {
  return `<${globalThis.crypto.randomUUID()}@test.sangkien.desk>`;
}

const notConfigured = (): SendOutcome => ({
  status: 'permanent',
  code: 'MAIL_NOT_CONFIGURED',
  message: mailNotConfigured().error.message,
  serverResponse: null,
});

const passwordUnreadable = (): SendOutcome => ({
  status: 'permanent',
  code: 'MAIL_PASSWORD_UNREADABLE',
  message:
    'Không đọc được mật khẩu email đã lưu (có thể tài khoản Windows hoặc máy đã đổi). Hãy mở Thiết lập email, nhập lại mật khẩu rồi bấm "Gửi lại".',
  serverResponse: null,
});

const notABundle = (why: string): SendOutcome => ({
  status: 'permanent',
  code: 'MAIL_BUNDLE_INVALID',
  message: `Không gửi tệp này vì không phải hồ sơ hợp lệ: ${why} Hãy lập lại hồ sơ rồi gửi.`,
  serverResponse: null,
});

const passwordNotSaved = () =>
  fail(
    'MAIL_PASSWORD_NOT_SAVED',
    'Đã lưu thiết lập email nhưng chưa lưu được mật khẩu: máy này chưa có kho khoá an toàn của hệ điều hành. Hãy đăng nhập lại máy (trên Linux: mở khoá "Keyring") rồi lưu lại.',
  );
