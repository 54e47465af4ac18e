// The dossier's document numbers and dates, asked once per programme and remembered in the
// settings table (issue 8): the clerk types them the first time and finds them the next.
import { z } from 'zod';
import type { DossierNumbers } from '@shared/dossier/input';
import { DOC_TYPE_CODES, ISSUER_CODES, documentNumber } from '@shared/dossier/numbers';
import { isoDate, text } from '@shared/model/common';
import type { Office } from '@shared/model/office';
import type { DeskDb } from './database';

export const dossierNumbersSchema = z.object({
  cover: text(60).pipe(z.string().min(1, 'Nhập số của tờ trình, ví dụ 05/TTr-LĐLĐ')),
  date: isoDate,
  minutes: text(60).pipe(z.string().min(1, 'Nhập số của biên bản, ví dụ 01/BB-HĐSK')),
  recipient: text(300).pipe(z.string().min(1, 'Nhập nơi nhận tờ trình')),
});

const keyOf = (programmeId: string): string => `dossierNumbers:${programmeId}`;

/** What the form offers the first time: number 01 of this office, today's date. */
export const suggestedNumbers = (office: Office, today: string): DossierNumbers => ({
  cover: documentNumber(1, DOC_TYPE_CODES.cover, ISSUER_CODES[office.kind]) ?? '',
  date: today,
  minutes: documentNumber(1, DOC_TYPE_CODES.minutes, 'HĐSK') ?? '',
  recipient: '',
});

/** The numbers remembered for a programme, or null before the clerk first saves them. */
export const getDossierNumbers = async (
  db: DeskDb,
  programmeId: string,
): Promise<DossierNumbers | null> => {
  const parsed = dossierNumbersSchema.safeParse((await db.settings.get(keyOf(programmeId)))?.value);
  return parsed.success ? parsed.data : null;
};

export const saveDossierNumbers = async (
  db: DeskDb,
  programmeId: string,
  numbers: DossierNumbers,
): Promise<DossierNumbers> => {
  const valid = dossierNumbersSchema.parse(numbers);
  await db.settings.put({ key: keyOf(programmeId), value: valid });
  return valid;
};
