import { z } from 'zod';
import { LONG_TEXT_MAX } from '../domain/field-registry';
import { groupDigits, isIsoCalendarDate } from '../format';

// zod's own Vietnamese messages for every schema of the app, in main, the page and the tests alike;
// set here because every model imports this file. Messages that name a field are set per field.
z.config(z.locales.vi());

/** What the clerk reads when a field is over its limit: which field, how long, what to do. */
export const tooLongMessage = (label: string, max: number, length: number): string =>
  `${label} dài ${groupDigits(length)} ký tự, quá giới hạn ${groupDigits(max)} ký tự. Hãy rút gọn.`;

/**
 * Text stored in NFC whatever the keyboard typed, measured after NFC: a title typed in decomposed
 * Unicode (Unikey/Telex may) counts the letters the clerk sees, not three code points a letter.
 */
export const text = (max = LONG_TEXT_MAX, label?: string) => {
  const nfcText = z.string().normalize('NFC');
  return label === undefined
    ? nfcText.max(max)
    : nfcText.max(max, {
        error: (issue) =>
          tooLongMessage(
            label,
            max,
            typeof issue.input === 'string' ? issue.input.length : max + 1,
          ),
      });
};
/** A calendar date, yyyy-mm-dd, that exists: "2021-02-31" is refused wherever it comes from. */
export const isoDate = z
  .string()
  .refine(isIsoCalendarDate, 'Ngày không hợp lệ: ngày này không có trên lịch (năm-tháng-ngày).');
export const timestamp = z.string().min(10);
export const id = z.string().min(1).max(64);

/** Bookkeeping every record carries, so records from many offices merge and conflicts can be seen. */
export const recordMeta = {
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  updatedBy: z.string().max(200),
  rev: z.number().int().nonnegative(),
};

/** A UUID made on this machine, so records from many offices merge without clashes. */
export const newId = (): string =>
  // shared/ sees neither DOM nor Node types; both provide Web Crypto's randomUUID.
  (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
