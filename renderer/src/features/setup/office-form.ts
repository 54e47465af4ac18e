// The office profile form ↔ the model, kept pure so the rules are tested without rendering.
import { officeSchema, type Office } from '@shared/model/office';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '@shared/model/unit';
import { cleanEmail } from '@shared/email';
import { cleanText } from '@shared/text';
import { z } from 'zod';
import type { OfficeInput } from '../../db/settings';
import { fieldErrors, type FormRead } from '../../ui/form-errors';

/** What the form holds: the profile's text fields, and no level until the clerk picks one. */
export type OfficeFormValues = Omit<OfficeInput, 'kind'> & { kind: UnitKind | undefined };

export const KIND_OPTIONS = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

export const emptyOfficeForm = (): OfficeFormValues => ({
  unitName: '',
  kind: undefined,
  parentBody: '',
  place: '',
  chairName: '',
  // Documents are signed by the union's chair unless the clerk says otherwise.
  chairTitle: 'Chủ tịch',
  email: '',
  userName: '',
});

export const officeToForm = ({ unitId: _unitId, ...rest }: Office): OfficeFormValues => rest;

// The stored schema, with a Vietnamese message where zod would say "Invalid option".
const officeInputSchema = officeSchema
  .omit({ unitId: true })
  .extend({ kind: z.enum(UNIT_KINDS, 'Chọn cấp công đoàn') });

const TEXT_FIELDS = [
  'unitName',
  'parentBody',
  'place',
  'chairName',
  'chairTitle',
  'userName',
] as const;

/** Cleans what was typed (NFC, spaces folded, trimmed) and validates it with the office schema. */
export const readOfficeForm = (values: Partial<OfficeFormValues>): FormRead<OfficeInput> => {
  const candidate: Record<string, unknown> = {
    kind: values.kind,
    email: cleanEmail(values.email ?? ''),
  };
  for (const f of TEXT_FIELDS) candidate[f] = cleanText(values[f] ?? '');
  const parsed = officeInputSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error.issues) };
};
