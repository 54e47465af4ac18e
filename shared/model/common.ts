import { z } from 'zod';
import { isIsoCalendarDate } from '../format';
import { nfc } from '../text';

/** Text stored in NFC whatever the keyboard typed. */
export const text = (max = 20_000) => z.string().max(max).transform(nfc);
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
