// Whole đồng in Vietnamese words, as clerks write the "Bằng chữ" line (docs/documents.md).
// Conventions, the ones accounting software and invoices use:
// - tens digit 1 reads "mười", other tens "… mươi";
// - units 1 after "… mươi" reads "mốt" (21 → hai mươi mốt), but "một" after "mười" or "linh";
// - units 5 after a tens word reads "lăm" (15, 25), but "năm" alone or after "linh" (5, 105);
// - units 4 reads "bốn" everywhere ("tư" is optional and not used);
// - a zero tens digit between a read hundreds and a units digit reads "linh" (105 → một trăm linh năm);
// - a group after the first one reads its hundreds even when zero
//   (1.005.000 → một triệu không trăm linh năm nghìn); a group that is all zeros is skipped.
import { groupDigits } from '../format';
import { nfc } from '../text';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const GROUP_NAMES = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

const digit = (d: number): string => DIGITS[d] ?? '';

/** Tens and units of a group (0–99); `afterHundreds` says a hundreds word was read before it. */
const readTens = (n: number, afterHundreds: boolean): string[] => {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) {
    if (units === 0) return [];
    return afterHundreds ? ['linh', digit(units)] : [digit(units)];
  }
  const words = tens === 1 ? ['mười'] : [digit(tens), 'mươi'];
  if (units === 1) words.push(tens === 1 ? 'một' : 'mốt');
  else if (units === 5) words.push('lăm');
  else if (units !== 0) words.push(digit(units));
  return words;
};

/** One group of three digits (1–999); `full` reads a zero hundreds as "không trăm". */
const readGroup = (n: number, full: boolean): string[] => {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0 && !full) return readTens(rest, false);
  return [digit(hundreds), 'trăm', ...readTens(rest, true)];
};

/** Below a billion; `leading` is false when a larger part was already read. */
const readBelowBillion = (n: number, leading: boolean): string[] => {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  let started = !leading;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    words.push(...readGroup(g, started));
    const name = GROUP_NAMES[i];
    if (name) words.push(name);
    started = true;
  }
  return words;
};

const readPositive = (n: number, leading: boolean): string[] => {
  if (n < BILLION) return readBelowBillion(n, leading);
  const billions = Math.floor(n / BILLION);
  const rest = n % BILLION;
  return [...readPositive(billions, leading), 'tỷ', ...readBelowBillion(rest, false)];
};

/** A whole number in lower-case Vietnamese words: 125000000 → "một trăm hai mươi lăm triệu". */
export const numberToWords = (n: number): string => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe whole number: ${n}`);
  if (n === 0) return 'không';
  const words = readPositive(Math.abs(n), true).join(' ');
  return nfc(n < 0 ? `âm ${words}` : words);
};

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Money in words with a capital first letter: "Một trăm hai mươi lăm triệu đồng". */
export const moneyInWords = (n: number): string => capitalise(`${numberToWords(n)} đồng`);

/** Money as documents write it: "125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng)". */
export const moneyWithWords = (n: number): string =>
  `${groupDigits(n)} đồng (Bằng chữ: ${moneyInWords(n)})`;

/** Money in figures only, for tables: "125.000.000 đồng". */
export const moneyFigures = (n: number): string => `${groupDigits(n)} đồng`;
