// The file-backed Secrets store with the test cipher: round trip, ciphertext on disk, deletes,
// and two quick saves that must not lose one another.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSecrets } from '../../main/services/secrets-file';
import { tempDir, testCipher } from './helpers';

describe('createFileSecrets', () => {
  it('stores ciphertext only, reads it back, deletes it', async () => {
    const path = join(await tempDir(), 'secrets.json');
    const secrets = createFileSecrets(path, testCipher);

    expect(await secrets.get('smtp-password')).toBeNull();
    await secrets.set('smtp-password', 'mật khẩu ứng dụng');
    expect(await secrets.get('smtp-password')).toBe('mật khẩu ứng dụng');
    expect(await readFile(path, 'utf8')).not.toContain('mật khẩu');

    // A new store over the same file (the app restarted) reads the same secret.
    expect(await createFileSecrets(path, testCipher).get('smtp-password')).toBe(
      'mật khẩu ứng dụng',
    );

    await secrets.delete('smtp-password');
    expect(await secrets.get('smtp-password')).toBeNull();
    await secrets.delete('smtp-password'); // deleting twice is fine
  });

  it('keeps both of two saves made at once', async () => {
    const path = join(await tempDir(), 'secrets.json');
    const secrets = createFileSecrets(path, testCipher);
    await Promise.all([secrets.set('a', '1'), secrets.set('b', '2'), secrets.set('c', '3')]);
    expect([await secrets.get('a'), await secrets.get('b'), await secrets.get('c')]).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('passes a cipher failure on, and a later save still works', async () => {
    const path = join(await tempDir(), 'secrets.json');
    const secrets = createFileSecrets(path, {
      ...testCipher,
      encrypt: (plain) =>
        plain === 'hỏng' ? Promise.reject(new Error('no keychain')) : testCipher.encrypt(plain),
    });
    await expect(secrets.set('k', 'hỏng')).rejects.toThrow('no keychain');
    await secrets.set('k', 'tốt');
    expect(await secrets.get('k')).toBe('tốt');
  });
});
