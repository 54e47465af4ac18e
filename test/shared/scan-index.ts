// The linear scan FoldedIndex used before it became an inverted index (docs/decisions.md, D8),
// kept as the reference whose results the index must reproduce exactly.
import type { Searchable } from '@shared/search';
import { foldedWords } from '@shared/text';

/**
 * A compact index of folded strings; every query word must begin a word of a record's text.
 * The texts are also kept joined in one string, so a query scans with one native `indexOf` per
 * hit of its longest word instead of 100,000 `includes` calls.
 */
export class ScanIndex {
  private ids: string[] = [];
  private texts: string[] = [];
  private readonly slot = new Map<string, number>();
  private joined = '';
  private starts = new Int32Array(0);
  private dirty = false;

  constructor(items: Iterable<Searchable> = []) {
    for (const item of items) this.put(item);
  }

  get size(): number {
    return this.ids.length;
  }

  put(item: Searchable): void {
    const text = ` ${foldedWords(item.text).join(' ')}\n`;
    const at = this.slot.get(item.id);
    if (at === undefined) {
      this.slot.set(item.id, this.ids.length);
      this.ids.push(item.id);
      this.texts.push(text);
    } else {
      this.texts[at] = text;
    }
    this.dirty = true;
  }

  remove(id: string): void {
    const at = this.slot.get(id);
    if (at === undefined) return;
    const last = this.ids.length - 1;
    // Swap with the last entry: order does not matter, removal stays O(1).
    this.ids[at] = this.ids[last]!;
    this.texts[at] = this.texts[last]!;
    this.slot.set(this.ids[at], at);
    this.ids.pop();
    this.texts.pop();
    this.slot.delete(id);
    this.dirty = true;
  }

  private rebuild(): void {
    this.joined = this.texts.join('');
    this.starts = new Int32Array(this.texts.length + 1);
    let at = 0;
    this.texts.forEach((t, n) => {
      this.starts[n] = at;
      at += t.length;
    });
    this.starts[this.texts.length] = at;
    this.dirty = false;
  }

  /** IDs whose text holds every word of the query (as a word prefix); null for an empty query. */
  search(query: string): Set<string> | null {
    const words = foldedWords(query);
    if (words.length === 0) return null;
    if (this.dirty) this.rebuild();
    const needles = [...new Set(words)].map((w) => ` ${w}`).sort((a, b) => b.length - a.length);
    const [first, ...rest] = needles as [string, ...string[]];
    const hits = new Set<string>();
    const { joined, starts, texts, ids } = this;
    let record = 0;
    let from = joined.indexOf(first);
    while (from !== -1) {
      // Hits come in increasing order, so the record holding one is found by walking forward.
      while (starts[record + 1]! <= from) record++;
      if (rest.every((n) => texts[record]!.includes(n))) hits.add(ids[record]!);
      from = joined.indexOf(first, starts[record + 1]);
    }
    return hits;
  }
}
