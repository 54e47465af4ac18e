// Forms validate with the same zod schemas the repositories use, so a clerk sees a refusal on the
// field before anything is written, in the schema's own Vietnamese words.
import type { FormInstance } from 'antd';
import type { ZodError } from 'zod';

/** An error to show under one form field (antd's `setFields` shape). */
export interface FieldError {
  name: string;
  errors: string[];
}

/** What reading a form gives: the model input, or the errors to show on the fields. */
export type FormRead<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The first message of each top-level field, in the order zod found them. */
export const fieldErrors = (issues: ZodError['issues']): FieldError[] => {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const name = issue.path[0];
    if (typeof name === 'string' && !byField.has(name)) byField.set(name, issue.message);
  }
  return [...byField].map(([name, message]) => ({ name, errors: [message] }));
};

/** Joins errors found before the schema ran (e.g. a date that does not parse) with the schema's. */
export const mergeFieldErrors = (first: FieldError[], then: FieldError[]): FieldError[] => [
  ...first,
  ...then.filter((e) => !first.some((f) => f.name === e.name)),
];

/** Shows the errors under their fields and puts the cursor in the first, for keyboard users. */
export const showFieldErrors = (form: FormInstance, errors: FieldError[]): void => {
  form.setFields(errors);
  const first = errors[0];
  if (first) form.focusField(first.name);
};
