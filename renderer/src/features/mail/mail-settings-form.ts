// The "Thiết lập email" form's values and how they become the settings main keeps.
import {
  MAIL_PRESETS,
  MAIL_SECURITY,
  MAIL_SECURITY_LABELS,
  mailSettingsSchema,
  type MailPresetId,
  type MailSecurity,
  type MailSettings,
} from '@shared/mail/settings';
import { cleanEmail } from '@shared/email';
import { fieldErrors, mergeFieldErrors, type FormRead } from '../../ui/form-errors';
import { mailTemplateSchema, type MailTemplate } from '../../mail/mail-template';

export interface MailFormValues {
  preset: MailPresetId;
  host: string;
  port: number | null;
  security: MailSecurity;
  user: string;
  fromName: string;
  fromAddress: string;
  /** Empty: keep the stored password. */
  password: string;
  subject: string;
  body: string;
}

export const SECURITY_OPTIONS = MAIL_SECURITY.map((value) => ({
  value,
  label: MAIL_SECURITY_LABELS[value],
}));

export const PRESET_OPTIONS = Object.values(MAIL_PRESETS).map((p) => ({
  value: p.id,
  label: p.label,
}));

export function toForm(
  settings: MailSettings | null,
  template: MailTemplate,
  fallbackFrom: { name: string; address: string },
): MailFormValues {
  const gmail = MAIL_PRESETS.gmail;
  return {
    preset: settings?.preset ?? 'gmail',
    host: settings?.host ?? gmail.host,
    port: settings?.port ?? gmail.port,
    security: settings?.security ?? gmail.security,
    user: settings?.user ?? fallbackFrom.address,
    fromName: settings?.fromName ?? fallbackFrom.name,
    fromAddress: settings?.fromAddress ?? fallbackFrom.address,
    password: '',
    subject: template.subject,
    body: template.body,
  };
}

export interface ReadMailForm {
  settings: MailSettings;
  /** Present only when the clerk typed a new one. */
  password?: string;
  template: MailTemplate;
}

export function readMailForm(v: MailFormValues): FormRead<ReadMailForm> {
  const settings = mailSettingsSchema.safeParse({
    preset: v.preset,
    host: v.host,
    port: v.port ?? 0,
    security: v.security,
    user: v.user,
    fromName: v.fromName,
    fromAddress: cleanEmail(v.fromAddress),
  });
  const template = mailTemplateSchema.safeParse({ subject: v.subject, body: v.body });
  if (!settings.success || !template.success)
    return {
      ok: false,
      errors: mergeFieldErrors(
        settings.success ? [] : fieldErrors(settings.error.issues),
        template.success ? [] : fieldErrors(template.error.issues),
      ),
    };
  const password = v.password === '' ? undefined : v.password;
  return {
    ok: true,
    value: {
      settings: settings.data,
      template: template.data,
      ...(password !== undefined ? { password } : {}),
    },
  };
}
