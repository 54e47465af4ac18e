// A zod refusal placed where the clerk can see it: on its field when it has one, else above the form.
import type { ZodError } from 'zod';

export interface PathError {
  name: (string | number)[];
  errors: string[];
}

export const splitIssues = (
  issues: ZodError['issues'],
  /** Field paths the form shows; anything else (a list-level rule) goes to `general`. */
  isField: (path: (string | number)[]) => boolean,
): { fields: PathError[]; general: string[] } => {
  const fields: PathError[] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const name = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (!isField(name)) general.push(issue.message);
    else if (!fields.some((f) => f.name.join('.') === name.join('.')))
      fields.push({ name, errors: [issue.message] });
  }
  return { fields, general: [...new Set(general)] };
};
