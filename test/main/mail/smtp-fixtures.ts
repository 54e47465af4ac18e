// A real SMTP server on 127.0.0.1 (smtp-server, plain TCP, random port) that parses what it
// receives with mailparser, and a TCP proxy that cuts the line in the middle of DATA.
import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerOptions } from 'smtp-server';
import type { MailSettings } from '@shared/mail/settings';

export interface TestSmtp {
  readonly port: number;
  readonly received: ParsedMail[];
  /** RCPT TO addresses per accepted message. */
  readonly recipients: string[][];
  close(): Promise<void>;
}

export const USER = 'vanphong@cdcs.vn';
export const PASSWORD = 'mật-khẩu-ứng-dụng 16';

/** An SMTP failure the way smtp-server sends it: the code and the words. */
export const smtpError = (responseCode: number, message: string): Error =>
  Object.assign(new Error(message), { responseCode });

export async function startSmtp(
  options: Partial<SMTPServerOptions> = {},
  port = 0,
): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const recipients: string[][] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    closeTimeout: 100,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(smtpError(535, '5.7.8 Username and Password not accepted'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (stream.sizeExceeded)
            return callback(smtpError(552, '5.3.4 Message size exceeds fixed limit'));
          received.push(mail);
          recipients.push(session.envelope.rcptTo.map((r) => r.address));
          callback(null, 'OK queued as 42');
        })
        .catch(callback);
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    recipients,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface DropProxy {
  readonly port: number;
  /** How many connections were cut during DATA. */
  readonly drops: number;
  close(): Promise<void>;
}

/** Forwards to `target`, but cuts the first `times` connections as soon as the message body starts. */
export async function startDropProxy(target: number, times = 1): Promise<DropProxy> {
  let drops = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    let sentData = false;
    const cut = drops < times;
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('data', (chunk: Buffer) => {
      if (cut && sentData) {
        drops += 1;
        client.destroy();
        upstream.destroy();
        return;
      }
      if (/(^|\r\n)DATA\r\n/.test(chunk.toString('latin1'))) sentData = true;
      upstream.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get drops() {
      return drops;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nobody listens on (opened, then closed). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const localSettings = (port: number): MailSettings => ({
  preset: 'custom',
  host: '127.0.0.1',
  port,
  security: 'none',
  user: USER,
  fromName: 'Công đoàn cơ sở Công ty Đồng Tiến',
  fromAddress: USER,
});
