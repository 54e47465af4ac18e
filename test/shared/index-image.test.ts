// An index restored from its image finds what the index it was taken from found, and what the
// linear scan finds, while its slots are named, after and through edits; a damaged image is
// refused (docs/decisions.md, D60).
import { describe, expect, it } from 'vitest';
import { FoldedIndex, type IndexImage } from '@shared/search';
import { benchQueries, makeSearchables } from '../bench/searchables';
import { prng } from '../bench/page/generate';
import { ScanIndex } from './scan-index';

const records = makeSearchables(0, 3_000);
const SLOW = { timeout: 60_000 };
const queries = [...benchQueries(80), 'a', 'đ', '19', 'xyzzy', 'nguyen van', 'ng nguyen'];

const sameHits = (a: FoldedIndex, b: FoldedIndex | ScanIndex): string[] =>
  queries.filter((q) => {
    const x = [...(a.search(q) ?? [])].sort();
    const y = [...(b.search(q) ?? [])].sort();
    return x.join() !== y.join();
  });

/** An index that has seen puts, re-puts and removes, some still pending. */
const edited = (): { index: FoldedIndex; scan: ScanIndex } => {
  const index = new FoldedIndex(records.slice(0, 2_500));
  const scan = new ScanIndex(records.slice(0, 2_500));
  const r = prng(7);
  for (const s of records.slice(2_500)) [index, scan].forEach((i) => i.put(s));
  for (let n = 0; n < 200; n++) {
    const id = records[Math.floor(r() * 2_500)]!.id;
    [index, scan].forEach((i) => i.remove(id));
  }
  const moved = { id: records[2_600]!.id, text: 'Máy sấy hạt điều xylanh' };
  [index, scan].forEach((i) => i.put(moved));
  return { index, scan };
};

/** The ids an index holds, in a shuffled order: an image's slots need not follow the index's. */
const heldIds = (index: FoldedIndex): string[] => {
  const held = records.map((s) => s.id).filter((id) => index.slotFor(id) >= 0);
  const r = prng(3);
  for (let k = held.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [held[k], held[j]] = [held[j]!, held[k]!];
  }
  return held;
};

/** An index restored from `index`'s image with its slots in `order`, every slot named. */
const restore = (index: FoldedIndex, order: readonly string[]): FoldedIndex => {
  const restored = FoldedIndex.fromImage(index.image(order)!)!;
  for (const id of order) restored.nameNext(id);
  restored.endNaming();
  return restored;
};

describe('an index image', () => {
  it('restores an index that finds what the original and the scan find', SLOW, () => {
    const { index, scan } = edited();
    const order = heldIds(index);
    const restored = restore(index, order);
    expect(restored.size).toBe(scan.size);
    expect(sameHits(restored, scan)).toEqual([]);
    expect(sameHits(index, scan)).toEqual([]);
    // Slots are the image's order.
    expect(order.slice(0, 5).map((id) => restored.slotFor(id))).toEqual([0, 1, 2, 3, 4]);
    expect(restored.search('xylanh')).toEqual(new Set([records[2_600]!.id]));
  });

  it('reports only the records named so far, and the puts since', () => {
    const some = records.slice(0, 400);
    const restored = FoldedIndex.fromImage(new FoldedIndex(some).image(some.map((s) => s.id))!)!;
    expect(restored.search('a')).toEqual(new Set());
    // Put before its slot is named (a row written while the register loads): the put wins.
    restored.put({ id: some[5]!.id, text: 'Zyxel mới' });
    const first = some.slice(0, 100);
    first.forEach((s, n) => restored.nameNext(s.id, n !== 7)); // the eighth is gone meanwhile
    const partial = new ScanIndex(first.filter((_, n) => n !== 7));
    partial.put({ id: some[5]!.id, text: 'Zyxel mới' });
    expect(sameHits(restored, partial)).toEqual([]);
    expect(restored.search('zyxel')).toEqual(new Set([some[5]!.id]));
    expect(restored.slotFor(some[7]!.id)).toBe(-1);
    // Fewer rows than the image held: the rest drop out.
    restored.endNaming();
    expect(sameHits(restored, partial)).toEqual([]);
    restored.settle();
    expect(sameHits(restored, partial)).toEqual([]);
  });

  it('takes puts, re-puts and removes after restoring as a built index does', () => {
    const { index, scan } = edited();
    const restored = restore(index, heldIds(index));
    const extra = makeSearchables(5_000, 5_300);
    const edit = (i: FoldedIndex | ScanIndex) => {
      for (const s of extra) i.put(s);
      i.put({ id: records[10]!.id, text: 'Lò hơi đốt củi trấu Zyxel' });
      i.remove(records[11]!.id);
    };
    edit(restored);
    edit(scan);
    expect(sameHits(restored, scan)).toEqual([]);
    expect(restored.search('zyxel lo hoi')).toEqual(new Set([records[10]!.id]));
    restored.settle();
    expect(sameHits(restored, scan)).toEqual([]);
  });

  it('gives back its own copy of each id it names', () => {
    const restored = FoldedIndex.fromImage(
      new FoldedIndex(records).image(records.map((s) => s.id))!,
    )!;
    const first = restored.nameNext(records[0]!.id);
    restored.put({ id: 'x', text: 'x' });
    expect(restored.nameNext(`${'x'}`)).toBe('x');
    expect(first).toBe(records[0]!.id);
  });

  it('is not taken for records the index does not hold exactly', () => {
    const index = new FoldedIndex(records.slice(0, 10));
    const ids = records.slice(0, 10).map((s) => s.id);
    expect(index.image(ids.slice(1))).toBeNull();
    expect(index.image([...ids.slice(1), 'other'])).toBeNull();
    const restored = FoldedIndex.fromImage(index.image(ids)!)!;
    expect(restored.image(ids)).toBeNull(); // its slots are not all named yet
  });

  it('is refused when damaged, whatever part is', () => {
    const good = new FoldedIndex(records.slice(0, 50)).image(
      records.slice(0, 50).map((s) => s.id),
    )!;
    const damaged: IndexImage[] = [
      { ...good, postings: good.postings.slice(1) },
      { ...good, postings: good.postings.map((p) => p + 50) },
      { ...good, offsets: good.offsets.slice(1) },
      { ...good, words: good.words.split('\n').reverse().join('\n') },
      { ...good, count: 40 },
      { ...good, count: -1 },
      { ...good, offsets: Array.from(good.offsets) as unknown as IndexImage['offsets'] },
      { ...good, words: 5 as unknown as string },
    ];
    expect(FoldedIndex.fromImage(good)).not.toBeNull();
    expect(damaged.map((image, n) => FoldedIndex.fromImage(image) && n)).toEqual(
      damaged.map(() => null),
    );
  });
});
