import type { Log } from '../ports';

/** The default log: the console, which Electron sends to the terminal it was started from. */
export const consoleLog: Log = {
  info: (message, details) => console.info(`[desk] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[desk] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[desk] ${message}`, details ?? ''),
};
