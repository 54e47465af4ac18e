// Drafts created by "Thêm sáng kiến" in this window. Only these are discarded when left untouched:
// an old or imported record that happens to have rev 1 must never vanish because it was opened.
const fresh = new Set<string>();
const pendingDiscards = new Map<string, ReturnType<typeof setTimeout>>();

export const markFreshDraft = (id: string): void => {
  fresh.add(id);
};

export const isFreshDraft = (id: string): boolean => fresh.has(id);

/**
 * Runs `discard` shortly after the page unmounts, unless the same page mounts again first:
 * React's StrictMode unmounts and remounts every component once in development.
 */
export const scheduleDiscard = (id: string, discard: () => void): void => {
  cancelDiscard(id);
  pendingDiscards.set(
    id,
    setTimeout(() => {
      pendingDiscards.delete(id);
      fresh.delete(id);
      discard();
    }, 0),
  );
};

export const cancelDiscard = (id: string): void => {
  const t = pendingDiscards.get(id);
  if (t !== undefined) clearTimeout(t);
  pendingDiscards.delete(id);
};

/** The clerk typed something: the draft is theirs now. */
export const keepDraft = (id: string): void => {
  fresh.delete(id);
};
