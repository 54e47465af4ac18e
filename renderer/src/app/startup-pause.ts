// When the once-per-start tasks may begin: not before the first screen has painted and the
// registers it opened are in memory, then at an idle moment. A daily backup of a large database
// reads every table in one transaction for minutes; run first, it delayed a 250,000-initiative
// register by over two minutes (docs/decisions.md, D57).
import type { DeskDb } from '../db/database';
import { registersLoading } from '../search/programme-rows-registry';

/** How long the app has to open its first screen before the tasks may start. */
export const STARTUP_GRACE_MS = 5_000;
const POLL_MS = 1_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: POLL_MS });
    else setTimeout(resolve, 0);
  });

/** Resolves once the grace time has passed and no register is loading, at an idle moment. */
export async function startupPause(
  db: DeskDb,
  graceMs = STARTUP_GRACE_MS,
  pollMs = POLL_MS,
): Promise<void> {
  await sleep(graceMs);
  while (registersLoading(db)) await sleep(pollMs);
  await idle();
}
