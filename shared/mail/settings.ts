// Email settings (SMTP): what the clerk fills in once. The password is not here: it goes to the
// Secrets port in main (Electron's safeStorage), never to IndexedDB, a bundle, a backup or a log.
import { z } from 'zod';
import { EMAIL_HINT } from '../email';

export const MAIL_SECURITY = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

export const MAIL_SECURITY_LABELS: Record<MailSecurity, string> = {
  tls: 'SSL/TLS ngay khi kết nối (thường là cổng 465)',
  starttls: 'STARTTLS (thường là cổng 587)',
  none: 'Không mã hoá (chỉ dùng cho máy chủ thử trên chính máy này)',
};

export const MAIL_PRESET_IDS = ['gmail', 'custom'] as const;
export type MailPresetId = (typeof MAIL_PRESET_IDS)[number];

export interface MailPreset {
  readonly id: MailPresetId;
  readonly label: string;
  readonly host: string;
  readonly port: number;
  readonly security: MailSecurity;
  /** Shown under the form: what the clerk must know to make it work. */
  readonly note: string;
}

export const MAIL_PRESETS: Record<MailPresetId, MailPreset> = {
  gmail: {
    id: 'gmail',
    label: 'Gmail',
    host: 'smtp.gmail.com',
    port: 465,
    security: 'tls',
    note: 'Gmail không nhận mật khẩu đăng nhập thường. Hãy bật xác minh 2 bước cho tài khoản Google, tạo "Mật khẩu ứng dụng" (App Password) tại myaccount.google.com/apppasswords rồi dán mật khẩu 16 ký tự đó vào ô Mật khẩu.',
  },
  custom: {
    id: 'custom',
    label: 'Máy chủ khác',
    host: '',
    port: 587,
    security: 'starttls',
    note: 'Hỏi bộ phận CNTT hoặc nhà cung cấp email: tên máy chủ SMTP, cổng, kiểu bảo mật và tên đăng nhập.',
  },
};

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

export const mailSettingsSchema = z
  .object({
    preset: z.enum(MAIL_PRESET_IDS),
    host: z
      .string()
      .trim()
      .min(1, 'Nhập tên máy chủ SMTP')
      .max(255)
      .regex(/^[A-Za-z0-9.:-]+$/, 'Tên máy chủ chỉ gồm chữ không dấu, số, dấu chấm và gạch ngang'),
    port: z.number().int().min(1, 'Cổng từ 1 đến 65535').max(65535, 'Cổng từ 1 đến 65535'),
    security: z.enum(MAIL_SECURITY),
    /** Login name; for Gmail the address itself. Empty when the server needs no login. */
    user: z.string().trim().max(320),
    // NFC before the limit, so a decomposed keyboard counts the letters the clerk sees.
    fromName: z.string().normalize('NFC').trim().max(200, 'Tên người gửi tối đa 200 ký tự'),
    fromAddress: z.email(`Địa chỉ email gửi không hợp lệ: ${EMAIL_HINT}.`),
  })
  .refine((s) => s.security !== 'none' || LOCAL_HOSTS.has(s.host), {
    message:
      'Không gửi mật khẩu và hồ sơ qua kết nối không mã hoá. Hãy chọn SSL/TLS hoặc STARTTLS.',
    path: ['security'],
  });
export type MailSettings = z.infer<typeof mailSettingsSchema>;
export type MailSettingsInput = z.input<typeof mailSettingsSchema>;

/** A Message-ID as the outbox fixes it when queueing: `<id@host>`. */
export const messageIdSchema = z
  .string()
  .max(250)
  .regex(/^<[^<>\s@]+@[^<>\s@]+>$/, 'Message-ID không hợp lệ');
