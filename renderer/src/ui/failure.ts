import { ZodError } from 'zod';
import { RuleError } from '../db/rule-error';

/**
 * What to tell the clerk when something fails: a rule's refusal as it is written, a schema's first
 * message, a full disk in plain words, otherwise the technical reason after a plain sentence.
 */
export const failureText = (err: unknown, what = 'Không lưu được'): string => {
  const lead = what.replace(/\.$/, '');
  if (err instanceof RuleError) return err.message;
  if (err instanceof ZodError) return err.issues[0]?.message ?? `${lead}.`;
  if (err instanceof Error && err.name === 'QuotaExceededError')
    return 'Ổ đĩa đã đầy: hãy giải phóng dung lượng rồi thử lại.';
  if (err instanceof Error && err.message) return `${lead}: ${err.message}`;
  return `${lead}. Hãy thử lại.`;
};
