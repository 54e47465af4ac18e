// The classifier on the error shapes nodemailer gives (as seen against smtp-server and a dead
// port in mail-handlers.test.ts), plus network cases a test machine cannot cause for real.
import { describe, expect, it } from 'vitest';
import { classifySendFailure } from '../../../main/mail/classify-failure';

const smtpFailure = (code: string, responseCode: number, response: string) =>
  Object.assign(new Error(`Message failed: ${response}`), { code, responseCode, response });
const network = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('classifySendFailure', () => {
  it.each([
    [
      'offline (ENOTFOUND)',
      network('EDNS', 'getaddrinfo ENOTFOUND smtp.gmail.com'),
      'MAIL_OFFLINE',
    ],
    [
      'offline (EAI_AGAIN)',
      network('EDNS', 'getaddrinfo EAI_AGAIN smtp.gmail.com'),
      'MAIL_OFFLINE',
    ],
    ['refused', network('ESOCKET', 'connect ECONNREFUSED 127.0.0.1:465'), 'MAIL_REFUSED'],
    ['reset', network('ESOCKET', 'read ECONNRESET'), 'MAIL_DROPPED'],
    ['timed out', network('ETIMEDOUT', 'Connection timeout'), 'MAIL_TIMEOUT'],
    ['closed', network('ECONNECTION', 'Connection closed unexpectedly'), 'MAIL_DROPPED'],
    ['421', smtpFailure('EENVELOPE', 421, '421 4.7.0 Try again later'), 'MAIL_SERVER_BUSY'],
    ['451', smtpFailure('EENVELOPE', 451, '451 4.3.0 Temporary failure'), 'MAIL_SERVER_BUSY'],
    ['something unclear', new Error('boom'), 'MAIL_UNKNOWN'],
  ])('%s is temporary', (_label, error, code) => {
    const failure = classifySendFailure(error);
    expect(failure.status).toBe('temporary');
    expect(failure.code).toBe(code);
    expect(failure.message).toContain('tự gửi lại');
  });

  it.each([
    ['535', smtpFailure('EAUTH', 535, '535 5.7.8 Username and Password not accepted'), 'MAIL_AUTH'],
    ['EAUTH without a code', network('EAUTH', 'Invalid login'), 'MAIL_AUTH'],
    [
      '552',
      smtpFailure('EMESSAGE', 552, '552 5.3.4 Message size exceeds fixed limit'),
      'MAIL_TOO_BIG',
    ],
    ['554 too large', smtpFailure('EMESSAGE', 554, '554 5.3.4 Message too large'), 'MAIL_TOO_BIG'],
    ['550', smtpFailure('EENVELOPE', 550, '550 5.1.1 No such user'), 'MAIL_REJECTED'],
    ['TLS', network('ESOCKET', 'ssl3_get_record:wrong version number'), 'MAIL_TLS'],
  ])('%s is permanent', (_label, error, code) => {
    const failure = classifySendFailure(error);
    expect(failure.status).toBe('permanent');
    expect(failure.code).toBe(code);
    expect(failure.message).not.toContain('tự gửi lại');
  });

  it("keeps the server's words", () => {
    const failure = classifySendFailure(
      smtpFailure('EAUTH', 535, '535 5.7.8 Username and Password not accepted'),
    );
    expect(failure.serverResponse).toBe('535 5.7.8 Username and Password not accepted');
    expect(failure.message).toContain('535 5.7.8 Username and Password not accepted');
    expect(
      classifySendFailure(network('EDNS', 'getaddrinfo ENOTFOUND x')).serverResponse,
    ).toBeNull();
  });
});
