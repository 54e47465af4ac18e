// The effects handlers need, injected so they run without Electron: real adapters live in
// main/electron/, temp-dir fakes in tests and in the end-to-end harness.
import type Mail from 'nodemailer/lib/mailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** A file-type choice in the save dialog, e.g. { name: 'Word', extensions: ['docx'] }. */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface SavePathRequest {
  /** A bare file name (the contract refuses folders), proposed to the clerk. */
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
}

export interface OpenPathRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export interface FolderRequest {
  /** The dialog's title, e.g. "Chọn thư mục lưu hồ sơ". */
  readonly title: string;
}

export interface Dialogs {
  /** Asks the clerk where to save; resolves to an absolute path, or null when cancelled. */
  askSavePath(request: SavePathRequest): Promise<string | null>;
  /** Asks the clerk to pick one existing file; resolves to its absolute path, or null when cancelled. */
  askOpenPath(request: OpenPathRequest): Promise<string | null>;
  /**
   * Asks the clerk to pick one or many existing files; resolves to their absolute paths, empty
   * when cancelled. Without it, askOpenPath picks one.
   */
  askOpenPaths?(request: OpenPathRequest): Promise<string[]>;
  /** Asks the clerk for a folder; resolves to an absolute path, or null when cancelled. */
  askFolder(request: FolderRequest): Promise<string | null>;
}

export interface Shell {
  /** Opens the system file manager with the file selected. */
  showItemInFolder(path: string): void;
  /** Opens the file in the system's program for it; resolves to '' or the system's error text. */
  openPath(path: string): Promise<string>;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  /** The app's data folder (Electron's userData); files under it may be revealed. */
  readonly dataDir: string;
}

export interface Log {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

/** Where the page's answers to flush requests go (main/services/page-flush.ts). */
export interface FlushAnswers {
  /** False when no request with this id is waiting (late, or never made). */
  answer(requestId: string, saved: boolean): boolean;
}

/**
 * Small secrets (the SMTP password) kept encrypted by the operating system: Electron's safeStorage
 * in the app (main/electron/secrets.ts), a file-backed fake in tests. A secret never goes to
 * IndexedDB, a bundle, a backup or a log.
 */
export interface Secrets {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** One SMTP transport, as nodemailer's createTransport returns it. */
export interface MailTransport {
  sendMail(message: Mail.Options): Promise<SMTPTransport.SentMessageInfo>;
  close(): void;
}

export type MailTransportFactory = (options: SMTPTransport.Options) => MailTransport;

export interface HandlerDeps {
  readonly dialogs: Dialogs;
  readonly shell: Shell;
  readonly appInfo: AppInfo;
  /** Takes the page's 'page:flushed' answers; without it they are acknowledged and dropped. */
  readonly pageFlush?: FlushAnswers;
  /** Defaults to the console. */
  readonly log?: Log;
  /** The current time (backup names, rotation); defaults to the system clock. */
  readonly clock?: () => Date;
  /** Where the SMTP password is kept; without it the mail channels say email is unavailable. */
  readonly secrets?: Secrets;
  /** Opens SMTP connections; defaults to nodemailer's (main/mail/smtp-transport.ts). */
  readonly mailTransport?: MailTransportFactory;
}
