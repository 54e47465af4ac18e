import { describe, expect, it } from 'vitest';
import { MAX_RETRY_MS, retryDelayMs } from '@shared/mail/backoff';

const MINUTE = 60_000;
const middle = () => 0.5; // no jitter: 0.8 + 0.4 × 0.5 = 1

describe('retryDelayMs', () => {
  it('doubles from one minute: 1, 2, 4, 8 … and stops at one hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n, middle) / MINUTE)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60,
    ]);
    expect(retryDelayMs(1000, middle)).toBe(MAX_RETRY_MS);
  });

  it('spreads by ±20 % with the injected randomness, never past one hour', () => {
    expect(retryDelayMs(1, () => 0)).toBe(0.8 * MINUTE);
    expect(retryDelayMs(1, () => 0.999999)).toBeCloseTo(1.2 * MINUTE, -2);
    expect(retryDelayMs(7, () => 0.999999)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(7, () => 0)).toBe(48 * MINUTE);
  });

  it('treats 0 or a negative count as the first failure', () => {
    expect(retryDelayMs(0, middle)).toBe(MINUTE);
    expect(retryDelayMs(-3, middle)).toBe(MINUTE);
  });
});
