import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RuleError } from '../../../renderer/src/db/rule-error';
import { failureText } from '../../../renderer/src/ui/failure';

describe('failureText', () => {
  it('shows a rule refusal as it is written', () => {
    expect(failureText(new RuleError('Không tìm thấy đơn vị'), 'Không xóa được')).toBe(
      'Không tìm thấy đơn vị',
    );
  });

  it('shows a schema refusal by its first message', () => {
    const parsed = z.object({ a: z.string().min(1, 'Nhập tên') }).safeParse({ a: '' });
    expect(failureText(parsed.error)).toBe('Nhập tên');
  });

  it('says a full disk in plain words', () => {
    const full = new Error('quota');
    full.name = 'QuotaExceededError';
    expect(failureText(full)).toBe('Ổ đĩa đã đầy: hãy giải phóng dung lượng rồi thử lại.');
  });

  it('puts the technical reason after a plain sentence, with one full stop', () => {
    expect(failureText(new Error('disk I/O'), 'Không nộp được sáng kiến.')).toBe(
      'Không nộp được sáng kiến: disk I/O',
    );
    expect(failureText('?', 'Không nộp được sáng kiến')).toBe(
      'Không nộp được sáng kiến. Hãy thử lại.',
    );
  });
});
