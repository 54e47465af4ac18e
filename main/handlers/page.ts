// The page's side of closing: its answer to main's flush request (main/services/page-flush.ts).
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import type { HandlerDeps } from '../ports';

export function createPageHandlers(deps: HandlerDeps): Pick<Handlers, 'page:flushed'> {
  return {
    'page:flushed': ({ requestId, saved }) =>
      Promise.resolve(ok({ received: deps.pageFlush?.answer(requestId, saved) ?? false })),
  };
}
