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
  /** A file name, or the path to its folder, longer than the file system takes. */
  NAME_TOO_LONG: { retryable: false },
  /** A file kind the app will not write (one that runs a program). */
  FILE_KIND_REFUSED: { retryable: false },
} as const satisfies Record<string, { retryable: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Whether trying the same thing again can succeed without the clerk changing anything. */
export const isRetryable = (code: ErrorCode): boolean => ERROR_CODES[code].retryable;
