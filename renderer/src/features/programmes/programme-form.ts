// The programme form ↔ the model, kept pure so the rules are tested without rendering. Dates are
// typed as dd/mm/yyyy and numbers as 2.800 (CountInput, readCount); the stored schema has the last word.
import { programmeSchema, type Programme } from '@shared/model/programme';
import { formatDate, readCount, readDate } from '@shared/format';
import { DEFAULT_FIELDS } from '@shared/seed-programme';
import { cleanEmail } from '@shared/email';
import { cleanText } from '@shared/text';
import type { ProgrammeInput } from '../../db/programmes';
import {
  fieldErrors,
  mergeFieldErrors,
  type FieldError,
  type FormRead,
} from '../../ui/form-errors';
import { readTypedNumber, type TypedNumber } from './typed-number';

export interface ProgrammeFormValues {
  name: string;
  issuer: string;
  startsOn: string;
  deadline: string;
  targetInitiatives: TypedNumber;
  targetCertificatesMin: TypedNumber;
  targetCertificatesMax: TypedNumber;
  quotaPerUnit: TypedNumber;
  recipientEmail: string;
  fields: string[];
  firstAppliedFrom: string;
  firstAppliedTo: string;
  archived: boolean;
}

/** A new programme starts from the preset's habits: its fields and 3 places a unit. */
export const newProgrammeForm = (): ProgrammeFormValues => ({
  name: '',
  issuer: '',
  startsOn: '',
  deadline: '',
  targetInitiatives: null,
  targetCertificatesMin: null,
  targetCertificatesMax: null,
  quotaPerUnit: 3,
  recipientEmail: '',
  fields: [...DEFAULT_FIELDS],
  firstAppliedFrom: '',
  firstAppliedTo: '',
  archived: false,
});

export const programmeToForm = (p: Programme): ProgrammeFormValues => ({
  name: p.name,
  issuer: p.issuer,
  startsOn: formatDate(p.startsOn),
  deadline: formatDate(p.deadline),
  targetInitiatives: p.targetInitiatives,
  targetCertificatesMin: p.targetCertificatesMin,
  targetCertificatesMax: p.targetCertificatesMax,
  quotaPerUnit: p.quotaPerUnit,
  recipientEmail: p.recipientEmail,
  fields: [...p.fields],
  firstAppliedFrom: formatDate(p.firstAppliedFrom),
  firstAppliedTo: formatDate(p.firstAppliedTo),
  archived: p.archived,
});

type DateField = 'startsOn' | 'deadline' | 'firstAppliedFrom' | 'firstAppliedTo';
type NumberField =
  'targetInitiatives' | 'targetCertificatesMin' | 'targetCertificatesMax' | 'quotaPerUnit';

const NUMBER_MISSING: Record<NumberField, string> = {
  targetInitiatives: 'Nhập chỉ tiêu số sáng kiến',
  targetCertificatesMin: 'Nhập số Bằng LĐST tối thiểu',
  targetCertificatesMax: 'Nhập số Bằng LĐST tối đa',
  quotaPerUnit: 'Nhập hạn mức đề xuất mỗi đơn vị',
};

// The schema needs bookkeeping to parse; these stand in for it when checking a form.
const PLACEHOLDER_META = {
  id: 'form',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  updatedBy: '',
  rev: 0,
};

/** Reads the form into a programme input, or the errors to show on its fields. */
export const readProgrammeForm = (v: Partial<ProgrammeFormValues>): FormRead<ProgrammeInput> => {
  const early: FieldError[] = [];
  const date = (field: DateField, required: string | null): string | null => {
    const typed = (v[field] ?? '').trim();
    if (typed === '') {
      if (required) early.push({ name: field, errors: [required] });
      return null;
    }
    // readDate says why: "31/02/2021" is typed dd/mm/yyyy, February just has 28 days.
    const read = readDate(typed);
    if (!read.ok) early.push({ name: field, errors: [read.message] });
    return read.ok ? read.value : null;
  };
  const count = (field: NumberField): number => {
    const read = readTypedNumber(v[field], readCount);
    if (!read.ok) early.push({ name: field, errors: [read.message] });
    else if (read.value === null) early.push({ name: field, errors: [NUMBER_MISSING[field]] });
    else if (!Number.isInteger(read.value) || read.value < 0)
      early.push({ name: field, errors: ['Nhập một số nguyên không âm'] });
    return read.ok ? (read.value ?? 0) : 0;
  };

  const input: ProgrammeInput = {
    name: cleanText(v.name ?? ''),
    issuer: cleanText(v.issuer ?? ''),
    startsOn: date('startsOn', null),
    deadline: date('deadline', 'Nhập hạn nộp hồ sơ') ?? '',
    targetInitiatives: count('targetInitiatives'),
    targetCertificatesMin: count('targetCertificatesMin'),
    targetCertificatesMax: count('targetCertificatesMax'),
    quotaPerUnit: count('quotaPerUnit'),
    recipientEmail: cleanEmail(v.recipientEmail ?? ''),
    fields: [...new Set((v.fields ?? []).map(cleanText).filter((f) => f !== ''))],
    firstAppliedFrom: date('firstAppliedFrom', null),
    firstAppliedTo: date('firstAppliedTo', null),
    archived: v.archived ?? false,
  };
  const parsed = programmeSchema.safeParse({ ...PLACEHOLDER_META, ...input });
  const errors = mergeFieldErrors(early, parsed.success ? [] : fieldErrors(parsed.error.issues));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input };
};
