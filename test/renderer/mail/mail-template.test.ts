import { describe, expect, it } from 'vitest';
import { mailTemplateSchema } from '../../../renderer/src/mail/mail-template';

describe('the mail template', () => {
  it('counts a subject and a body typed decomposed (Unikey/Telex) by the letters the clerk sees', () => {
    // Each "Ệ" is three code units in NFD: 300 letters, 900 units; 8.000 letters, 24.000 units.
    const subject = 'Ệ'.repeat(300);
    const body = 'Ệ'.repeat(8_000);
    const read = mailTemplateSchema.safeParse({
      subject: `  ${subject.normalize('NFD')} `,
      body: body.normalize('NFD'),
    });
    expect(read.success && read.data).toEqual({ subject, body });
    const long = mailTemplateSchema.safeParse({ subject: 'A'.repeat(501), body: '' });
    expect(long.error?.issues[0]?.message).toBe('Tiêu đề tối đa 500 ký tự');
  });
});
