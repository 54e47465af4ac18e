// Sends one message over SMTP with the transport factory injected (main/ports.ts): the Message-ID
// is the caller's (fixed when the outbox queued the entry, so a retry is recognisably the same
// message), the attachment streams from disk, and every failure comes back classified.
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { MailSettings } from '@shared/mail/settings';
import type { SendOutcome } from '@shared/mail/outcome';
import type { MailTransportFactory } from '../ports';
import { classifySendFailure } from './classify-failure';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** `<…@…>`, fixed by the caller. */
  readonly messageId: string;
  readonly attachment?: { readonly path: string; readonly filename: string };
}

const SECOND = 1000;

export function transportOptions(
  settings: MailSettings,
  password: string | null,
): SMTPTransport.Options {
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth:
      settings.user !== '' && password !== null
        ? { user: settings.user, pass: password }
        : undefined,
    connectionTimeout: 30 * SECOND,
    greetingTimeout: 30 * SECOND,
    socketTimeout: 120 * SECOND,
    // nodemailer must not log: its debug output would carry the AUTH exchange.
    logger: false,
    debug: false,
  };
}

export async function sendOne(
  createTransport: MailTransportFactory,
  settings: MailSettings,
  password: string | null,
  mail: OutgoingMail,
): Promise<SendOutcome> {
  const transport = createTransport(transportOptions(settings, password));
  try {
    const info = await transport.sendMail({
      from: { name: settings.fromName, address: settings.fromAddress },
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
      messageId: mail.messageId,
      attachments: mail.attachment
        ? [
            {
              filename: mail.attachment.filename,
              path: mail.attachment.path,
              contentType: 'application/zip',
            },
          ]
        : [],
    });
    return { status: 'sent', messageId: mail.messageId, serverResponse: info.response };
  } catch (error) {
    return classifySendFailure(error);
  } finally {
    transport.close();
  }
}
