// Between the record and what the form holds: dates and money are typed as text the Vietnamese way
// (dd/mm/yyyy, 1.250.000) and only reach the record once they parse.
import type { AttachmentRef, Author, Initiative, InitiativeDraft } from '@shared/model/initiative';
import {
  formatDate,
  groupDigits,
  parseDate,
  parseMoney,
  readDate,
  readMoney,
} from '@shared/format';

/** The plain fields of the form (authors and attachments have their own editors). */
export interface FormValues {
  title: string;
  unitId: string;
  field: string;
  investor: string;
  applicationField: string;
  firstAppliedOn: string;
  knownSolution: string;
  content: string;
  novelty: string;
  applicability: string;
  economicBenefit: string;
  socialBenefit: string;
  conditions: string;
  confidentialInfo: string;
  confidential: boolean;
  firstAppliers: string;
}

/** Names of the plain form fields, the paths submit problems may point at. */
export const FORM_FIELDS: readonly (keyof FormValues)[] = [
  'title',
  'unitId',
  'field',
  'investor',
  'applicationField',
  'firstAppliedOn',
  'knownSolution',
  'content',
  'novelty',
  'applicability',
  'economicBenefit',
  'socialBenefit',
  'conditions',
  'confidentialInfo',
  'confidential',
  'firstAppliers',
];

/** An author row as edited: the birth date stays text until it is a real date. */
export interface AuthorInput extends Omit<Author, 'birthDate'> {
  birthDate: string;
}

export const toFormValues = (i: Initiative): FormValues => ({
  title: i.title,
  unitId: i.unitId,
  field: i.field,
  investor: i.investor,
  applicationField: i.applicationField,
  firstAppliedOn: formatDate(i.firstAppliedOn),
  knownSolution: i.knownSolution,
  content: i.content,
  novelty: i.novelty,
  applicability: i.applicability,
  economicBenefit: i.economicBenefit === null ? '' : groupDigits(i.economicBenefit),
  socialBenefit: i.socialBenefit,
  conditions: i.conditions,
  confidentialInfo: i.confidentialInfo,
  confidential: i.confidential,
  firstAppliers: i.firstAppliers,
});

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
