import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  documentDateLine,
  formatDate,
  formatDateTime,
  formatMoney,
  groupDigits,
  isIsoCalendarDate,
  parseDate,
  parseMoney,
  readDate,
  readCount,
  readMoney,
  todayIso,
} from '@shared/format';
import { isoDate } from '@shared/model/common';

const refusal = (read: { ok: true } | { ok: false; message: string }): string =>
  read.ok ? 'accepted' : read.message;

describe('money', () => {
  it('shows whole đồng with dots', () => {
    expect(formatMoney(1_250_000)).toBe('1.250.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(999)).toBe('999 đ');
    expect(formatMoney(null)).toBe('');
    expect(groupDigits(-1234567)).toBe('-1.234.567');
  });

  it('parses what a clerk types', () => {
    expect(parseMoney('1.250.000')).toBe(1_250_000);
    expect(parseMoney('1 250 000 đ')).toBe(1_250_000);
    expect(parseMoney('1250000')).toBe(1_250_000);
    expect(parseMoney('')).toBeNull();
    expect(parseMoney('12a')).toBeNull();
    expect(parseMoney('99999999999999999999')).toBeNull();
  });

  it.each([
    ['1.250.000', 1_250_000],
    ['1250000', 1_250_000],
    ['1 250 000', 1_250_000],
    ['1\u00a0250\u00a0000', 1_250_000],
    ['1.250.000 đ', 1_250_000],
    ['1.250.000đ', 1_250_000],
    ['1.250.000 đồng', 1_250_000],
    ['1.250.000 đồng'.normalize('NFD'), 1_250_000],
    ['1.250.000 VNĐ', 1_250_000],
    ['1,250,000', 1_250_000],
    ['  950 ', 950],
    ['1.250', 1_250],
    ['0', 0],
  ])('accepts %s as %i đồng', (typed, value) => {
    expect(readMoney(typed)).toEqual({ ok: true, value });
  });

  it.each(['1,5', '12.34', '1.250.000,50', '1.25.000', '1250.000', '12 34', '1.2'])(
    'refuses %s instead of scaling it, saying the separator does not split groups of three',
    (typed) => {
      const message = refusal(readMoney(typed));
      expect(message).toContain(`Trong "${typed}"`);
      expect(message).toMatch(/không ngăn cách các nhóm ba chữ số/);
      expect(message).toMatch(/ví dụ 1\.250\.000/);
      expect(parseMoney(typed)).toBeNull();
    },
  );

  it('refuses mixed separators, letters, negatives and empty input, each with its reason', () => {
    expect(refusal(readMoney('1.250,000'))).toMatch(/lẫn nhiều loại dấu/);
    expect(refusal(readMoney('12a'))).toMatch(/chỉ gồm chữ số/);
    expect(refusal(readMoney('-5.000'))).toMatch(/không được âm/);
    expect(refusal(readMoney('  '))).toMatch(/Hãy nhập số tiền/);
    expect(refusal(readMoney('đ'))).toMatch(/Hãy nhập số tiền/);
    expect(refusal(readMoney('99999999999999999999'))).toMatch(/quá lớn/);
  });
});

describe('money as it is copied and said', () => {
  it.each([
    ['1.500.000₫', 1_500_000],
    ['\uff11\uff0e\uff15\uff10\uff10\uff0e\uff10\uff10\uff10', 1_500_000],
    ['1.500.000\u200b', 1_500_000],
    ['\ufeff1.500.000 đ', 1_500_000],
    ['1\u202f500\u202f000 đ', 1_500_000],
    ['1.500.000 đồng/năm', 1_500_000],
    ['1.500.000đ / năm', 1_500_000],
  ])(
    'reads %j as %i đồng: full-width digits, the ₫ sign, invisible characters, /năm',
    (typed, value) => {
      expect(readMoney(typed)).toEqual({ ok: true, value });
    },
  );

  it.each(['0.500', '0,500', '01.500', '000.000'])(
    'refuses %s: a first group of 0 is a decimal written the English way, never 500',
    (typed) => {
      expect(refusal(readMoney(typed))).toMatch(/không ngăn cách các nhóm ba chữ số/);
    },
  );

  it.each([
    ['1,5 triệu', 'triệu'],
    ['2 tỷ', 'tỷ'],
    ['500 nghìn', 'nghìn'],
    ['500k', 'k'],
    ['1,5 triệu đồng', 'triệu'],
  ])('refuses %s, saying to write every digit instead of "%s"', (typed, word) => {
    const message = refusal(readMoney(typed));
    expect(message).toContain(`thay cho chữ "${word}"`);
    expect(message).toContain('1.500.000 cho "1,5 triệu"');
  });
});

describe('counts', () => {
  it.each([
    ['2.800', 2800],
    ['2800', 2800],
    ['2 800', 2800],
    [' 3 ', 3],
    ['\uff13', 3],
  ])('reads %j as %i', (typed, value) => {
    expect(readCount(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.5', /không ngăn cách các nhóm ba chữ số\. Đây là số đếm/],
    ['2,8', /không ngăn cách các nhóm ba chữ số\. Đây là số đếm/],
    ['-1', /không được âm/],
    ['3 suất', /Chỉ nhập chữ số/],
    ['', /Hãy nhập một số nguyên/],
  ])('refuses %j with the reason', (typed, reason) => {
    expect(refusal(readCount(typed))).toMatch(reason);
  });
});

describe('dates', () => {
  it('shows dd/mm/yyyy', () => {
    expect(formatDate('2021-04-20')).toBe('20/04/2021');
    expect(formatDate('2021-04-05T10:00:00.000Z')).toBe('05/04/2021');
    expect(formatDate(null)).toBe('');
    expect(formatDate('garbage')).toBe('');
  });

  it('shows a timestamp in local time', () => {
    const d = new Date(2021, 3, 5, 9, 7);
    expect(formatDateTime(d.toISOString())).toBe('05/04/2021 09:07');
    expect(formatDateTime('nope')).toBe('');
  });

  it('parses dd/mm/yyyy and refuses impossible dates', () => {
    expect(parseDate('20/4/2021')).toBe('2021-04-20');
    expect(parseDate(' 05/04/2021 ')).toBe('2021-04-05');
    expect(parseDate('31/02/2021')).toBeNull();
    expect(parseDate('29/02/2020')).toBe('2020-02-29');
    expect(parseDate('2021-04-20')).toBeNull();
    expect(parseDate('2021-02-31')).toBeNull();
  });

  it('reads a date pasted with a zero-width space or typed in full-width digits', () => {
    expect(readDate('05/04/2021\u200b')).toEqual({ ok: true, value: '2021-04-05' });
    expect(readDate('\ufeff\uff10\uff15\uff0f\uff14\uff0f\uff12\uff10\uff12\uff11')).toEqual({
      ok: true,
      value: '2021-04-05',
    });
  });

  it('says why a typed date is refused', () => {
    expect(readDate('05/04/2021')).toEqual({ ok: true, value: '2021-04-05' });
    expect(refusal(readDate('31/02/2021'))).toBe(
      'Ngày 31 không có: tháng 2 năm 2021 chỉ có 28 ngày.',
    );
    expect(refusal(readDate('29/02/2021'))).toMatch(/chỉ có 28 ngày/);
    expect(readDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(refusal(readDate('31/04/2021'))).toMatch(/tháng 4 năm 2021 chỉ có 30 ngày/);
    expect(refusal(readDate('00/04/2021'))).toMatch(/Ngày 0 không có/);
    expect(refusal(readDate('12/13/2021'))).toMatch(/Tháng 13 không có/);
    for (const typed of ['2021-02-31', '2021-04-20', '5.4.2021', '05/04/21', ''])
      expect(refusal(readDate(typed))).toMatch(/dạng ngày\/tháng\/năm \(dd\/mm\/yyyy\)/);
  });

  it('refuses ISO dates that are not on the calendar, in the schema too', () => {
    expect(isIsoCalendarDate('2020-02-29')).toBe(true);
    expect(isIsoCalendarDate('2021-02-29')).toBe(false);
    expect(isIsoCalendarDate('2021-02-31')).toBe(false);
    expect(isIsoCalendarDate('2021-13-01')).toBe(false);
    expect(isIsoCalendarDate('2021-4-5')).toBe(false);
    expect(isoDate.safeParse('2021-04-30').success).toBe(true);
    const refused = isoDate.safeParse('2021-02-31');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/không có trên lịch/);
    expect(isoDate.safeParse('2021-04-31').success).toBe(false);
  });

  it('writes the document date line of NĐ 30/2020 (leading 0 for days < 10 and months 1–2)', () => {
    expect(documentDateLine('Biên Hòa', '2021-04-20')).toBe('Biên Hòa, ngày 20 tháng 4 năm 2021');
    expect(documentDateLine('Biên Hòa', '2021-04-05')).toBe('Biên Hòa, ngày 05 tháng 4 năm 2021');
    expect(documentDateLine('Biên Hòa', '2021-02-05')).toBe('Biên Hòa, ngày 05 tháng 02 năm 2021');
    expect(documentDateLine('Biên Hòa', '2021-12-31')).toBe('Biên Hòa, ngày 31 tháng 12 năm 2021');
  });

  it('counts days and knows today', () => {
    expect(daysBetween('2021-03-10', '2021-04-20')).toBe(41);
    expect(daysBetween('2021-04-20', '2021-03-10')).toBe(-41);
    expect(todayIso(new Date(2021, 0, 2))).toBe('2021-01-02');
  });
});
