// Every error code of the app, main and renderer alike, once. Each says whether trying the same
// thing again can help: the email outbox retries only those that can, the clerk is told which.

export const ERROR_CODES = {
  /** The page asked for a channel this version of main does not know. */
  UNKNOWN_CHANNEL: { retryable: false },
  /** A request that does not match its schema in the IPC contract. */
  BAD_REQUEST: { retryable: false },
  /** A request from a frame that is not our own page. */
  FORBIDDEN: { retryable: false },
  /** Something unexpected in main; a second try often passes. */
  INTERNAL: { retryable: true },
  /** A file could not be written (full disk, read-only folder, file open elsewhere). */
  WRITE_FAILED: { retryable: true },
  /** A path the page may not open. */
  PATH_REFUSED: { retryable: false },
  /** The system found no program to open a file with, or the program refused it. */
  OPEN_FAILED: { retryable: false },
  /** A file or record that is not there any more. */
  NOT_FOUND: { retryable: false },
  /** The page runs without the preload's bridge. */
  NO_BRIDGE: { retryable: false },
  /** The bridge threw on the way to main. */
  IPC_FAILED: { retryable: true },
  /** A status move that the lifecycle does not allow. */
  STATUS_MOVE_REFUSED: { retryable: false },
  /** Submitting a draft whose required fields are not filled. */
  SUBMIT_INCOMPLETE: { retryable: false },
  /** A proposal when the unit's quota places are all taken. */
  QUOTA_FULL: { retryable: false },
  /** A proposal of an initiative whose dossier check still lists problems. */
  NOT_READY: { retryable: false },
  /** An import of new initiatives holding one the register has already (the same id). */
  ALREADY_STORED: { retryable: false },
  /** A file name, or the path to its folder, longer than the file system takes. */
  NAME_TOO_LONG: { retryable: false },
  /** A file kind the app will not write (one that runs a program). */
  FILE_KIND_REFUSED: { retryable: false },
  /** A backup file that is damaged, changed or not a backup of this app. */
  BACKUP_INVALID: { retryable: false },
  /** A backup written by a newer version of the app than this one. */
  BACKUP_TOO_NEW: { retryable: false },
  /** A backup listed earlier that is no longer in the folder. */
  BACKUP_NOT_FOUND: { retryable: false },
  /** A backup could not be written (full disk, folder not writable). */
  BACKUP_WRITE_FAILED: { retryable: true },
  /** The page could not export the database for a backup. */
  BACKUP_EXPORT_FAILED: { retryable: true },
  /** Two backups are already being written (streamed, D59): the clerk waits for them. */
  BACKUP_BUSY: { retryable: true },
  /** A backup larger than the app writes or restores. */
  BACKUP_TOO_LARGE: { retryable: false },
  /** A restore did not complete; the snapshot taken just before it is named in the message. */
  RESTORE_FAILED: { retryable: false },
  /** A dossier asked for with no proposed initiative in it. */
  EMPTY_DOSSIER: { retryable: false },
  /** No safe place for the SMTP password on this machine (no OS keychain). */
  MAIL_UNAVAILABLE: { retryable: false },
  /** Email is not set up yet. */
  MAIL_NOT_CONFIGURED: { retryable: false },
  /** The OS keychain refused to store the SMTP password. */
  MAIL_PASSWORD_NOT_SAVED: { retryable: true },
  /** An attachment listed on an initiative whose bytes are not in IndexedDB (a bundle needs them). */
  BUNDLE_ATTACHMENT_MISSING: { retryable: false },
  // A bundle refused by the verifier (main/bundle/bundle-errors.ts): the sender must make a new one.
  BUNDLE_UNREADABLE: { retryable: true },
  BUNDLE_NOT_ZIP: { retryable: false },
  BUNDLE_DAMAGED: { retryable: false },
  BUNDLE_BAD_ENTRY_NAME: { retryable: false },
  BUNDLE_TOO_MANY_ENTRIES: { retryable: false },
  BUNDLE_TOO_LARGE: { retryable: false },
  BUNDLE_SIZE_MISMATCH: { retryable: false },
  BUNDLE_NO_MANIFEST: { retryable: false },
  BUNDLE_MANIFEST_INVALID: { retryable: false },
  BUNDLE_VERSION_UNKNOWN: { retryable: false },
  BUNDLE_FILES_MISMATCH: { retryable: false },
  BUNDLE_CHECKSUM_MISMATCH: { retryable: false },
  BUNDLE_DATA_INVALID: { retryable: false },
  /** An import of a bundle whose units are over their quota, not confirmed by the clerk. */
  IMPORT_QUOTA_UNCONFIRMED: { retryable: false },
  /** An import whose transaction did not complete: nothing of it was written. */
  IMPORT_FAILED: { retryable: true },

  // A spreadsheet refused by the import (main/sheets/sheet-errors.ts): the clerk fixes the file.
  SHEET_NOT_XLSX: { retryable: false },
  /** An .xlsx saved with a password (an encrypted package, not a zip). */
  SHEET_ENCRYPTED: { retryable: false },
  SHEET_UNREADABLE: { retryable: false },
  SHEET_BAD_COLUMNS: { retryable: false },
  SHEET_TOO_MANY_ROWS: { retryable: false },
  SHEET_EMPTY: { retryable: false },
} as const satisfies Record<string, { retryable: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Whether trying the same thing again can succeed without the clerk changing anything. */
export const isRetryable = (code: ErrorCode): boolean => ERROR_CODES[code].retryable;
