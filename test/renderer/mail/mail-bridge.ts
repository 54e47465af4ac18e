// window.desk on the real main handlers with a file-backed secrets store, for the mail screens.
import { join } from 'node:path';
import { createFileSecrets } from '../../../main/services/secrets-file';
import { testCipher } from '../../main/helpers';
import { installMainBridge, type MainBridge } from '../backup/main-bridge';

export const installMailBridge = (): Promise<MainBridge> =>
  installMainBridge(undefined, (dataDir) => ({
    secrets: createFileSecrets(join(dataDir, 'secrets.json'), testCipher),
  }));
