// What one sending attempt came to. A failure is an expected state of the outbox, not an error:
// temporary ones are retried with back-off and the same Message-ID, permanent ones stop.
import { z } from 'zod';

const failure = {
  /** Our code: MAIL_OFFLINE, MAIL_AUTH, MAIL_TOO_BIG, … */
  code: z.string(),
  /** Vietnamese, saying what happens next or what to do. */
  message: z.string(),
  /** The server's own words (e.g. "535 5.7.8 Username and Password not accepted"), when it spoke. */
  serverResponse: z.string().nullable(),
};

export const sendOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('sent'), messageId: z.string(), serverResponse: z.string() }),
  z.object({ status: z.literal('temporary'), ...failure }),
  z.object({ status: z.literal('permanent'), ...failure }),
]);
export type SendOutcome = z.infer<typeof sendOutcomeSchema>;
export type SendFailure = Extract<SendOutcome, { status: 'temporary' | 'permanent' }>;
