import { useCallback, useEffect, useRef, useState } from 'react';
import { registerPendingWrites, trackWrite } from '../../app/pending-writes';
import { failureText } from '../../ui/failure';

/** A pause in typing long enough to save without waiting for the cell to be left. */
export const SAVE_DELAY_MS = 500;

export type CellState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

interface Options {
  /** The value as stored, as text. */
  saved: string;
  /** Why the typed text is refused, or null; a refused draft is never saved. */
  validate: (draft: string) => string | null;
  /** Writes an accepted draft. */
  commit: (draft: string) => Promise<unknown>;
  locked: boolean;
}

/**
 * What a grid cell holds while the clerk types: the draft, its refusal if any, and the save state.
 * Accepted drafts are saved after a pause or when the cell is left; the stored value flows back in
 * when it changes elsewhere (another window, a rescore) and the cell is not being edited.
 */
export const useCellDraft = ({ saved, validate, commit, locked }: Options) => {
  const [draft, setDraft] = useState(saved);
  const [state, setState] = useState<CellState>({ kind: 'idle' });
  const [seen, setSeen] = useState(saved);
  const problem = validate(draft);
  const editing = state.kind === 'pending' || state.kind === 'saving' || problem !== null;
  if (seen !== saved) {
    setSeen(saved);
    if (!editing) setDraft(saved);
  }

  // Latest values for the timer and the unmount flush, which outlive the render that set them.
  const latest = useRef({ draft, saved, commit, problem });
  useEffect(() => {
    latest.current = { draft, saved, commit, problem };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The write under way, so a flush request waits for it too.
  const writing = useRef<Promise<boolean> | null>(null);

  /** Saves the draft if it changed; resolves false when the write failed. */
  const save = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: text, saved: stored, commit: write, problem: refused } = latest.current;
    if (refused !== null || text.trim() === stored.trim()) {
      setState((s) => (s.kind === 'pending' ? { kind: 'idle' } : s));
      return writing.current ?? Promise.resolve(true);
    }
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        await write(text);
        setState({ kind: 'saved' });
        return true;
      } catch (err) {
        setState({ kind: 'error', message: failureText(err) });
        return false;
      }
    })();
    writing.current = run;
    void run.finally(() => {
      if (writing.current === run) writing.current = null;
    });
    return run;
  }, []);

  const onChange = (text: string) => {
    if (locked) return;
    setDraft(text);
    latest.current = { ...latest.current, draft: text, problem: validate(text) };
    if (timer.current) clearTimeout(timer.current);
    if (validate(text) !== null) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'pending' });
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  };

  /** Saves now (the cell is being left); a no-op when nothing changed. */
  const flush = () => {
    if (timer.current) void save();
  };

  // Main's flush before closing saves a draft still in its pause and waits for a write under way;
  // leaving the page mid-pause still saves what was typed.
  useEffect(() => {
    const unregister = registerPendingWrites(() =>
      timer.current ? save() : (writing.current ?? Promise.resolve(true)),
    );
    return () => {
      unregister();
      if (timer.current) void trackWrite(save());
    };
  }, [save]);

  return { draft, problem, state, onChange, flush };
};
