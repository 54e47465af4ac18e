import { STATUS_LABELS, type Initiative } from '../model/initiative';
import type { FieldChange } from '../model/history';
import { formatDate, formatMoney } from '../format';
import { FIELD_KEYS, labelOf, type RegisteredField } from '../domain/field-registry';

const show = (key: RegisteredField, i: Initiative): string => {
  switch (key) {
    case 'authors':
      return i.authors.map((a) => `${a.name} (${a.sharePercent}%)`).join('; ');
    case 'attachments':
      return i.attachments.map((a) => a.name).join('; ');
    case 'firstAppliedOn':
      return formatDate(i.firstAppliedOn);
    case 'economicBenefit':
      return formatMoney(i.economicBenefit);
    case 'confidential':
      return i.confidential ? 'Có' : 'Không';
    case 'status':
      // The clerk reads "Nháp → Đã nộp", not the stored codes.
      return STATUS_LABELS[i.status];
    default:
      return String(i[key] ?? '');
  }
};

const CLIP = 300;
const clip = (s: string): string => (s.length > CLIP ? `${s.slice(0, CLIP)}…` : s);

/** What a change did, field by field, as the clerk reads it in the history. */
export const diffInitiative = (before: Initiative, after: Initiative): FieldChange[] => {
  const changes: FieldChange[] = [];
  for (const key of FIELD_KEYS) {
    const same =
      key === 'authors' || key === 'attachments'
        ? JSON.stringify(before[key]) === JSON.stringify(after[key])
        : before[key] === after[key];
    if (same) continue;
    changes.push({
      field: key,
      label: labelOf(key),
      before: clip(show(key, before)),
      after: clip(show(key, after)),
    });
  }
  return changes;
};
