// Secrets kept as ciphertext in one JSON file under the data folder. The cipher is injected:
// Electron's safeStorage in the app (main/electron/secrets.ts), a test cipher in tests. The file
// is written atomically, so a crash never loses the other secrets.
import { readFile } from 'node:fs/promises';
import type { Secrets } from '../ports';
import { writeFileAtomic } from './atomic-write';

export interface Cipher {
  encrypt(plain: string): Promise<Buffer>;
  decrypt(cipher: Buffer): Promise<string>;
}

type Stored = Record<string, string>;

export function createFileSecrets(path: string, cipher: Cipher): Secrets {
  // One change at a time: two quick saves must not both read the old file and lose one another.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const load = async (): Promise<Stored> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  };
  const save = (stored: Stored) =>
    writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(stored, null, 2)));

  return {
    get: (key) =>
      serial(async () => {
        const value = (await load())[key];
        return value === undefined ? null : cipher.decrypt(Buffer.from(value, 'base64'));
      }),
    set: (key, value) =>
      serial(async () => {
        const stored = await load();
        stored[key] = (await cipher.encrypt(value)).toString('base64');
        await save(stored);
      }),
    delete: (key) =>
      serial(async () => {
        const stored = await load();
        if (!(key in stored)) return;
        delete stored[key];
        await save(stored);
      }),
  };
}
