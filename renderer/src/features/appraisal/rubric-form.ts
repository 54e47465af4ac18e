// The rubric form's values and their reading into a Rubric, with each refusal placed on its field
// (antd name paths), checked by the same zod schema the repository uses.
import { rubricMax, rubricSchema, type Rubric } from '@shared/appraisal/rubric';
import { newId } from '@shared/model/common';
import { formatBands, parseBands } from './bands-text';
import {
  formIssues,
  mergeFieldErrors,
  type FieldError,
  type FieldPath,
} from '../../ui/form-errors';

export interface CriterionValues {
  id: string;
  name: string;
  max: number | null;
  /** One band a line, "27–30 Hoàn toàn mới". */
  bands: string;
  zeroFails: boolean;
}

export interface RubricValues {
  criteria: CriterionValues[];
  passAverage: number | null;
  grades: { label: string; min: number | null }[];
}

export type RubricRead =
  { ok: true; rubric: Rubric } | { ok: false; fields: FieldError[]; general: string[] };

export const rubricToValues = (r: Rubric): RubricValues => ({
  criteria: r.criteria.map((c) => ({
    id: c.id,
    name: c.name,
    max: c.max,
    bands: formatBands(c.bands),
    zeroFails: c.zeroFails,
  })),
  passAverage: r.passAverage,
  grades: r.grades.map((g) => ({ label: g.label, min: g.min })),
});

export const newCriterion = (): CriterionValues => ({
  id: newId(),
  name: '',
  max: null,
  bands: '',
  zeroFails: false,
});

/** The total of the maximum points typed so far (shown while editing). */
export const valuesMax = (v: Partial<RubricValues> | undefined): number =>
  (v?.criteria ?? []).reduce((s, c) => s + (c?.max ?? 0), 0);

/** Zod reports a band error on `bands`; the clerk edits them in the text field of that name. */
const fieldOf = (path: FieldPath): FieldPath | null => {
  const name = path.slice(0, 3);
  return name.length <= 1 && name[0] !== 'passAverage' ? null : name;
};

export const readRubricForm = (v: RubricValues): RubricRead => {
  let fields: FieldError[] = [];
  const general: string[] = [];
  const criteria = v.criteria.map((c, i) => {
    const bands = parseBands(c.bands);
    if (!bands.ok) fields.push({ name: ['criteria', i, 'bands'], errors: [bands.message] });
    return {
      id: c.id,
      name: c.name,
      max: c.max ?? 0,
      bands: bands.ok ? bands.bands : [],
      zeroFails: c.zeroFails,
    };
  });
  const parsed = rubricSchema.safeParse({
    criteria,
    passAverage: v.passAverage ?? -1,
    grades: v.grades.map((g) => ({ label: g.label, min: g.min ?? -1 })),
  });
  if (!parsed.success) {
    const found = formIssues(parsed.error.issues, fieldOf, messageFor);
    fields = mergeFieldErrors(fields, found.fields);
    general.push(...found.general);
  }
  if (fields.length > 0 || general.length > 0 || !parsed.success)
    return { ok: false, fields, general };
  const total = rubricMax(parsed.data);
  if (parsed.data.passAverage > total)
    return {
      ok: false,
      fields: [
        {
          name: ['passAverage'],
          errors: [`Mức đạt không được lớn hơn tổng điểm tối đa (${total})`],
        },
      ],
      general,
    };
  return { ok: true, rubric: parsed.data };
};

/** zod's generic words for an empty number, in the clerk's words. */
const messageFor = (name: string | FieldPath, message: string): string => {
  const last = typeof name === 'string' ? name : name[name.length - 1];
  if (last === 'passAverage') return 'Nhập điểm trung bình tối thiểu để được công nhận';
  if (last === 'min') return 'Nhập điểm tối thiểu của mức xếp loại';
  if (last === 'label') return 'Nhập tên mức xếp loại';
  return message;
};
