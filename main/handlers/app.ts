import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import type { HandlerDeps } from '../ports';

export function createAppHandlers(deps: HandlerDeps): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => {
      const { name, version, platform, dataDir } = deps.appInfo;
      return Promise.resolve(ok({ name, version, platform, dataDir }));
    },
  };
}
