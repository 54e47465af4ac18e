// Temp folders and recording fakes for the main-process ports (main/ports.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type {
  AppInfo,
  Dialogs,
  FolderRequest,
  HandlerDeps,
  Log,
  OpenPathRequest,
  SavePathRequest,
} from '../../main/ports';
import { createFileSecrets } from '../../main/services/secrets-file';
import type { Cipher } from '../../main/services/secrets-file';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'desk-main-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export interface RecordingLog extends Log {
  readonly entries: { level: 'info' | 'warn' | 'error'; message: string; details: unknown }[];
}

export function recordingLog(): RecordingLog {
  const entries: RecordingLog['entries'] = [];
  const at =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, details?: unknown): void =>
      void entries.push({ level, message, details });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

const flip = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b) => b ^ 0xa5)).reverse();

/**
 * Stands in for safeStorage: reversible, and never the plain text on disk (bytes reversed and
 * flipped), so a test can see that what was stored is not the password.
 */
export const testCipher: Cipher = {
  encrypt: (plain) => Promise.resolve(flip(Buffer.from(plain, 'utf8'))),
  decrypt: (cipher) => Promise.resolve(flip(cipher).toString('utf8')),
};

export interface FakeDeps extends HandlerDeps {
  readonly log: RecordingLog;
  /** What the save dialog was asked. */
  readonly dialogRequests: SavePathRequest[];
  /** What the folder dialog was asked. */
  readonly folderRequests: FolderRequest[];
  /** What was shown in the file manager. */
  readonly revealed: string[];
  /** What was opened in the system's program for it. */
  readonly opened: string[];
  /** What the system says when asked to open a file ('' = opened). */
  openError: string;
  /** The path the next save or folder dialog returns (null = the clerk cancels). */
  answer: string | null;
  /** What the open dialog was asked. */
  readonly openRequests: OpenPathRequest[];
  /** The path the next open dialog returns (null = the clerk cancels). */
  openAnswer: string | null;
}

export function fakeDeps(dataDir: string, answer: string | null = null): FakeDeps {
  const dialogRequests: SavePathRequest[] = [];
  const revealed: string[] = [];
  const opened: string[] = [];
  const folderRequests: FolderRequest[] = [];
  const appInfo: AppInfo = { name: 'Sáng kiến Desk', version: '1.2.3', platform: 'linux', dataDir };
  const deps: FakeDeps = {
    appInfo,
    log: recordingLog(),
    dialogRequests,
    folderRequests,
    revealed,
    opened,
    openError: '',
    answer,
    openRequests: [],
    openAnswer: null,
    dialogs: {
      askSavePath: (request) => {
        dialogRequests.push(request);
        return Promise.resolve(deps.answer);
      },
      askOpenPath: (request) => {
        deps.openRequests.push(request);
        return Promise.resolve(deps.openAnswer);
      },
      askFolder: (request) => {
        folderRequests.push(request);
        return Promise.resolve(deps.answer);
      },
    } satisfies Dialogs,
    shell: {
      showItemInFolder: (path) => void revealed.push(path),
      openPath: (path) => {
        opened.push(path);
        return Promise.resolve(deps.openError);
      },
    },
    secrets: createFileSecrets(join(dataDir, 'secrets.json'), testCipher),
  };
  return deps;
}
