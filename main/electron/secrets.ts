// The Secrets port over Electron's safeStorage (async API): the OS keychain's key encrypts, the
// ciphertext sits in a file under the data folder (main/services/secrets-file.ts).
import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { Secrets } from '../ports';
import { createFileSecrets } from '../services/secrets-file';

export const SECRETS_FILE = 'secrets.json';

/**
 * Whether safeStorage would really protect a secret. On Linux without a keyring (no libsecret or
 * KWallet) Chromium falls back to the 'basic_text' backend, whose key is written in its source and
 * the same on every machine: that "ciphertext" is as good as plain text, so it counts as none and
 * the clerk is told to unlock the keyring (main/handlers/mail.ts).
 */
async function encryptionProtects(platform: NodeJS.Platform): Promise<boolean> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
  return platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function createSafeStorageSecrets(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): Secrets {
  return createFileSecrets(join(dataDir, SECRETS_FILE), {
    encrypt: async (plain) => {
      if (!(await encryptionProtects(platform)))
        throw new Error('safeStorage encryption is not available on this system');
      return safeStorage.encryptStringAsync(plain);
    },
    decrypt: async (cipher) => (await safeStorage.decryptStringAsync(cipher)).result,
  });
}
