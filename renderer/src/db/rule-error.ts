import type { ErrorCode } from '@shared/errors';

/**
 * A refusal by a repository that the clerk can act on; screens show `message` as it is. The code
 * is set where a caller branches on the reason (e.g. a status move the lifecycle refuses).
 */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly code?: ErrorCode,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
