import { describe, expect, it } from 'vitest';
import { outsideWindow, outsideWindowMessage, windowHint } from '@shared/rules/programme-window';

const w2021 = { firstAppliedFrom: '2021-02-01', firstAppliedTo: '2021-05-31' };

describe('the programme window', () => {
  it('holds dates between its ends, both included, and anything when open', () => {
    expect(outsideWindow('2021-02-01', w2021)).toBe(false);
    expect(outsideWindow('2021-05-31', w2021)).toBe(false);
    expect(outsideWindow('2021-01-31', w2021)).toBe(true);
    expect(outsideWindow('2021-06-01', w2021)).toBe(true);
    expect(outsideWindow(null, w2021)).toBe(false);
    expect(outsideWindow('1999-01-01', { firstAppliedFrom: null, firstAppliedTo: null })).toBe(
      false,
    );
    expect(
      outsideWindow('2030-01-01', { firstAppliedFrom: '2021-02-01', firstAppliedTo: null }),
    ).toBe(false);
  });

  it('says why, and hints the window on the form', () => {
    expect(outsideWindowMessage('2021-06-01', w2021)).toBe(
      'Ngày áp dụng lần đầu 01/06/2021 nằm ngoài khoảng chương trình cho phép (01/02/2021 – 31/05/2021)',
    );
    expect(windowHint(w2021)).toBe(
      'Chương trình nhận sáng kiến áp dụng lần đầu từ 01/02/2021 đến 31/05/2021.',
    );
    expect(windowHint({ firstAppliedFrom: '2021-02-01', firstAppliedTo: null })).toBeUndefined();
  });
});
