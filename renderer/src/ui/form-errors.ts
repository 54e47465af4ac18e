// Forms validate with the same zod schemas the repositories use, so a clerk sees a refusal on the
// field before anything is written, in the schema's own Vietnamese words. The one mapper from zod's
// issues to form fields lives here; every form uses it.
import type { FormInstance } from 'antd';
import type { ZodError } from 'zod';

/** A path into form values, e.g. `['members', 2, 'name']`. */
export type FieldPath = (string | number)[];

/** An error to show under one form field (antd's `setFields` shape). */
export interface FieldError {
  name: string | FieldPath;
  errors: string[];
}

/** What reading a form gives: the model input, or the errors to show on the fields. */
export type FormRead<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The top-level field an issue belongs to, for forms that show one error per plain field. */
export const topField = (path: FieldPath): string | null =>
  typeof path[0] === 'string' ? path[0] : null;

const key = (name: string | FieldPath): string =>
  typeof name === 'string' ? name : name.join('.');

/**
 * zod's issues placed on a form: the first message of each field that `fieldOf` names, in the
 * order zod found them; issues no field shows (a list-level rule) go to `general`, once each.
 */
export const formIssues = (
  issues: ZodError['issues'],
  fieldOf: (path: FieldPath) => string | FieldPath | null = topField,
  wording: (name: string | FieldPath, message: string) => string = (_, m) => m,
): { fields: FieldError[]; general: string[] } => {
  const fields: FieldError[] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const name = fieldOf(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
    if (name === null) {
      if (!general.includes(issue.message)) general.push(issue.message);
    } else if (!fields.some((f) => key(f.name) === key(name)))
      fields.push({ name, errors: [wording(name, issue.message)] });
  }
  return { fields, general };
};

/** The first message of each top-level field, in the order zod found them. */
export const fieldErrors = (issues: ZodError['issues']): FieldError[] => formIssues(issues).fields;

/** Joins errors found before the schema ran (e.g. a date that does not parse) with the schema's. */
export const mergeFieldErrors = (first: FieldError[], then: FieldError[]): FieldError[] => [
  ...first,
  ...then.filter((e) => !first.some((f) => key(f.name) === key(e.name))),
];

/** Shows the errors under their fields and puts the cursor in the first, for keyboard users. */
export const showFieldErrors = (form: FormInstance, errors: FieldError[]): void => {
  form.setFields(errors);
  const first = errors[0];
  if (first) form.focusField(first.name);
};
