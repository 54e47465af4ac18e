// In-memory search over folded text (docs/decisions.md, D8): IndexedDB is too slow per keystroke.
import { foldedWords } from './text';
import { IntList } from './int-list';

export interface Searchable {
  id: string;
  text: string;
}

/** Records put or removed since the last merge, beyond which the next search merges them. */
const MERGE_AFTER = 2048;

/** Distinct tokens remembered with their word ids before the memory starts afresh. */
const TOKEN_CACHE = 50_000;

/** First index of `sorted` whose word is not below `word` (UTF-16 code-unit order). */
const lowerBound = (sorted: readonly string[], word: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The words of `sorted` that begin with `prefix`: one run, from where `prefix` would sort. */
const prefixRange = (sorted: readonly string[], prefix: string): [number, number] => {
  const lo = lowerBound(sorted, prefix);
  let hi = sorted.length;
  let at = lo;
  while (at < hi) {
    const mid = (at + hi) >>> 1;
    if (sorted[mid]!.startsWith(prefix)) at = mid + 1;
    else hi = mid;
  }
  return [lo, at];
};

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A merged index as plain data, for a cache to store and a later index to start from instead of
 * folding every record again (docs/decisions.md, D60). Its slots are records in an order the
 * caller keeps (the cache's rows); the ids are not in it: the caller names the slots in that
 * order as it reads the records (`FoldedIndex.nameNext`).
 */
export interface IndexImage {
  /** How many slots (records). */
  count: number;
  /** The folded words in code-unit order, joined by line feeds (a word holds letters and digits). */
  words: string;
  /** Postings of word w: `postings[offsets[w] .. offsets[w + 1])`. */
  offsets: Int32Array<ArrayBuffer>;
  postings: Int32Array<ArrayBuffer>;
}

/** Whether an image read back from storage is whole: a damaged one must not answer queries. */
const imageHolds = (words: readonly string[], image: IndexImage): boolean => {
  const { count, offsets, postings } = image;
  // By tag, not instanceof: storage may hand back arrays of another realm (a test's fake one).
  const tag = (x: unknown) => Object.prototype.toString.call(x);
  if (tag(offsets) !== '[object Int32Array]' || tag(postings) !== '[object Int32Array]')
    return false;
  if (!Number.isSafeInteger(count) || count < 0) return false;
  if (offsets.length !== words.length + 1 || offsets[0] !== 0) return false;
  if (offsets[words.length] !== postings.length) return false;
  for (let w = 0; w < words.length; w++) {
    if (offsets[w + 1]! < offsets[w]!) return false;
    if (w > 0 && !(words[w - 1]! < words[w]!)) return false;
  }
  for (let p = 0; p < postings.length; p++)
    if (postings[p]! < 0 || postings[p]! >= count) return false;
  return true;
};

/**
 * The records one query found, as of that query: read it before the index's next put or remove.
 * Membership costs a map lookup by id, or one array read by slot (`FoldedIndex.slotFor`), so a
 * list of 250,000 rows is filtered without building a set of their ids.
 */
export class SearchHits implements Iterable<string> {
  constructor(
    /** 1 for each slot found. */
    private readonly marks: Uint8Array,
    readonly size: number,
    private readonly ids: readonly (string | null)[],
    private readonly slotOf: ReadonlyMap<string, number>,
  ) {}

  has(id: string): boolean {
    const slot = this.slotOf.get(id);
    return slot !== undefined && this.marks[slot] === 1;
  }

  hasSlot(slot: number): boolean {
    return this.marks[slot] === 1;
  }

  /** The slots found, ascending. */
  slots(): Int32Array {
    const found = new Int32Array(this.size);
    const { marks } = this;
    let n = 0;
    for (let slot = 0; slot < marks.length && n < found.length; slot++)
      if (marks[slot] === 1) found[n++] = slot;
    return found;
  }

  *[Symbol.iterator](): Iterator<string> {
    const { marks, ids } = this;
    for (let slot = 0; slot < marks.length; slot++) {
      const id = ids[slot];
      if (marks[slot] === 1 && id !== null && id !== undefined) yield id;
    }
  }
}

/**
 * An inverted index of folded words; every query word must begin a word of a record's text.
 *
 * Records live in slots. The merged part holds every known word sorted, each with the slots that
 * contain it (one `Int32Array` of postings, cut by `offsets`): a query word is the run of words it
 * begins, the union of their postings, intersected over the query's words, fewest postings first.
 * A query therefore visits the postings of its words, never every record.
 *
 * Edits do not touch the merged part: a put appends the record's word ids to a pending list and
 * marks its old postings stale, a remove marks them stale. Queries read both parts; once
 * `MERGE_AFTER` edits have piled up, the next search merges them (and compacts the slots of removed
 * records when they are a quarter of all).
 */
export class FoldedIndex {
  /** Slot → record id; null once removed, until a merge compacts the slots. */
  private ids: (string | null)[] = [];
  private slotOf = new Map<string, number>();
  private slotLayout = 0;
  /** Restored from an image: its slots named so far, and those still to name (see `nameNext`). */
  private named = 0;
  private unnamed = 0;
  /** Word id → folded word, and back. A word keeps its id for the life of the index. */
  private words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Token as typed → its word ids; see `tokenWordIds`. */
  private readonly tokens = new Map<string, readonly number[]>();

  // The merged part.
  private sortedWords: string[] = [];
  /** Position in `sortedWords` → word id. */
  private sortedIds = new Int32Array(0);
  /** Postings of the word at position p: `postings[offsets[p] .. offsets[p + 1])`. */
  private offsets = new Int32Array(1);
  private postings = new Int32Array(0);
  /** Slots below this are in the postings; `stale[slot]` = 1 when those postings no longer hold. */
  private mergedSlots = 0;
  private stale = new Uint8Array(0);

  // The pending part: entries [slot, n, word id × n] in put order; a slot's live entry is
  // `pendingAt[slot]` (-1 for none), older entries of the slot are skipped.
  private pending = new IntList();
  private pendingAt = new IntList();
  private edits = 0;

  // Scratch marks for queries and puts; `mark` grows so that old marks never match.
  private slotMarks = new Uint32Array(0);
  private wordMarks = new Uint32Array(0);
  private mark = 0;

  constructor(items: Iterable<Searchable> = []) {
    for (const item of items) this.put(item);
    this.merge();
  }

  /**
   * The index `image` describes, merged, its slots not yet named: until `nameNext` names a slot,
   * its record is searched but not reported. Null when the image does not hold together (a
   * damaged cache), so the caller indexes the records afresh.
   */
  static fromImage(image: IndexImage): FoldedIndex | null {
    if (typeof image.words !== 'string') return null;
    const words = image.words.length === 0 ? [] : image.words.split('\n');
    if (!imageHolds(words, image)) return null;
    const index = new FoldedIndex();
    const { count } = image;
    index.ids = new Array<string | null>(count).fill(null);
    index.unnamed = count;
    for (let id = 0; id < words.length; id++) index.wordId(words[id]!);
    index.sortedWords = words.slice();
    index.sortedIds = Int32Array.from(words, (_, id) => id);
    index.offsets = image.offsets;
    index.postings = image.postings;
    index.mergedSlots = count;
    index.stale = new Uint8Array(count);
    index.slotMarks = new Uint32Array(count);
    index.pendingAt = new IntList(count, -1);
    return index;
  }

  /**
   * Names the next slot of the image this index was restored from: record `id`, or, with `keep`
   * false (the record is gone) or when a put since holds `id` already, nobody (its postings drop
   * out). Returns the index's own copy of the id, for the caller's record to share.
   */
  nameNext(id: string, keep = true): string {
    if (this.unnamed === 0) return id;
    const slot = this.named++;
    this.unnamed--;
    const held = this.slotOf.get(id);
    if (!keep || held !== undefined) {
      this.stale[slot] = 1;
      return held === undefined ? id : (this.ids[held] ?? id);
    }
    this.ids[slot] = id;
    this.slotOf.set(id, slot);
    return id;
  }

  /** Drops the image's slots left unnamed (fewer records were read than it holds). */
  endNaming(): void {
    while (this.unnamed > 0) {
      this.stale[this.named++] = 1;
      this.unnamed--;
    }
  }

  /**
   * This index as plain data, merged first, with the records of `order` as slots 0, 1, …; null
   * unless it holds exactly those records.
   */
  image(order: readonly string[]): IndexImage | null {
    this.settle();
    if (order.length !== this.size || this.unnamed > 0) return null;
    // A stale slot belongs to no record of `order` (slotAt -1), so its postings stay out.
    const { offsets, postings, sortedWords } = this;
    const slotAt = new Int32Array(this.ids.length).fill(-1);
    for (let k = 0; k < order.length; k++) {
      const slot = this.slotOf.get(order[k]!);
      if (slot === undefined) return null;
      slotAt[slot] = k;
    }
    const words: string[] = [];
    const cuts = new IntList();
    cuts.push(0);
    const out = new Int32Array(postings.length);
    let n = 0;
    for (let p = 0; p < sortedWords.length; p++) {
      const start = n;
      for (let q = offsets[p]!; q < offsets[p + 1]!; q++) {
        const slot = postings[q]!;
        if (slotAt[slot]! >= 0) out[n++] = slotAt[slot]!;
      }
      // A word whose records have all gone is left out.
      if (n === start) continue;
      words.push(sortedWords[p]!);
      cuts.push(n);
    }
    return {
      count: order.length,
      words: words.join('\n'),
      offsets: cuts.data.slice(0, cuts.length),
      postings: out.slice(0, n),
    };
  }

  get size(): number {
    return this.slotOf.size;
  }

  /** Changes whenever a record gets or loses a slot: slots read before stay valid until then. */
  get layout(): number {
    return this.slotLayout;
  }

  /** The record's slot, for `SearchHits.hasSlot`; -1 when the index does not hold it. */
  slotFor(id: string): number {
    return this.slotOf.get(id) ?? -1;
  }

  put(item: Searchable): void {
    let slot = this.slotOf.get(item.id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.ids.push(item.id);
      this.slotOf.set(item.id, slot);
      this.pendingAt.push(-1);
      this.slotLayout++;
    } else if (slot < this.mergedSlots) {
      this.stale[slot] = 1;
    }
    const entry = this.pending.length;
    this.pending.push(slot);
    this.pending.push(0);
    const seen = this.nextMarks(1);
    let n = 0;
    for (const token of item.text.split(/\s+/)) {
      for (const id of this.tokenWordIds(token)) {
        if (this.wordMarks[id] === seen) continue;
        this.wordMarks[id] = seen;
        this.pending.push(id);
        n++;
      }
    }
    this.pending.data[entry + 1] = n;
    this.pendingAt.data[slot] = entry;
    this.edits++;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.slotLayout++;
    this.pendingAt.data[slot] = -1;
    if (slot < this.mergedSlots) this.stale[slot] = 1;
    this.edits++;
  }

  /** Puts and removes since the last merge (searched by a scan until merged). */
  get unmerged(): number {
    return this.edits;
  }

  /**
   * Merges the puts and removes made since the last merge now, rather than in the next search: a
   * register loading in chunks merges when it is idle, so no keystroke waits for it.
   */
  settle(): void {
    if (this.edits > 0) this.merge();
  }

  /** IDs whose text holds every word of the query (as a word prefix); null for an empty query. */
  search(query: string): Set<string> | null {
    const hits = this.match(query);
    return hits && new Set(hits);
  }

  /** What `search` finds, without building a set of ids: what a list filters its rows with. */
  match(query: string): SearchHits | null {
    const wanted = [...new Set(foldedWords(query))];
    if (wanted.length === 0) return null;
    if (this.edits > MERGE_AFTER) this.merge();
    const { offsets } = this;
    const runs = wanted
      .map((word) => {
        const [lo, hi] = prefixRange(this.sortedWords, word);
        return { word, lo, hi, cost: offsets[hi]! - offsets[lo]! };
      })
      .sort((a, b) => a.cost - b.cost);
    const marks = new Uint8Array(this.ids.length);
    let size = this.searchMerged(runs, marks);
    if (this.pending.length > 0) size += this.searchPending(runs, marks);
    return new SearchHits(marks, size, this.ids, this.slotOf);
  }

  /** Marks the merged slots holding every run, visiting each run's postings once, fewest first. */
  private searchMerged(runs: readonly { lo: number; hi: number }[], hits: Uint8Array): number {
    const { offsets, postings, stale, slotMarks } = this;
    const first = this.nextMarks(runs.length);
    const last = runs.length - 1;
    for (let k = 0; k <= last; k++) {
      const { lo, hi } = runs[k]!;
      const from = offsets[lo]!;
      const to = offsets[hi]!;
      const set = first + k;
      let found = 0;
      for (let p = from; p < to; p++) {
        const slot = postings[p]!;
        // The first run takes every live slot once; a later one only slots the run before took.
        if (k === 0 ? stale[slot] === 1 || slotMarks[slot] === set : slotMarks[slot] !== set - 1)
          continue;
        slotMarks[slot] = set;
        found++;
        if (k === last) hits[slot] = 1;
      }
      if (found === 0 || k === last) return found;
    }
    return 0;
  }

  /** Marks the pending records holding every query word, after marking the words each begins. */
  private searchPending(
    runs: readonly { word: string; lo: number; hi: number }[],
    hits: Uint8Array,
  ): number {
    const { pending, pendingAt, sortedIds, words, wordMarks } = this;
    const data = pending.data;
    let entries: number[] = [];
    for (let at = 0; at < pending.length; at += 2 + data[at + 1]!)
      if (pendingAt.data[data[at]!] === at) entries.push(at);
    const first = this.nextMarks(runs.length);
    runs.forEach(({ word, lo, hi }, k) => {
      const set = first + k;
      for (let p = lo; p < hi; p++) wordMarks[sortedIds[p]!] = set;
      // Words met since the merge are not sorted yet.
      for (let id = sortedIds.length; id < words.length; id++)
        if (words[id]!.startsWith(word)) wordMarks[id] = set;
      entries = entries.filter((at) => {
        const end = at + 2 + data[at + 1]!;
        for (let q = at + 2; q < end; q++) if (wordMarks[data[q]!] === set) return true;
        return false;
      });
    });
    for (const at of entries) hits[data[at]!] = 1;
    return entries.length;
  }

  /**
   * The word ids of one whitespace-free token of a text. Folding is the costly part of a put, and a
   * register repeats the same few thousand tokens; folding never looks across white space, so the
   * words of a text are the words of its tokens in turn.
   */
  private tokenWordIds(token: string): readonly number[] {
    let ids = this.tokens.get(token);
    if (ids === undefined) {
      if (this.tokens.size >= TOKEN_CACHE) this.tokens.clear();
      ids = foldedWords(token).map((word) => this.wordId(word));
      this.tokens.set(token, ids);
    }
    return ids;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
      if (id >= this.wordMarks.length) {
        const grown = new Uint32Array(Math.max(1024, this.wordMarks.length * 2));
        grown.set(this.wordMarks);
        this.wordMarks = grown;
      }
    }
    return id;
  }

  /** `count` fresh mark values, first of them returned; marks restart before they overflow. */
  private nextMarks(count: number): number {
    if (this.mark + count >= 0xffffffff) {
      this.slotMarks.fill(0);
      this.wordMarks.fill(0);
      this.mark = 0;
    }
    const first = this.mark + 1;
    this.mark += count;
    return first;
  }

  /** Folds the pending part into the merged one, in time linear in the postings. */
  private merge(): void {
    const { pending, pendingAt, words, offsets, postings, stale, sortedIds } = this;
    const data = pending.data;
    const remap = this.compactSlots();

    // Words sort once: the merged order, with the words met since merged in.
    const added = Array.from({ length: words.length - sortedIds.length }, (_, k) => ({
      id: sortedIds.length + k,
      word: words[sortedIds.length + k]!,
    })).sort((a, b) => byCodeUnits(a.word, b.word));
    const order = new Int32Array(words.length);
    const sortedWords: string[] = new Array<string>(words.length);
    for (let p = 0, k = 0, out = 0; out < words.length; out++) {
      const takeOld =
        p < sortedIds.length && (k >= added.length || this.sortedWords[p]! < added[k]!.word);
      const id = takeOld ? sortedIds[p++]! : added[k++]!.id;
      order[out] = id;
      sortedWords[out] = words[id]!;
    }

    // Postings per word id: the merged ones still live, then the pending ones.
    const count = new Int32Array(words.length);
    for (let p = 0; p < sortedIds.length; p++) {
      const id = sortedIds[p]!;
      for (let q = offsets[p]!; q < offsets[p + 1]!; q++)
        if (stale[postings[q]!] === 0) count[id]!++;
    }
    const live = (at: number): boolean => pendingAt.data[data[at]!] === at;
    for (let at = 0; at < pending.length; at += 2 + data[at + 1]!)
      if (live(at)) for (let q = at + 2; q < at + 2 + data[at + 1]!; q++) count[data[q]!]!++;

    const nextOffsets = new Int32Array(words.length + 1);
    const fill = new Int32Array(words.length);
    for (let out = 0; out < words.length; out++) {
      fill[order[out]!] = nextOffsets[out]!;
      nextOffsets[out + 1] = nextOffsets[out]! + count[order[out]!]!;
    }
    const next = new Int32Array(nextOffsets[words.length]!);
    for (let p = 0; p < sortedIds.length; p++) {
      const id = sortedIds[p]!;
      for (let q = offsets[p]!; q < offsets[p + 1]!; q++) {
        const slot = postings[q]!;
        if (stale[slot] === 0) next[fill[id]!++] = remap ? remap[slot]! : slot;
      }
    }
    for (let at = 0; at < pending.length; at += 2 + data[at + 1]!) {
      if (!live(at)) continue;
      const slot = remap ? remap[data[at]!]! : data[at]!;
      for (let q = at + 2; q < at + 2 + data[at + 1]!; q++) next[fill[data[q]!]!++] = slot;
    }

    this.sortedWords = sortedWords;
    this.sortedIds = order;
    this.offsets = nextOffsets;
    this.postings = next;
    this.mergedSlots = this.ids.length;
    this.stale = new Uint8Array(this.ids.length);
    this.slotMarks = new Uint32Array(this.ids.length);
    this.pending = new IntList();
    this.pendingAt = new IntList(this.ids.length, -1);
    this.edits = 0;
  }

  /**
   * Drops the slots of removed records once they are a quarter of all; old slot → new slot. The
   * slot tables are new ones, so hits read before keep theirs.
   */
  private compactSlots(): Int32Array | null {
    const { ids } = this;
    // Slots still to be named keep their numbers.
    if (this.unnamed > 0 || (ids.length - this.slotOf.size) * 4 <= ids.length) return null;
    const remap = new Int32Array(ids.length).fill(-1);
    const kept: string[] = [];
    const slotOf = new Map<string, number>();
    for (let slot = 0; slot < ids.length; slot++) {
      const id = ids[slot];
      if (id === null || id === undefined) continue;
      remap[slot] = kept.length;
      slotOf.set(id, kept.length);
      kept.push(id);
    }
    this.ids = kept;
    this.slotOf = slotOf;
    this.slotLayout++;
    return remap;
  }
}

/** The text of an initiative that search looks in: title, field, author names, unit name. */
export const initiativeSearchText = (i: {
  title: string;
  field: string;
  authorNames: readonly string[];
  unitName?: string;
}): string => [i.title, i.field, ...i.authorNames, i.unitName ?? ''].join(' ');
