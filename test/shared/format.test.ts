import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  documentDateLine,
  formatDate,
  formatDateTime,
  formatMoney,
  groupDigits,
  parseDate,
  parseMoney,
  todayIso,
} from '@shared/format';

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
    expect(parseMoney('1,5')).toBe(15); // commas are group separators to a Vietnamese clerk
    expect(parseMoney('99999999999999999999')).toBeNull();
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
