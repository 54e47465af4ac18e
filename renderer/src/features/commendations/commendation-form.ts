// The commendation form ↔ the model, kept pure so the rules are tested without rendering: the date
// typed dd/mm/yyyy (readDate), the reward typed as a clerk writes money (readMoney), the rest by
// the stored schema's own Vietnamese words.
import { formatDate, groupDigits, readDate, readMoney, todayIso } from '@shared/format';
import {
  commendationInputSchema,
  type Commendation,
  type CommendationForm,
  type CommendationInput,
  type CommendationLevel,
} from '@shared/model/commendation';
import { cleanText } from '@shared/text';
import {
  fieldErrors,
  mergeFieldErrors,
  type FieldError,
  type FormRead,
} from '../../ui/form-errors';

export interface CommendationFormValues {
  initiativeId: string | undefined;
  authorIds: string[];
  level: CommendationLevel | undefined;
  form: CommendationForm | undefined;
  decidingBody: string;
  decisionNumber: string;
  /** dd/mm/yyyy. */
  decisionDate: string;
  /** As typed: "2.000.000"; empty for no reward. */
  amount: string;
  note: string;
}

export const newCommendationForm = (): CommendationFormValues => ({
  initiativeId: undefined,
  authorIds: [],
  level: undefined,
  form: undefined,
  decidingBody: '',
  decisionNumber: '',
  decisionDate: formatDate(todayIso()),
  amount: '',
  note: '',
});

export const commendationToForm = (c: Commendation): CommendationFormValues => ({
  initiativeId: c.initiativeId,
  authorIds: [...c.authorIds],
  level: c.level,
  form: c.form,
  decidingBody: c.decidingBody,
  decisionNumber: c.decisionNumber,
  decisionDate: formatDate(c.decisionDate),
  amount: c.amount === null ? '' : groupDigits(c.amount),
  note: c.note,
});

export const readCommendationForm = (
  v: Partial<CommendationFormValues>,
): FormRead<CommendationInput> => {
  const first: FieldError[] = [];
  const date = readDate(v.decisionDate ?? '');
  if (!date.ok) first.push({ name: 'decisionDate', errors: [date.message] });
  const typed = (v.amount ?? '').trim();
  const money = typed === '' ? null : readMoney(typed);
  if (money && !money.ok) first.push({ name: 'amount', errors: [money.message] });
  const parsed = commendationInputSchema.safeParse({
    initiativeId: v.initiativeId ?? '',
    authorIds: v.authorIds ?? [],
    level: v.level,
    form: v.form,
    decidingBody: cleanText(v.decidingBody ?? ''),
    decisionNumber: cleanText(v.decisionNumber ?? ''),
    decisionDate: date.ok ? date.value : '2000-01-01',
    amount: money?.ok ? money.value : null,
    note: (v.note ?? '').trim(),
  });
  const later = parsed.success
    ? []
    : fieldErrors(parsed.error.issues).map((e) =>
        e.name === 'initiativeId' ? { ...e, errors: ['Chọn sáng kiến được khen thưởng'] } : e,
      );
  const errors = mergeFieldErrors(first, later);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
};
