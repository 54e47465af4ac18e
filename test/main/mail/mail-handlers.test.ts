// The mail channels against a REAL SMTP server on 127.0.0.1: what arrives is parsed back with
// mailparser. Faults are real too: nobody listening, a refused login, a line cut during DATA,
// 421/451 and 552 answers.
import { createHash } from 'node:crypto';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SendOutcome } from '@shared/mail/outcome';
import { createHandlers } from '../../../main/handlers';
import { TEST_SUBJECT } from '../../../main/handlers/mail';
import { fakeDeps, tempDir } from '../helpers';
import { writeSampleBundle } from '../bundle/bundle-helpers';
import {
  freePort,
  localSettings,
  PASSWORD,
  smtpError,
  startDropProxy,
  startSmtp,
  USER,
} from './smtp-fixtures';
import type { DropProxy, TestSmtp } from './smtp-fixtures';

const open: (TestSmtp | DropProxy)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function smtp(...args: Parameters<typeof startSmtp>): Promise<TestSmtp> {
  const server = await startSmtp(...args);
  open.push(server);
  return server;
}

async function setup(port: number, password: string | null = PASSWORD) {
  const root = await tempDir();
  const dataDir = join(root, 'userData');
  await mkdir(dataDir);
  const deps = fakeDeps(dataDir);
  const handlers = createHandlers(deps);
  const saved = await handlers['mail:settings:set']({ settings: localSettings(port), password });
  expect(saved.ok).toBe(true);
  // Queued bundles live in the outbox folder, where 'bundle:write' puts them (main/handlers/bundles.ts).
  const entryFolder = join(dataDir, 'outbox', 'e-1');
  await mkdir(entryFolder, { recursive: true });
  const bundle = await writeSampleBundle(entryFolder);
  const entry = {
    to: 'bancsktxh@gmail.com',
    subject: 'Hồ sơ sáng kiến 75 ngàn sáng kiến – CĐCS Công ty Đồng Tiến – 15/04/2021',
    body: 'Kính gửi Ban Tổ chức,\nCông đoàn cơ sở xin gửi hồ sơ.',
    messageId: '<3f1c2a9e-1b7d-4e55-9a51-0c1d2e3f4a5b@sangkien.desk>',
    bundlePath: bundle.path,
  };
  const send = async (over: Partial<typeof entry> = {}): Promise<SendOutcome> => {
    const result = await handlers['mail:send']({ ...entry, ...over });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { root, dataDir, deps, handlers, bundle, entry, send };
}

const failureOf = (outcome: SendOutcome) => {
  if (outcome.status === 'sent') throw new Error('expected a failure');
  return outcome;
};

describe('mail:send to a real SMTP server', () => {
  it('delivers the bundle: subject, recipient, Message-ID, attachment bytes and SHA-256', async () => {
    const server = await smtp();
    const { send, entry, bundle, deps } = await setup(server.port);

    const outcome = await send();

    expect(outcome).toEqual({
      status: 'sent',
      messageId: entry.messageId,
      serverResponse: '250 OK queued as 42',
    });
    expect(server.received).toHaveLength(1);
    const mail = server.received[0]!;
    expect(mail.subject).toBe(entry.subject);
    expect(server.recipients[0]).toEqual(['bancsktxh@gmail.com']);
    expect(mail.messageId).toBe(entry.messageId);
    expect(mail.from?.value[0]).toEqual({
      name: 'Công đoàn cơ sở Công ty Đồng Tiến',
      address: USER,
    });
    expect(mail.text?.trim()).toBe(entry.body);
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.filename).toBe('HoSo_Cong_doan_co_so_75_ngan_sang_kien_2021-04-15.zip');
    expect(attachment.contentType).toBe('application/zip');
    const onDisk = await readFile(bundle.path);
    expect(Buffer.compare(attachment.content, onDisk)).toBe(0);
    expect(createHash('sha256').update(attachment.content).digest('hex')).toBe(
      createHash('sha256').update(onDisk).digest('hex'),
    );
    // The password went to the server and nowhere else.
    expect(JSON.stringify(deps.log.entries)).not.toContain(PASSWORD);
  });

  it('mail:test sends a short test message with the saved settings', async () => {
    const server = await smtp();
    const { handlers } = await setup(server.port);

    const result = await handlers['mail:test']({ to: 'thu.ky@ldld.vn' });

    expect(result.ok && result.value.status).toBe('sent');
    expect(server.received.map((m) => m.subject)).toEqual([TEST_SUBJECT]);
    expect(server.recipients[0]).toEqual(['thu.ky@ldld.vn']);
  });

  it('server down: a temporary failure; sent once the server is back', async () => {
    const port = await freePort();
    const { send } = await setup(port);

    const down = failureOf(await send());
    expect(down).toMatchObject({ status: 'temporary', code: 'MAIL_REFUSED' });
    expect(down.message).toContain('tự gửi lại');

    const server = await smtp({}, port);
    expect(await send()).toMatchObject({ status: 'sent' });
    expect(server.received).toHaveLength(1);
  });

  it('authentication refused: permanent, with the server words and what to do', async () => {
    const server = await smtp();
    const { send } = await setup(server.port, 'mật khẩu sai');

    const outcome = failureOf(await send());

    expect(outcome).toMatchObject({
      status: 'permanent',
      code: 'MAIL_AUTH',
      serverResponse: '535 5.7.8 Username and Password not accepted',
    });
    expect(outcome.message).toContain('Mật khẩu ứng dụng');
    expect(server.received).toHaveLength(0);
  });

  it('connection dropped during DATA: temporary; the retry with the same Message-ID delivers one message', async () => {
    const server = await smtp();
    const proxy = await startDropProxy(server.port);
    open.push(proxy);
    const { send, entry } = await setup(proxy.port);

    const first = await send();
    expect(first.status).toBe('temporary');
    expect(proxy.drops).toBe(1);
    expect(server.received).toHaveLength(0);

    const retry = await send();
    expect(retry).toMatchObject({ status: 'sent', messageId: entry.messageId });
    expect(server.received.map((m) => m.messageId)).toEqual([entry.messageId]);
  });

  it('421 at MAIL FROM: temporary, with the server words', async () => {
    const server = await smtp({
      onMailFrom: (_address, _session, callback) =>
        callback(smtpError(421, '4.7.0 Try again later')),
    });
    const { send } = await setup(server.port);

    expect(await send()).toMatchObject({
      status: 'temporary',
      code: 'MAIL_SERVER_BUSY',
      serverResponse: '421 4.7.0 Try again later',
    });
    expect(server.received).toHaveLength(0);
  });

  it('451 at RCPT TO: temporary, with the server words', async () => {
    const server = await smtp({
      onRcptTo: (_address, _session, callback) =>
        callback(smtpError(451, '4.3.0 Mailbox temporarily unavailable')),
    });
    const { send } = await setup(server.port);

    expect(await send()).toMatchObject({
      status: 'temporary',
      code: 'MAIL_SERVER_BUSY',
      serverResponse: '451 4.3.0 Mailbox temporarily unavailable',
    });
    expect(server.received).toHaveLength(0);
  });

  it('552 message too big: permanent, saying to split or save to a folder', async () => {
    const server = await smtp({ size: 10_000 });
    const { send } = await setup(server.port);

    const outcome = failureOf(await send());

    expect(outcome).toMatchObject({ status: 'permanent', code: 'MAIL_TOO_BIG' });
    expect(outcome.serverResponse).toMatch(/^552 /);
    expect(outcome.message).toContain('quá lớn');
    expect(outcome.message).toContain('chia hồ sơ');
    expect(server.received).toHaveLength(0);
  });

  it('refuses to attach a file that is not a sound bundle', async () => {
    const server = await smtp();
    const { send, root, dataDir } = await setup(server.port);
    const notBundle = join(root, 'khoa-bi-mat.zip');
    await writeFile(notBundle, 'không phải hồ sơ');

    for (const bundlePath of [notBundle, join(dataDir, 'secrets.json'), 'relative.zip']) {
      const outcome = await send({ bundlePath });
      expect(outcome).toMatchObject({ status: 'permanent', code: 'MAIL_BUNDLE_INVALID' });
    }
    expect(server.received).toHaveLength(0);
  });

  it('attaches only a bundle in the outbox folder: a sound bundle elsewhere is not mailed', async () => {
    const server = await smtp();
    const { send, root, dataDir } = await setup(server.port);
    // A sound bundle the page names outside the outbox (a file received from a unit, say), the
    // same reached through '..', and a link in the outbox that leads out of it.
    const elsewhere = join(root, 'Tai_ve');
    await mkdir(elsewhere);
    const outside = await writeSampleBundle(elsewhere);
    const linkFolder = join(dataDir, 'outbox', 'e-2');
    await mkdir(linkFolder);
    const link = join(linkFolder, 'HoSo_lien_ket.zip');
    await symlink(outside.path, link);

    for (const bundlePath of [
      outside.path,
      join(dataDir, 'outbox', '..', '..', 'Tai_ve', basename(outside.path)),
      link,
    ]) {
      const outcome = await send({ bundlePath });
      expect(outcome, bundlePath).toMatchObject({
        status: 'permanent',
        code: 'MAIL_BUNDLE_INVALID',
      });
      expect(failureOf(outcome).message).toContain('Hộp thư đi');
    }
    expect(server.received).toHaveLength(0);
  });
});

describe('mail settings', () => {
  it('keeps the password write-only, encrypted through the Secrets port, never in the settings file', async () => {
    const { handlers, dataDir } = await setup(2525);

    const got = await handlers['mail:settings:get']({});

    expect(got).toEqual({
      ok: true,
      value: { settings: localSettings(2525), passwordStored: true },
    });
    expect(JSON.stringify(got)).not.toContain(PASSWORD);
    const settingsFile = await readFile(join(dataDir, 'mail-settings.json'), 'utf8');
    expect(settingsFile).not.toContain(PASSWORD);
    const secretsFile = await readFile(join(dataDir, 'secrets.json'), 'utf8');
    expect(secretsFile).toContain('smtp-password');
    expect(secretsFile).not.toContain(PASSWORD);
    expect(secretsFile).not.toContain(Buffer.from(PASSWORD).toString('base64'));

    // Absent keeps the password, null deletes it.
    await handlers['mail:settings:set']({ settings: localSettings(2526) });
    expect(await handlers['mail:settings:get']({})).toMatchObject({
      value: { passwordStored: true },
    });
    await handlers['mail:settings:set']({ settings: localSettings(2526), password: null });
    expect(await handlers['mail:settings:get']({})).toMatchObject({
      value: { settings: { port: 2526 }, passwordStored: false },
    });
  });

  it('a stored password the system can no longer read (another Windows account, a locked keyring) reads as not stored, so the clerk can type it again', async () => {
    const root = await tempDir();
    const deps = fakeDeps(root);
    const secrets = {
      get: () => Promise.reject(new Error('Error while decrypting the ciphertext provided')),
      set: () => Promise.resolve(),
      delete: () => Promise.resolve(),
    };
    const handlers = createHandlers({ ...deps, secrets });
    const saved = await handlers['mail:settings:set']({ settings: localSettings(2525) });
    expect(saved).toEqual({ ok: true, value: { passwordStored: false } });
    expect(await handlers['mail:settings:get']({})).toEqual({
      ok: true,
      value: { settings: localSettings(2525), passwordStored: false },
    });
    expect(deps.log.entries.some((e) => e.message.includes('could not be decrypted'))).toBe(true);
  });

  it('says what to do when email is not set up', async () => {
    const root = await tempDir();
    const handlers = createHandlers(fakeDeps(root));
    const result = await handlers['mail:test']({ to: 'a@b.vn' });
    if (!result.ok) throw new Error(result.error.message);
    const outcome = failureOf(result.value);
    expect(outcome.code).toBe('MAIL_NOT_CONFIGURED');
    expect(outcome.message).toContain('Thiết lập email');
  });

  it('without a Secrets port, the channels say email is unavailable', async () => {
    const root = await tempDir();
    const handlers = createHandlers({ ...fakeDeps(root), secrets: undefined });
    expect(await handlers['mail:settings:get']({})).toMatchObject({
      ok: false,
      error: { code: 'MAIL_UNAVAILABLE' },
    });
  });
});
