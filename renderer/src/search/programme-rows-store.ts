// The register of one programme held in memory: rows plus a folded search index, loaded once and
// then kept current from the repositories' change events (changes.ts), never re-read per keystroke.
import { liveQuery, type Subscription } from 'dexie';
import type { FoldedIndex } from '@shared/search';
import type { DeskDb } from '../db/database';
import type { InitiativeRow } from '../db/initiative-row';
import { onRowsChanged } from '../db/changes';
import { namesById } from '../db/queries/unit-tree';
import { listUnits } from '../db/units';
import { loadProgrammeRows } from './load-rows';
import { buildRowIndex, rowSearchable } from './row-query';

export type LoadPhase = 'idle' | 'first' | 'full' | 'error';

/** What the list renders; a new object (and a new `rows` array) after every change. */
export interface RowsSnapshot {
  programmeId: string;
  phase: LoadPhase;
  /** How many rows the programme holds, known before the full load ends. */
  expected: number;
  rows: readonly InitiativeRow[];
  /** Mutated in place as rows change; `version` tells readers it did. */
  index: FoldedIndex;
  unitNames: ReadonlyMap<string, string>;
  version: number;
  error: string | null;
}

type Change = { rows: readonly InitiativeRow[]; removed: readonly string[] };

export class ProgrammeRowsStore {
  private readonly byId = new Map<string, InitiativeRow>();
  private unitNames = new Map<string, string>();
  private index: FoldedIndex = buildRowIndex([]);
  private snapshot: RowsSnapshot;
  private readonly listeners = new Set<() => void>();
  private started = false;
  /** Counts starts, so a read begun before a dispose never lands in a later start. */
  private generation = 0;
  /** Changes committed while the full read runs; applied after it, in order. */
  private buffered: Change[] | null = [];
  private stopChanges: (() => void) | null = null;
  private unitsSub: Subscription | null = null;

  /** `onIdle` hears when the last listener has left (the registry then releases the store). */
  constructor(
    private readonly db: DeskDb,
    readonly programmeId: string,
    private readonly onIdle?: (store: ProgrammeRowsStore) => void,
  ) {
    this.snapshot = this.makeSnapshot('idle', 0, null, 0);
  }

  getSnapshot = (): RowsSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.started) this.start();
    return () => {
      if (this.listeners.delete(listener) && this.listeners.size === 0) this.onIdle?.(this);
    };
  };

  /** How many screens listen now. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /**
   * Stops listening for changes and drops the rows. A store subscribed to again afterwards loads
   * afresh (a screen that rendered with it just before it was released).
   */
  dispose(): void {
    this.stopChanges?.();
    this.unitsSub?.unsubscribe();
    this.stopChanges = null;
    this.unitsSub = null;
    this.listeners.clear();
    this.started = false;
    this.generation += 1;
    this.byId.clear();
    this.unitNames = new Map();
    this.index = buildRowIndex([]);
    this.buffered = [];
    this.snapshot = this.makeSnapshot('idle', 0, null, this.snapshot.version + 1);
  }

  private makeSnapshot(
    phase: LoadPhase,
    expected: number,
    error: string | null,
    version: number,
  ): RowsSnapshot {
    return {
      programmeId: this.programmeId,
      phase,
      expected,
      rows: [...this.byId.values()],
      index: this.index,
      unitNames: this.unitNames,
      version,
      error,
    };
  }

  private publish(patch: Partial<Pick<RowsSnapshot, 'phase' | 'expected' | 'error'>> = {}): void {
    const s = this.snapshot;
    this.snapshot = this.makeSnapshot(
      patch.phase ?? s.phase,
      patch.expected ?? s.expected,
      patch.error === undefined ? s.error : patch.error,
      s.version + 1,
    );
    for (const l of this.listeners) l();
  }

  private start(): void {
    this.started = true;
    const generation = ++this.generation;
    // Listen before reading, so nothing committed during the read is missed.
    this.stopChanges = onRowsChanged((rows, removed) => {
      if (this.buffered) this.buffered.push({ rows, removed });
      else this.apply({ rows, removed });
    });
    this.unitsSub = liveQuery(() => listUnits(this.db)).subscribe({
      next: (units) => this.setUnitNames(namesById(units)),
      error: () => undefined, // names are a search nicety; the list works without them
    });
    void this.load(generation);
  }

  private async load(generation: number): Promise<void> {
    const current = () => generation === this.generation;
    try {
      const all = await loadProgrammeRows(
        this.db,
        this.programmeId,
        (first) => {
          if (!current()) return;
          for (const r of first) this.byId.set(r.id, r);
          this.publish({ phase: 'first', expected: first.length });
        },
        (total) => {
          if (current() && this.snapshot.phase === 'first') this.publish({ expected: total });
        },
      );
      // Unit names go into the index; read them here so the first index has them.
      const units = await listUnits(this.db);
      if (!current()) return;
      for (const u of units) this.unitNames.set(u.id, u.name);
      this.byId.clear();
      for (const r of all) this.byId.set(r.id, r);
      this.index = buildRowIndex(all, this.unitNames);
      const pending = this.buffered ?? [];
      this.buffered = null;
      for (const c of pending) this.applyQuietly(c);
      this.publish({ phase: 'full', expected: this.byId.size });
    } catch (e) {
      if (!current()) return;
      this.buffered = null;
      const detail = e instanceof Error ? e.message : String(e);
      this.publish({ phase: 'error', error: `Không đọc được danh sách sáng kiến: ${detail}` });
    }
  }

  private applyQuietly({ rows, removed }: Change): boolean {
    let touched = false;
    for (const id of removed) {
      if (this.byId.delete(id)) {
        this.index.remove(id);
        touched = true;
      }
    }
    for (const r of rows) {
      if (r.programmeId !== this.programmeId) {
        if (this.byId.delete(r.id)) touched = true;
        this.index.remove(r.id);
        continue;
      }
      this.byId.set(r.id, r);
      this.index.put(rowSearchable(r, this.unitNames));
      touched = true;
    }
    return touched;
  }

  private apply(change: Change): void {
    if (this.applyQuietly(change)) this.publish({ expected: this.byId.size });
  }

  /** A renamed unit changes what search finds for its initiatives; re-index only those. */
  private setUnitNames(names: Map<string, string>): void {
    const changed = new Set<string>();
    for (const [id, name] of names) if (this.unitNames.get(id) !== name) changed.add(id);
    this.unitNames = names;
    if (changed.size === 0 || this.snapshot.phase !== 'full') return;
    for (const r of this.byId.values())
      if (changed.has(r.unitId)) this.index.put(rowSearchable(r, names));
    this.publish();
  }
}
