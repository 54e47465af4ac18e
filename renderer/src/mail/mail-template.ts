// The clerk's subject and body template for a bundle's email (shared/mail/template.ts), kept in
// the settings table; the defaults until the clerk edits them.
import { z } from 'zod';
import { DEFAULT_BODY_TEMPLATE, DEFAULT_SUBJECT_TEMPLATE } from '@shared/mail/template';
import type { DeskDb } from '../db/database';

const KEY = 'mailTemplate';

export const mailTemplateSchema = z.object({
  // NFC before the limits: a decomposed keyboard (Unikey/Telex) must not make a subject of 300
  // letters count as 500 (docs/domain.md, Text is stored in NFC).
  subject: z
    .string()
    .normalize('NFC')
    .trim()
    .min(1, 'Nhập tiêu đề thư')
    .max(500, 'Tiêu đề tối đa 500 ký tự'),
  body: z.string().normalize('NFC').max(20_000, 'Nội dung tối đa 20.000 ký tự'),
});
export type MailTemplate = z.infer<typeof mailTemplateSchema>;

export const DEFAULT_MAIL_TEMPLATE: MailTemplate = {
  subject: DEFAULT_SUBJECT_TEMPLATE,
  body: DEFAULT_BODY_TEMPLATE,
};

export async function getMailTemplate(db: DeskDb): Promise<MailTemplate> {
  const parsed = mailTemplateSchema.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_MAIL_TEMPLATE;
}

export async function setMailTemplate(db: DeskDb, template: MailTemplate): Promise<void> {
  await db.settings.put({ key: KEY, value: mailTemplateSchema.parse(template) });
}
