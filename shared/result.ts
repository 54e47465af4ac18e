import type { ErrorCode } from './errors';

/** A result that crosses the process boundary: Electron drops a thrown error's type anyway. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DeskError };

/** A typed error with a Vietnamese message the clerk can act on. */
export interface DeskError {
  code: ErrorCode;
  message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: DeskError } => ({
  ok: false,
  error: { code, message },
});
