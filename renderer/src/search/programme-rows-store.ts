// The register of one programme held in memory: rows plus a folded search index, loaded once in
// chunks that leave the page responsive (docs/decisions.md, D49) and then kept current from the
// repositories' change events (changes.ts), never re-read per keystroke.
import { liveQuery, type Subscription } from 'dexie';
import { FoldedIndex } from '@shared/search';
import type { DeskDb } from '../db/database';
import { toRow, type InitiativeRow } from '../db/initiative-row';
import { onRowsChanged } from '../db/changes';
import { namesById } from '../db/queries/unit-tree';
import { listUnits } from '../db/units';
import { LOAD_CHUNK, newestRows, programmeRowTotal, readRowChunks } from './load-rows';
import { changedSince, lastChangeSeq } from '../db/row-changes';
import {
  getRowSnapshot,
  readSnapshotIndex,
  readSnapshotRows,
  writeRowSnapshot,
  type RowSnapshot,
} from '../db/row-snapshot';
import { buildRowIndex, DEFAULT_SORT, rowSearchable, sortRows } from './row-query';
import { StringPool } from './string-pool';

/** `first`: the newest rows are shown and the rest is loading in chunks; `full`: all are in. */
export type LoadPhase = 'idle' | 'first' | 'full' | 'error';

/** What the list renders; a new object (and a new `rows` array) after every change. */
export interface RowsSnapshot {
  programmeId: string;
  phase: LoadPhase;
  /** How many rows the programme holds, known before the full load ends. */
  expected: number;
  /** How many are in memory so far (and searched): the loading progress. */
  loaded: number;
  /**
   * The rows to show. While loading, a new array only each time the loaded rows have doubled (and
   * after each write), so the list sorts the growing register a few times, not once per chunk.
   */
  rows: readonly InitiativeRow[];
  /** Mutated in place as rows change; `version` tells readers it did. */
  index: FoldedIndex;
  unitNames: ReadonlyMap<string, string>;
  version: number;
  error: string | null;
}

type Change = { rows: readonly InitiativeRow[]; removed: readonly string[] };

/** Yields to the event loop, so input waiting behind a chunk is handled before the next one. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** How a register loads: rows per chunk, and what it awaits between chunks. */
export interface LoadPacing {
  chunk: number;
  /** Awaited after each chunk is taken in; by default it yields to the event loop. */
  pause: () => Promise<void>;
  /** How long after a full load the snapshot is written when due; null: never (tests). */
  snapshotAfterMs: number | null;
}

export const DEFAULT_PACING: LoadPacing = {
  chunk: LOAD_CHUNK,
  pause: nextTask,
  snapshotAfterMs: 3_000,
};

/** Index edits past which a finished load merges them at once rather than at a later search. */
const SETTLE_AFTER = 1_024;

/** A snapshot is rewritten after a load that replayed this many writes or rows since it. */
export const SNAPSHOT_AFTER_WRITES = 200;
export const SNAPSHOT_AFTER_ROWS = 2_000;

export class ProgrammeRowsStore {
  private readonly byId = new Map<string, InitiativeRow>();
  private readonly strings = new StringPool();
  private unitNames = new Map<string, string>();
  private index: FoldedIndex = buildRowIndex([]);
  /** The rows array of the snapshots; see `RowsSnapshot.rows`. */
  private shown: readonly InitiativeRow[] = [];
  private snapshot: RowsSnapshot;
  private readonly listeners = new Set<() => void>();
  private started = false;
  /** Counts starts, so a read begun before a dispose never lands in a later start. */
  private generation = 0;
  /**
   * While loading: the rows written since the load began (null for removed ones), which the
   * chunks still to come must not overwrite with what they read before those writes.
   */
  private written: Map<string, InitiativeRow | null> | null = new Map();
  private stopChanges: (() => void) | null = null;
  private unitsSub: Subscription | null = null;

  /** `onIdle` hears when the last listener has left (the registry then releases the store). */
  constructor(
    private readonly db: DeskDb,
    readonly programmeId: string,
    private readonly onIdle?: (store: ProgrammeRowsStore) => void,
    private readonly pacing: LoadPacing = DEFAULT_PACING,
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
    this.strings.clear();
    this.unitNames = new Map();
    this.index = buildRowIndex([]);
    this.shown = [];
    this.written = new Map();
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
      loaded: this.byId.size,
      rows: this.shown,
      index: this.index,
      unitNames: this.unitNames,
      version,
      error,
    };
  }

  /** A new snapshot; with `rows` false the rows array stays the last one (progress only). */
  private publish(
    patch: Partial<Pick<RowsSnapshot, 'phase' | 'expected' | 'error'>> = {},
    rows = true,
  ): void {
    if (rows) this.shown = [...this.byId.values()];
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
    this.stopChanges = onRowsChanged((rows, removed) => this.apply({ rows, removed }));
    this.unitsSub = liveQuery(() => listUnits(this.db)).subscribe({
      next: (units) => this.setUnitNames(namesById(units)),
      error: () => undefined, // names are a search nicety; the list works without them
    });
    void this.load(generation);
  }

  private async load(generation: number): Promise<void> {
    const current = () => generation === this.generation;
    // `indexed`: the index holds these rows already (restored with the snapshot, D60).
    const take = (rows: readonly InitiativeRow[], indexed = false) => {
      const written = this.written;
      for (const r of rows) {
        if (written?.has(r.id)) continue;
        this.byId.set(r.id, this.strings.internRow(r, this.programmeId));
        if (!indexed) this.index.put(rowSearchable(r, this.unitNames));
      }
    };
    try {
      // Nothing on the way to the first paint reads the whole table (docs/decisions.md, D48).
      const first = await newestRows(this.db, this.programmeId);
      if (!current()) return;
      take(first);
      this.publish({ phase: 'first', expected: this.byId.size });
      const total = await programmeRowTotal(this.db, this.programmeId);
      // Unit names go into the index: read them before the rows are indexed.
      const units = await listUnits(this.db);
      if (!current()) return;
      for (const u of units) this.unitNames.set(u.id, u.name);
      for (const r of this.byId.values()) this.index.put(rowSearchable(r, this.unitNames));
      this.publish({ expected: Math.max(total, this.byId.size) }, false);
      let shownAt = this.byId.size;
      const { chunk, pause } = this.pacing;
      const onChunk = async (rows: InitiativeRow[], indexed = false): Promise<boolean> => {
        if (!current()) return false;
        take(rows, indexed);
        const grown = this.byId.size >= 2 * shownAt;
        if (grown) shownAt = this.byId.size;
        this.publish({ expected: Math.max(this.snapshot.expected, this.byId.size) }, grown);
        await pause();
        return current();
      };
      const fromSnapshot = await this.readSnapshot(onChunk, current);
      if (!current()) return;
      let asOf = fromSnapshot?.asOf ?? 0;
      if (!fromSnapshot) {
        // Changes from here on are in the rows read next, or reach this store as events.
        asOf = await lastChangeSeq(this.db, this.programmeId);
        await readRowChunks(this.db, this.programmeId, onChunk, chunk);
      }
      if (!current()) return;
      // A merge costs a pass over every posting (about 0,3 s at 250,000 rows): worth it only for
      // a pile of edits (a register indexed row by row), not for the few left after a restore.
      if (this.index.unmerged > SETTLE_AFTER) this.index.settle();
      this.written = null;
      this.publish({ phase: 'full', expected: this.byId.size });
      if (this.pacing.snapshotAfterMs !== null && (!fromSnapshot || fromSnapshot.stale))
        this.scheduleSnapshot(asOf, generation, this.pacing.snapshotAfterMs);
    } catch (e) {
      if (!current()) return;
      this.written = null;
      const detail = e instanceof Error ? e.message : String(e);
      this.publish({ phase: 'error', error: `Không đọc được danh sách sáng kiến: ${detail}` });
    }
  }

  /**
   * Takes the rows of the programme's snapshot, then re-reads the rows changed since it was taken.
   * Returns null, having taken nothing it keeps, when there is no snapshot or it does not add up
   * to the stored counts: the caller then reads the rows table.
   */
  private async readSnapshot(
    onChunk: (rows: InitiativeRow[], indexed: boolean) => Promise<boolean>,
    current: () => boolean,
  ): Promise<{ asOf: number; stale: boolean } | null> {
    const snapshot = await getRowSnapshot(this.db, this.programmeId);
    if (!snapshot || !current()) return null;
    const restored = await this.restoreIndex(snapshot);
    const indexed = restored !== false;
    if (!current()) return null;
    // The ids the snapshot and the changes since account for, apart from the newest rows taken
    // for the first paint: they must add up to the stored counts.
    const held = new Set<string>();
    const whole = await readSnapshotRows(this.db, snapshot, (rows) => {
      for (const r of rows) {
        held.add(r.id);
        // The index's slots are the pages' rows in order; a row written since is not kept.
        if (indexed) r.id = this.index.nameNext(r.id, !this.written?.has(r.id));
      }
      return onChunk(rows, indexed);
    });
    if (indexed) this.index.endNaming();
    if (!current()) return null;
    if (whole) {
      const since = await changedSince(this.db, this.programmeId, snapshot.asOf);
      if (!current()) return null;
      await this.replay([...since.ids], held);
      const total = await programmeRowTotal(this.db, this.programmeId);
      if (!current()) return null;
      // A write racing this check only costs a full read; a snapshot that lost rows never shows.
      if (held.size === total)
        return {
          asOf: since.last,
          // A snapshot without its index is rewritten with one; one whose index is a single
          // record (before D64) is rewritten with the index in parts.
          stale:
            !indexed ||
            restored === 'whole' ||
            since.writes >= SNAPSHOT_AFTER_WRITES ||
            since.ids.size >= SNAPSHOT_AFTER_ROWS,
        };
    }
    // Start again from the rows table, keeping what was written since the load began.
    this.byId.clear();
    this.index = buildRowIndex([]);
    for (const r of this.written?.values() ?? [])
      if (r) {
        this.byId.set(r.id, r);
        this.index.put(rowSearchable(r, this.unitNames));
      }
    return null;
  }

  /**
   * Starts the index from the one stored with the snapshot, before its rows are read; each row
   * read names its slot. The rows already in memory (the newest, and any written since the load
   * began) go into it afresh. False, changing nothing, when there is none, it is damaged, or a
   * unit was renamed since; else whether it was stored in parts or whole (before D64).
   */
  private async restoreIndex(snapshot: RowSnapshot): Promise<'parts' | 'whole' | false> {
    // Its postings come in parts, one per task (D64), whatever the load's own pacing.
    const stored = await readSnapshotIndex(this.db, snapshot, nextTask).catch(() => null);
    if (!stored || !stored.unitNames.every(([id, name]) => this.unitNames.get(id) === name))
      return false;
    if (stored.image.count !== snapshot.rows) return false;
    const index = FoldedIndex.fromImage(stored.image);
    if (!index) return false;
    for (const r of this.byId.values()) index.put(rowSearchable(r, this.unitNames));
    for (const [id, r] of this.written ?? []) if (r === null) index.remove(id);
    this.index = index;
    return stored.inParts ? 'parts' : 'whole';
  }

  /** Takes the stored rows of `ids` (dropping those gone or moved), unless written meanwhile. */
  private async replay(ids: readonly string[], held: Set<string>): Promise<void> {
    for (let from = 0; from < ids.length; from += this.pacing.chunk) {
      const part = ids.slice(from, from + this.pacing.chunk);
      const records = await this.db.initiatives.bulkGet(part);
      records.forEach((record, n) => {
        const r = record && toRow(record);
        const id = part[n]!;
        const kept = r !== undefined && r.programmeId === this.programmeId;
        if (kept) held.add(id);
        else held.delete(id);
        if (this.written?.has(id)) return;
        if (kept) {
          this.byId.set(id, this.strings.internRow(r, this.programmeId));
          this.index.put(rowSearchable(r, this.unitNames));
        } else if (this.byId.delete(id)) this.index.remove(id);
      });
    }
  }

  /**
   * Writes the register as the programme's snapshot once the page is idle, so the next load reads
   * pages instead of one record per row (docs/decisions.md, D58). A cache: failing changes nothing.
   */
  private scheduleSnapshot(asOf: number, generation: number, afterMs: number): void {
    const current = () => generation === this.generation;
    setTimeout(() => {
      if (!current()) return;
      // Newest first, the list's own order (cached for the rows it shows): the next load then
      // takes rows in the order the list sorts them to (D61).
      const rows = sortRows(this.shown, DEFAULT_SORT);
      const image = this.index.image(rows.map((r) => r.id));
      const index = image && { image, unitNames: [...this.unitNames] };
      const { pause } = this.pacing;
      writeRowSnapshot(this.db, this.programmeId, rows, asOf, { index, pause, current }).catch(
        () => undefined,
      );
    }, afterMs);
  }

  private applyQuietly({ rows, removed }: Change): boolean {
    const written = this.written;
    if (written) {
      for (const id of removed) written.set(id, null);
      for (const r of rows) written.set(r.id, r.programmeId === this.programmeId ? r : null);
    }
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
    if (!this.applyQuietly(change)) return;
    const loading = this.written !== null;
    this.publish({
      expected: loading ? Math.max(this.snapshot.expected, this.byId.size) : this.byId.size,
    });
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
