import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanEmail } from '@shared/email';
import { programmeSchema } from '@shared/model/programme';

describe('an email address as it is pasted', () => {
  it.each([
    ['Ban CSKT <bancsktxh@gmail.com>', 'bancsktxh@gmail.com'],
    ['"Nguyễn Văn An" <An.Nguyen@LDLD.DongNai.gov.vn>', 'An.Nguyen@ldld.dongnai.gov.vn'],
    ['bancsktxh@gmail.com.', 'bancsktxh@gmail.com'],
    ['bancsktxh@gmail.com;', 'bancsktxh@gmail.com'],
    ['mailto:bancsktxh@gmail.com', 'bancsktxh@gmail.com'],
    ['bancsktxh@gmail.com\u200b', 'bancsktxh@gmail.com'],
    ['\ufeffbancsktxh\uff20gmail.com', 'bancsktxh@gmail.com'],
    ['\u00a0 bancsktxh@Gmail.COM \u202f', 'bancsktxh@gmail.com'],
  ])('reads %j as %s, an address the schema takes', (typed, address) => {
    expect(cleanEmail(typed)).toBe(address);
    expect(z.email().safeParse(cleanEmail(typed)).success).toBe(true);
  });

  it.each(['a @b.vn', 'nguyễn@gmail.com', 'congdoan@', 'bancsktxh'])(
    'leaves %j for the schema to refuse, saying what to type',
    (typed) => {
      const parsed = programmeSchema.shape.recipientEmail.safeParse(cleanEmail(typed));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(
        'Email nhận hồ sơ không hợp lệ: hãy nhập dạng ten@donvi.vn, không dấu, không khoảng trắng.',
      );
    },
  );
});
