import { ZodError } from 'zod';
import { RuleError } from '../../db/units';

/** A message the clerk can read for any failed write: rule refusals as they are, others explained. */
export const errorMessage = (e: unknown, fallback = 'Không lưu được. Hãy thử lại.'): string => {
  if (e instanceof RuleError) return e.message;
  if (e instanceof ZodError) return e.issues[0]?.message ?? fallback;
  if (e instanceof Error && e.name === 'QuotaExceededError')
    return 'Ổ đĩa đã đầy: hãy giải phóng dung lượng rồi thử lại.';
  return e instanceof Error && e.message ? `${fallback} (${e.message})` : fallback;
};
