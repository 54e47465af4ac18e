import { describe, expect, it } from 'vitest';
import { MAIL_PRESETS, mailSettingsSchema, messageIdSchema } from '@shared/mail/settings';

const gmail = {
  preset: 'gmail',
  host: MAIL_PRESETS.gmail.host,
  port: MAIL_PRESETS.gmail.port,
  security: MAIL_PRESETS.gmail.security,
  user: 'cdcs.dongtien@gmail.com',
  fromName: 'CĐCS Công ty Đồng Tiến',
  fromAddress: 'cdcs.dongtien@gmail.com',
} as const;

describe('mail settings', () => {
  it('Gmail preset is smtp.gmail.com:465 over TLS, with the app-password note', () => {
    expect(MAIL_PRESETS.gmail).toMatchObject({
      host: 'smtp.gmail.com',
      port: 465,
      security: 'tls',
    });
    expect(MAIL_PRESETS.gmail.note).toContain('Mật khẩu ứng dụng');
    expect(mailSettingsSchema.safeParse(gmail).success).toBe(true);
  });

  it('refuses an unencrypted connection to anything but this machine', () => {
    const plain = { ...gmail, security: 'none' };
    const result = mailSettingsSchema.safeParse(plain);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('Hãy chọn SSL/TLS hoặc STARTTLS');
    expect(mailSettingsSchema.safeParse({ ...plain, host: '127.0.0.1' }).success).toBe(true);
  });

  it('refuses a bad host, port or sender address', () => {
    expect(mailSettingsSchema.safeParse({ ...gmail, host: 'smtp gmail' }).success).toBe(false);
    expect(mailSettingsSchema.safeParse({ ...gmail, port: 0 }).success).toBe(false);
    expect(
      mailSettingsSchema.safeParse({ ...gmail, fromAddress: 'khong-phai-email' }).success,
    ).toBe(false);
  });

  it('accepts only <id@host> Message-IDs', () => {
    expect(messageIdSchema.safeParse('<abc-1@sangkien.desk>').success).toBe(true);
    expect(messageIdSchema.safeParse('abc@sangkien.desk').success).toBe(false);
    expect(messageIdSchema.safeParse('<a b@x>').success).toBe(false);
  });

  it('measures the sender name in the letters the clerk sees, typed decomposed or not', () => {
    // 120 letters, each with two marks when decomposed: 360 code units in NFD.
    const name = 'Ệ'.repeat(120);
    const read = mailSettingsSchema.safeParse({ ...gmail, fromName: name.normalize('NFD') });
    expect(read.success && read.data.fromName).toBe(name);
    const long = mailSettingsSchema.safeParse({ ...gmail, fromName: 'A'.repeat(201) });
    expect(long.error?.issues[0]?.message).toBe('Tên người gửi tối đa 200 ký tự');
  });
});
