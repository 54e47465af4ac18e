// The Secrets port over Electron's safeStorage (async API): the OS keychain's key encrypts, the
// ciphertext sits in a file under the data folder (main/services/secrets-file.ts).
import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { Secrets } from '../ports';
import { createFileSecrets } from '../services/secrets-file';

export const SECRETS_FILE = 'secrets.json';

export function createSafeStorageSecrets(dataDir: string): Secrets {
  return createFileSecrets(join(dataDir, SECRETS_FILE), {
    encrypt: async (plain) => {
      if (!(await safeStorage.isAsyncEncryptionAvailable()))
        throw new Error('safeStorage encryption is not available on this system');
      return safeStorage.encryptStringAsync(plain);
    },
    decrypt: async (cipher) => (await safeStorage.decryptStringAsync(cipher)).result,
  });
}
