// The unit form ↔ the model, kept pure so the rules are tested without rendering.
import { z } from 'zod';
import { UNIT_KINDS, unitSchema, type Unit, type UnitKind } from '@shared/model/unit';
import { cleanText } from '@shared/text';
import type { UnitInput } from '../../db/units';
import { fieldErrors, type FormRead } from '../../ui/form-errors';

export interface UnitFormValues {
  name: string;
  kind: UnitKind | undefined;
  parentId: string | undefined;
}

/** A new unit sits under the office and is, most often, a grassroots union. */
export const newUnitForm = (rootId: string): UnitFormValues => ({
  name: '',
  kind: 'cdcs',
  parentId: rootId,
});

export const unitToForm = (u: Unit): UnitFormValues => ({
  name: u.name,
  kind: u.kind,
  parentId: u.parentId ?? undefined,
});

// The stored schema's rules, with Vietnamese words where zod has none; every unit the clerk adds
// or edits here sits under another one (the office's own unit is edited on its own screen).
const unitFormSchema = unitSchema.pick({ name: true }).extend({
  kind: z.enum(UNIT_KINDS, 'Chọn cấp công đoàn'),
  parentId: z.string('Chọn đơn vị cấp trên').min(1, 'Chọn đơn vị cấp trên'),
});

export const readUnitForm = (v: Partial<UnitFormValues>): FormRead<UnitInput> => {
  const parsed = unitFormSchema.safeParse({ ...v, name: cleanText(v.name ?? '') });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error.issues) };
};
