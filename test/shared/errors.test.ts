import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isRetryable, type ErrorCode } from '@shared/errors';
import { fail } from '@shared/result';

describe('error codes', () => {
  it('say whether trying again can help', () => {
    expect(isRetryable('WRITE_FAILED')).toBe(true);
    expect(isRetryable('IPC_FAILED')).toBe(true);
    expect(isRetryable('BAD_REQUEST')).toBe(false);
    expect(isRetryable('STATUS_MOVE_REFUSED')).toBe(false);
    expect(isRetryable('QUOTA_FULL')).toBe(false);
  });

  it('hold every code main and the renderer answer with, once', () => {
    const codes = Object.keys(ERROR_CODES) as ErrorCode[];
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of ['UNKNOWN_CHANNEL', 'FORBIDDEN', 'NOT_FOUND', 'NO_BRIDGE'] as const)
      expect(codes).toContain(code);
    expect(fail('PATH_REFUSED', 'x')).toEqual({
      ok: false,
      error: { code: 'PATH_REFUSED', message: 'x' },
    });
  });
});
