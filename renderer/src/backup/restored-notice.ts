// What the restore says to the page that loads after it: the restore reloads the page so every
// in-memory store starts again from the restored database, and the notice waits in sessionStorage.
const KEY = 'desk:restored';

export const leaveRestoredNotice = (text: string): void =>
  sessionStorage.setItem(KEY, JSON.stringify({ text, at: Date.now() }));

/**
 * The notice left before this page loaded. The page that left it is not done yet (the screen may
 * even remount while it reloads), so a notice written after this page started is not its to show.
 */
export const peekRestoredNotice = (): string | null => {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { text, at } = value as { text?: unknown; at?: unknown };
    return typeof text === 'string' && typeof at === 'number' && at < performance.timeOrigin
      ? text
      : null;
  } catch {
    return null;
  }
};

export const clearRestoredNotice = (): void => sessionStorage.removeItem(KEY);

/** For tests: the raw stored value. */
export const RESTORED_NOTICE_KEY = KEY;
