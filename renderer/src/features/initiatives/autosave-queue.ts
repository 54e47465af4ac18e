// Debounced, serialised saving of the latest form state. Each scheduled value is the whole
// state, so a newer one supersedes an older one not yet written, and saves never overlap.

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

/** What the status line needs of a queue. */
export interface SaveStateSource {
  getState: () => SaveState;
  subscribe: (listener: () => void) => () => void;
  flush: () => Promise<boolean>;
}

/**
 * Also a tiny external store of its state: only the status line subscribes, so a save does not
 * re-render the whole long form.
 */
export class AutosaveQueue<P> implements SaveStateSource {
  private latest: { value: P } | null = null;
  private state: SaveState = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<boolean> = Promise.resolve(true);

  constructor(
    private save: (value: P) => Promise<void>,
    private readonly describe: (e: unknown) => string,
    private readonly delay = 400,
  ) {}

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private onState(s: SaveState): void {
    // "pending" again while pending changes nothing the clerk sees.
    if (s.kind === 'pending' && this.state.kind === 'pending') return;
    this.state = s;
    for (const l of this.listeners) l();
  }

  /** The save function changes with props; the queue always calls the newest. */
  setSave(save: (value: P) => Promise<void>): void {
    this.save = save;
  }

  get hasPending(): boolean {
    return this.latest !== null;
  }

  schedule = (value: P): void => {
    this.latest = { value };
    this.onState({ kind: 'pending' });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  };

  /** Writes what is pending now; resolves false when the write failed (the state says why). */
  flush = (): Promise<boolean> => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const next = this.latest;
    this.latest = null;
    if (next) this.chain = this.chain.then(() => this.run(next.value));
    return this.chain;
  };

  private async run(value: P): Promise<boolean> {
    this.onState({ kind: 'saving' });
    try {
      await this.save(value);
      this.onState(this.latest ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      return true;
    } catch (e) {
      // Keep the failed state for the next try unless the clerk has typed something newer.
      this.latest ??= { value };
      this.onState({ kind: 'error', message: this.describe(e) });
      return false;
    }
  }

  /** Forgets a pending value without writing it (e.g. the record went to the trash). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.latest = null;
  }
}
