import { useCallback, useEffect, useRef, useState } from 'react';
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

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: text, saved: stored, commit: write, problem: refused } = latest.current;
    if (refused !== null || text.trim() === stored.trim()) {
      setState((s) => (s.kind === 'pending' ? { kind: 'idle' } : s));
      return;
    }
    setState({ kind: 'saving' });
    try {
      await write(text);
      setState({ kind: 'saved' });
    } catch (err) {
      setState({ kind: 'error', message: failureText(err) });
    }
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

  // Leaving the page mid-pause still saves what was typed.
  useEffect(
    () => () => {
      if (timer.current) void save();
    },
    [save],
  );

  return { draft, problem, state, onChange, flush };
};
