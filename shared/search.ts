// In-memory search over folded text (architecture.md): IndexedDB is too slow per keystroke at 100k rows.
import { foldedWords } from './text';

export interface Searchable {
  id: string;
  text: string;
}

/** A compact index of folded strings; every query word must occur in a record's text. */
export class FoldedIndex {
  private readonly texts = new Map<string, string>();

  constructor(items: Iterable<Searchable> = []) {
    for (const item of items) this.put(item);
  }

  get size(): number {
    return this.texts.size;
  }

  put(item: Searchable): void {
    this.texts.set(item.id, ` ${foldedWords(item.text).join(' ')}`);
  }

  remove(id: string): void {
    this.texts.delete(id);
  }

  /** IDs whose text holds every word of the query (as a word prefix); all IDs for an empty query. */
  search(query: string): Set<string> | null {
    const words = foldedWords(query);
    if (words.length === 0) return null;
    const needles = words.map((w) => ` ${w}`);
    const hits = new Set<string>();
    for (const [id, t] of this.texts) {
      if (needles.every((n) => t.includes(n))) hits.add(id);
    }
    return hits;
  }
}

/** The text of an initiative that search looks in: title, authors, field, unit name. */
export const initiativeSearchText = (i: {
  title: string;
  field: string;
  authors: readonly { name: string }[];
  unitName?: string;
}): string => [i.title, i.field, ...i.authors.map((a) => a.name), i.unitName ?? ''].join(' ');
