// When the outbox tries a temporarily failed message again: 1, 2, 4, 8 … minutes, capped at one
// hour, spread by ±20 % so that many offices coming back online do not all call at once.

const MINUTE = 60_000;
export const FIRST_RETRY_MS = MINUTE;
export const MAX_RETRY_MS = 60 * MINUTE;

/**
 * Delay before the next attempt after `failures` failed ones (1 = the first failure).
 * `random` returns [0, 1); injected so the schedule is a pure function.
 */
export function retryDelayMs(failures: number, random: () => number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const base = Math.min(FIRST_RETRY_MS * 2 ** exponent, MAX_RETRY_MS);
  const jitter = 0.8 + 0.4 * random();
  return Math.round(Math.min(base * jitter, MAX_RETRY_MS));
}
