// nodemailer's SMTP transport as the MailTransportFactory port (main/ports.ts).
import { createTransport } from 'nodemailer';
import type { MailTransportFactory } from '../ports';

export const nodemailerTransport: MailTransportFactory = (options) => createTransport(options);
