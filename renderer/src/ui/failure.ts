import { ZodError } from 'zod';
import { RuleError } from '../db/units';

/**
 * What to tell the clerk when a write fails: a rule's refusal as it is written, a schema's first
 * message, otherwise the technical reason after a plain sentence.
 */
export const failureText = (err: unknown, what = 'Không lưu được'): string => {
  if (err instanceof RuleError) return err.message;
  if (err instanceof ZodError) return err.issues[0]?.message ?? what;
  if (err instanceof Error && err.message) return `${what}: ${err.message}`;
  return `${what}.`;
};
