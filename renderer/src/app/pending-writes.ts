// Every write the page still owes the database, in one place, so that main's flush request before
// closing, quitting or reloading can wait for all of them (docs/architecture.md): the initiative
// autosave queues, the score cells' drafts and the score sheet writer register here.
import type { DeskApi } from '@shared/ipc';

/** Writes what is pending now; resolves false when a write failed (the screen shows why). */
export type Flush = () => Promise<boolean>;

const flushes = new Set<Flush>();
const running = new Set<Promise<boolean>>();

/** Registers a source of pending writes; returns the function that unregisters it. */
export const registerPendingWrites = (flush: Flush): (() => void) => {
  flushes.add(flush);
  return () => void flushes.delete(flush);
};

/**
 * Keeps a write that outlives its screen (the save started as a form unmounts) in the flush, so
 * closing right after leaving a screen still waits for it.
 */
export const trackWrite = (write: Promise<boolean>): Promise<boolean> => {
  running.add(write);
  void write.finally(() => running.delete(write)).catch(() => undefined);
  return write;
};

/** Flushes every registered source and waits for every tracked write; true when all were stored. */
export const flushPendingWrites = async (): Promise<boolean> => {
  const all = [...[...flushes].map((flush) => flush()), ...running];
  const results = await Promise.all(all.map((p) => p.catch(() => false)));
  return results.every(Boolean);
};

/** Answers main's flush requests for this page; returns the unsubscribe (none without a bridge). */
export const answerFlushRequests = (desk: DeskApi | undefined): (() => void) =>
  desk ? desk.onFlushRequest(flushPendingWrites) : () => undefined;
