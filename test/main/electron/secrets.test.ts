// The safeStorage adapter: the async API encrypts, the file under the data folder holds only
// ciphertext, and a machine without a keychain refuses to store rather than store in the clear.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageSecrets, SECRETS_FILE } from '../../../main/electron/secrets';
import { tempDir } from '../helpers';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

describe('createSafeStorageSecrets', () => {
  it('encrypts with safeStorage and keeps only ciphertext in the data folder', async () => {
    const dataDir = await tempDir();
    const secrets = createSafeStorageSecrets(dataDir);

    await secrets.set('smtp-password', 'abcd efgh ijkl mnop');

    expect(fakeElectron.safeStorage.encryptStringAsync).toHaveBeenCalledWith('abcd efgh ijkl mnop');
    const file = await readFile(join(dataDir, SECRETS_FILE), 'utf8');
    expect(file).not.toContain('abcd efgh');
    expect(await secrets.get('smtp-password')).toBe('abcd efgh ijkl mnop');
    expect(fakeElectron.safeStorage.decryptStringAsync).toHaveBeenCalled();
  });

  it('refuses to store when the system has no keychain', async () => {
    const dataDir = await tempDir();
    fakeElectron.safeStorage.isAsyncEncryptionAvailable.mockResolvedValueOnce(false);
    await expect(createSafeStorageSecrets(dataDir).set('k', 'v')).rejects.toThrow(/not available/);
  });

  it("refuses to store on Linux without a keyring, where Chromium's key is the same on every machine", async () => {
    const dataDir = await tempDir();
    // 'basic_text': the key is written in Chromium's source, so its ciphertext is as good as plain.
    fakeElectron.safeStorage.getSelectedStorageBackend.mockReturnValueOnce('basic_text');
    fakeElectron.safeStorage.encryptStringAsync.mockClear();

    await expect(
      createSafeStorageSecrets(dataDir, 'linux').set('smtp-password', 'abcd efgh'),
    ).rejects.toThrow(/not available/);
    expect(fakeElectron.safeStorage.encryptStringAsync).not.toHaveBeenCalled();
    await expect(stat(join(dataDir, SECRETS_FILE))).rejects.toThrow();
  });

  it('stores on Linux with a keyring, and never asks Windows for a Linux backend', async () => {
    fakeElectron.safeStorage.getSelectedStorageBackend.mockClear();
    await createSafeStorageSecrets(await tempDir(), 'win32').set('k', 'v');
    expect(fakeElectron.safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
    await createSafeStorageSecrets(await tempDir(), 'linux').set('k', 'v');
    expect(fakeElectron.safeStorage.getSelectedStorageBackend).toHaveBeenCalled();
  });
});
