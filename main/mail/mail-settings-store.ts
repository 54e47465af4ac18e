// Where main keeps the email settings: the plain settings in a JSON file under the data folder,
// the password through the Secrets port only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mailSettingsSchema } from '@shared/mail/settings';
import type { MailSettings } from '@shared/mail/settings';
import type { Secrets } from '../ports';
import { writeFileAtomic } from '../services/atomic-write';

export const MAIL_SETTINGS_FILE = 'mail-settings.json';
export const SMTP_PASSWORD_KEY = 'smtp-password';

export interface MailSettingsStore {
  /** null before the clerk saved settings, or when the file no longer parses. */
  read(): Promise<MailSettings | null>;
  write(settings: MailSettings): Promise<void>;
  password(): Promise<string | null>;
  /** A string stores it, null deletes it. */
  setPassword(password: string | null): Promise<void>;
}

export function createMailSettingsStore(dataDir: string, secrets: Secrets): MailSettingsStore {
  const path = join(dataDir, MAIL_SETTINGS_FILE);
  return {
    read: async () => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return null;
      }
      try {
        const parsed = mailSettingsSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    write: (settings) =>
      writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(settings, null, 2))),
    password: () => secrets.get(SMTP_PASSWORD_KEY),
    setPassword: (password) =>
      password === null
        ? secrets.delete(SMTP_PASSWORD_KEY)
        : secrets.set(SMTP_PASSWORD_KEY, password),
  };
}
