// The main process as the e2e harness runs it: the very dispatch and handlers main registers,
// with temp-dir adapters in place of Electron's dialog and shell (main/ports.ts).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, isTrustedSender } from '../../main/ipc/dispatch';
import { forbidden } from '../../main/errors';
import { createHandlers } from '../../main/handlers/index';
import type { HandlerDeps, Log } from '../../main/ports';
import { PageFlush } from '../../main/services/page-flush';
import { createFileSecrets } from '../../main/services/secrets-file';
import type { Result } from '@shared/result';
import type { Sender } from './desk-bridge';

export interface SavedFile {
  suggestedName: string;
  path: string;
  /** The bytes on disk right after the save returned. */
  bytes: Buffer;
}

export interface MainSide {
  invoke(sender: Sender, channel: unknown, payload: unknown): Promise<Result<unknown>>;
  /** Main's flush requests to the page, answered through the page:flushed handler. */
  readonly pageFlush: PageFlush;
  cancelNextSaveDialog(): void;
  /** The file the next open dialog returns, as if the clerk picked it (null: Cancel). */
  chooseNextOpenFile(path: string | null): void;
  /** What main logged, instead of cluttering the test output. */
  readonly log: readonly string[];
}

/** Keeps logs across a reopen, as the files on disk are kept. */
export interface MainRecords {
  savedFiles: SavedFile[];
  shellCalls: string[];
}

/** The fake userData folder of a harness run (files under it may be revealed). */
export const dataDirOf = (tempDir: string): string => join(tempDir, 'userData');

export function createMainSide(
  tempDir: string,
  /** The served renderer's origin: the only one main trusts, as it trusts app://desk in Electron. */
  origin: string,
  records: MainRecords = { savedFiles: [], shellCalls: [] },
  /** Delivers a flush request to the page (webContents.send in Electron); false without a page. */
  sendFlushRequest: (requestId: string) => boolean = () => false,
): MainSide {
  const saveDir = join(tempDir, 'saved');
  const dataDir = dataDirOf(tempDir);
  mkdirSync(saveDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const log: string[] = [];
  let cancels = 0;
  let nextOpen: string | null = null;
  const entry =
    (level: string) =>
    (message: string, details?: unknown): void => {
      log.push(`${level} ${message}${details === undefined ? '' : ` ${JSON.stringify(details)}`}`);
    };
  const logPort: Log = { info: entry('info'), warn: entry('warn'), error: entry('error') };

  const deps: HandlerDeps = {
    dialogs: {
      // The clerk accepts the suggested name in our save folder, unless told to cancel.
      askSavePath: ({ suggestedName }) => {
        if (cancels > 0) {
          cancels -= 1;
          return Promise.resolve(null);
        }
        return Promise.resolve(join(saveDir, suggestedName));
      },
      askOpenPath: () => {
        const chosen = nextOpen;
        nextOpen = null;
        return Promise.resolve(chosen);
      },
      // The clerk picks the save folder, unless told to cancel.
      askFolder: () => {
        if (cancels > 0) {
          cancels -= 1;
          return Promise.resolve(null);
        }
        return Promise.resolve(saveDir);
      },
    },
    shell: {
      showItemInFolder: (path) => void records.shellCalls.push(path),
      openPath: (path) => {
        records.shellCalls.push(`open:${path}`);
        return Promise.resolve('');
      },
    },
    appInfo: { name: 'Sáng kiến Desk', version: '0.0.0-e2e', platform: process.platform, dataDir },
    log: logPort,
    // Stands in for safeStorage: bytes flipped, so the file never holds the password as typed.
    secrets: createFileSecrets(join(dataDir, 'secrets.json'), {
      encrypt: (plain) => Promise.resolve(flip(Buffer.from(plain, 'utf8'))),
      decrypt: (cipher) => Promise.resolve(flip(cipher).toString('utf8')),
    }),
  };
  const pageFlush = new PageFlush({ send: sendFlushRequest });
  const handlers = createHandlers({ ...deps, pageFlush });

  return {
    log,
    pageFlush,
    cancelNextSaveDialog: () => void (cancels += 1),
    chooseNextOpenFile: (path) => void (nextOpen = path),
    async invoke(sender, channel, payload) {
      // The same sender rule main's ipcMain wrapper applies, before the payload is even parsed.
      if (!isTrustedSender(sender.url, sender.isMainFrame, [origin])) return forbidden();
      const result = await dispatch(handlers, channel, payload, logPort);
      if (channel === 'file:save' && result.ok && isSaved(result.value)) {
        const { path } = result.value;
        const suggestedName = (payload as { suggestedName: string }).suggestedName;
        records.savedFiles.push({ suggestedName, path, bytes: readFileSync(path) });
      }
      return result;
    },
  };
}

const flip = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b) => b ^ 0xa5));

const isSaved = (value: unknown): value is { path: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { path?: unknown }).path === 'string';
