// Between the record and what the form holds: dates and money are typed as text the Vietnamese way
// (dd/mm/yyyy, 1.250.000) and only reach the record once they parse.
import type { AttachmentRef, Author, Initiative, InitiativeDraft } from '@shared/model/initiative';
import { FORM_FIELDS, type FormField, type INITIATIVE_FIELDS } from '@shared/domain/field-registry';
import {
  formatDate,
  groupDigits,
  parseDate,
  parseMoney,
  readDate,
  readMoney,
} from '@shared/format';

type Spec = typeof INITIATIVE_FIELDS;

/** The plain fields of the form, from the field registry: a checkbox holds a boolean, the rest text. */
export type FormValues = { [K in FormField]: Spec[K]['kind'] extends 'boolean' ? boolean : string };

/** Names of the plain form fields, the paths submit problems may point at. */
export { FORM_FIELDS };

/** An author row as edited: the birth date stays text until it is a real date. */
export interface AuthorInput extends Omit<Author, 'birthDate'> {
  birthDate: string;
}

/** A field of the record as the form shows it: dates dd/mm/yyyy, money grouped 1.250.000. */
const shown = (key: FormField, i: Initiative): string | boolean => {
  switch (key) {
    case 'firstAppliedOn':
      return formatDate(i.firstAppliedOn);
    case 'economicBenefit':
      return i.economicBenefit === null ? '' : groupDigits(i.economicBenefit);
    default:
      return i[key];
  }
};

export const toFormValues = (i: Initiative): FormValues =>
  Object.fromEntries(FORM_FIELDS.map((k) => [k, shown(k, i)])) as FormValues;

export const toAuthorInputs = (authors: readonly Author[]): AuthorInput[] =>
  authors.map((a) => ({ ...a, birthDate: formatDate(a.birthDate) }));

/** A typed date: null when empty, undefined when it is not (yet) a real date. */
export const typedDate = (s: string): string | null | undefined =>
  s.trim() === '' ? null : (parseDate(s) ?? undefined);

/** Typed money: null when empty, undefined when it is not a whole number of đồng. */
export const typedMoney = (s: string): number | null | undefined =>
  s.trim() === '' ? null : (parseMoney(s) ?? undefined);

/** Why a typed date is refused (shown on its field), or null when it is empty or a real date. */
export const dateProblem = (s: string): string | null => {
  if (s.trim() === '') return null;
  const read = readDate(s);
  return read.ok ? null : read.message;
};

/** Why typed money is refused (shown on its field), or null when it is empty or whole đồng. */
export const moneyProblem = (s: string): string | null => {
  if (s.trim() === '') return null;
  const read = readMoney(s);
  return read.ok ? null : read.message;
};

/**
 * The patch autosave writes. A date or amount still being typed (not parseable) is left out, so
 * the record keeps its last good value instead of being blanked.
 */
export const toPatch = (
  v: FormValues,
  authors: readonly AuthorInput[],
  attachments: readonly AttachmentRef[],
  saved: Pick<Initiative, 'authors'>,
): Partial<InitiativeDraft> => {
  const { firstAppliedOn, economicBenefit, ...plain } = v;
  const patch: Partial<InitiativeDraft> = { ...plain, attachments: [...attachments] };
  const date = typedDate(firstAppliedOn);
  if (date !== undefined) patch.firstAppliedOn = date;
  const money = typedMoney(economicBenefit);
  if (money !== undefined) patch.economicBenefit = money;
  patch.authors = authors.map((a) => {
    const birth = typedDate(a.birthDate);
    const before = saved.authors.find((b) => b.id === a.id)?.birthDate ?? null;
    return { ...a, birthDate: birth === undefined ? before : birth };
  });
  return patch;
};
