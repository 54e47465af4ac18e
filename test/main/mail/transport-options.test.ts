// What nodemailer is told for each kind of security, and that a missing password means no AUTH.
import { describe, expect, it } from 'vitest';
import { MAIL_PRESETS } from '@shared/mail/settings';
import type { MailSettings } from '@shared/mail/settings';
import { transportOptions } from '../../../main/mail/mail-sender';

const base: MailSettings = {
  preset: 'gmail',
  host: MAIL_PRESETS.gmail.host,
  port: MAIL_PRESETS.gmail.port,
  security: 'tls',
  user: 'cdcs@gmail.com',
  fromName: 'CĐCS',
  fromAddress: 'cdcs@gmail.com',
};

describe('transportOptions', () => {
  it('Gmail: TLS from the first byte on 465, with the login', () => {
    expect(transportOptions(base, 'abcd efgh ijkl mnop')).toMatchObject({
      host: 'smtp.gmail.com',
      port: 465,
      secure: true,
      requireTLS: false,
      ignoreTLS: false,
      auth: { user: 'cdcs@gmail.com', pass: 'abcd efgh ijkl mnop' },
      logger: false,
    });
  });

  it('STARTTLS: a plain start that must upgrade, never stay plain', () => {
    expect(transportOptions({ ...base, security: 'starttls', port: 587 }, 'p')).toMatchObject({
      secure: false,
      requireTLS: true,
      ignoreTLS: false,
    });
  });

  it('no password or no user: no AUTH at all', () => {
    expect(transportOptions(base, null).auth).toBeUndefined();
    expect(transportOptions({ ...base, user: '' }, 'p').auth).toBeUndefined();
  });
});
