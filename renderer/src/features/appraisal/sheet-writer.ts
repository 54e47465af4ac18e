// Each cell of the grid saves on its own, but a member's sheet is one record: writes to the same
// sheet run one after another, and each merges its cell into the sheet as stored at that moment,
// so two cells typed in quick succession never overwrite each other.
import type { ScoreSheet } from '@shared/appraisal/model';
import type { DeskDb } from '../../db/database';
import { saveSheet } from '../../db/appraisal/sheets';
import { findSheet, type SheetKey } from '../../db/queries/session-data';
import { failureText } from '../../ui/failure';

export type SheetRef = SheetKey;

/** One cell's change: a score (null clears it) or a comment. */
export type CellPatch =
  { criterionId: string; score: number | null } | { criterionId: string; comment: string };

export interface WriterStatus {
  pending: number;
  savedAt: Date | null;
  error: string | null;
}

export class SheetWriter {
  private readonly chains = new Map<string, Promise<unknown>>();
  private status: WriterStatus = { pending: 0, savedAt: null, error: null };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: DeskDb,
    private readonly by: string,
  ) {}

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getStatus = (): WriterStatus => this.status;

  private set(next: Partial<WriterStatus>) {
    this.status = { ...this.status, ...next };
    for (const l of this.listeners) l();
  }

  /** Saves one cell; rejects with the repository's refusal (a closed session, a bad score). */
  write(ref: SheetRef, patch: CellPatch): Promise<ScoreSheet> {
    const key = `${ref.sessionId}:${ref.initiativeId}:${ref.memberId}`;
    const previous = this.chains.get(key) ?? Promise.resolve();
    this.set({ pending: this.status.pending + 1 });
    const run = previous
      .catch(() => undefined)
      .then(() => this.merge(ref, patch))
      .then(
        (sheet) => {
          this.set({ pending: this.status.pending - 1, savedAt: new Date(), error: null });
          return sheet;
        },
        (err: unknown) => {
          this.set({ pending: this.status.pending - 1, error: failureText(err) });
          throw err;
        },
      );
    this.chains.set(key, run);
    void run
      .catch(() => undefined)
      .finally(() => {
        if (this.chains.get(key) === run) this.chains.delete(key);
      });
    return run;
  }

  /** Resolves once every write started so far has ended (before closing a session). */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.allSettled([...this.chains.values()]);
  }

  private async merge(ref: SheetRef, patch: CellPatch): Promise<ScoreSheet> {
    const current = await findSheet(this.db, ref);
    const scores = { ...(current?.scores ?? {}) };
    const comments = { ...(current?.comments ?? {}) };
    if ('score' in patch) scores[patch.criterionId] = patch.score;
    else comments[patch.criterionId] = patch.comment;
    return saveSheet(this.db, { ...ref, scores, comments }, this.by);
  }
}
