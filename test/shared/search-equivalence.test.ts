// The indexed search finds exactly what the linear scan found, on generated initiatives, for
// every benchmark query and for the edge cases, before and after edits (docs/decisions.md, D8).
import { describe, expect, it } from 'vitest';
import { FoldedIndex, type Searchable } from '@shared/search';
import { benchQueries, makeSearchables } from '../bench/searchables';
import { prng } from '../bench/page/generate';
import { ScanIndex } from './scan-index';

const RECORDS = 4_000;
/** Every generated initiative belongs to the same programme, so one query hits every row. */
const withProgramme = (s: Searchable): Searchable => ({
  id: s.id,
  text: `${s.text} Hội thi Lao động sáng tạo 2021`,
});
const records = makeSearchables(0, RECORDS).map(withProgramme);

const EDGE_QUERIES = [
  'a',
  'n',
  'đ',
  'Đ',
  'd',
  'ĐỒNG NAI',
  'dong',
  '2',
  '19',
  'covid 19',
  '5/7',
  'xyzzy', // no hits
  'xyl', // a word first met in a pending edit
  'nguyen xyzzy', // one word without hits
  'hoi thi', // every row
  'hội thi lao động sáng tạo 2021', // every row, many words
  'nguyen nguyen nguyen', // repeated words
  'ng nguyen', // one word the prefix of another
  'van van thi',
  'Nguyễn Văn'.normalize('NFD'),
  'Cải tiến dây chuyền'.normalize('NFD'),
  'CĐCS',
  '  , ; ',
  'máy-ép nhựa',
];

const queries = [
  ...benchQueries(),
  ...benchQueries().map((q) => q.normalize('NFD')),
  ...EDGE_QUERIES,
];

/** Hits of one query in both; a difference names the query and the ids found or missed. */
const compare = (query: string, found: Set<string> | null, expected: Set<string> | null) => ({
  query,
  empty: found === null,
  size: found?.size,
  missed: [...(expected ?? [])].filter((id) => !found?.has(id)).slice(0, 5),
  extra: [...(found ?? [])].filter((id) => !expected?.has(id)).slice(0, 5),
});

const expectSameHits = (index: FoldedIndex, scan: ScanIndex): void => {
  expect(index.size).toBe(scan.size);
  for (const q of queries) {
    const expected = scan.search(q);
    expect(compare(q, index.search(q), expected)).toEqual(compare(q, expected, expected));
  }
};

/** Each case runs hundreds of queries over thousands of records in both indexes. */
const SLOW = { timeout: 120_000 };

describe('FoldedIndex against the linear scan', () => {
  it('finds the same rows for every benchmark query and edge case', SLOW, () => {
    const index = new FoldedIndex(records);
    const scan = new ScanIndex(records);
    expectSameHits(index, scan);
    // The cases are real ones: some queries find nothing, one finds everything, most something.
    expect(index.search('xyzzy')?.size).toBe(0);
    expect(index.search('hoi thi')?.size).toBe(RECORDS);
    expect(index.search('đ')?.size).toBe(index.search('D')?.size);
    expect(index.search('19')?.size).toBeGreaterThan(0);
    const found = benchQueries().filter((q) => (index.search(q)?.size ?? 0) > 0);
    expect(found.length).toBeGreaterThan(150);
  });

  it('answers membership by id and by slot as the scan does', SLOW, () => {
    const index = new FoldedIndex(records);
    const scan = new ScanIndex(records);
    for (const q of [...benchQueries(40), 'a', 'xyzzy', 'hoi thi']) {
      const hits = index.match(q)!;
      const expected = scan.search(q)!;
      const wrong = records.filter(
        ({ id }) =>
          hits.has(id) !== expected.has(id) || hits.hasSlot(index.slotFor(id)) !== expected.has(id),
      );
      expect({ q, size: hits.size, wrong: wrong.length }).toEqual({
        q,
        size: expected.size,
        wrong: 0,
      });
    }
    expect(index.match(' - ')).toBeNull();
    expect(index.slotFor('not-there')).toBe(-1);
  });

  it('stays the same through puts, updates and removes, merged or still pending', SLOW, () => {
    const r = prng(42);
    const index = new FoldedIndex(records.slice(0, 3_000));
    const scan = new ScanIndex(records.slice(0, 3_000));
    const both = (edit: (i: FoldedIndex | ScanIndex) => void): void => {
      edit(index);
      edit(scan);
    };
    const extra = makeSearchables(RECORDS, RECORDS + 1_500);

    // A few edits stay pending beside the merged postings.
    for (const s of records.slice(3_000, 3_050)) both((i) => i.put(s));
    for (let n = 0; n < 40; n++) {
      const id = records[Math.floor(r() * 3_000)]!.id;
      both((i) => i.remove(id));
    }
    for (let n = 0; n < 40; n++) {
      const id = records[Math.floor(r() * 3_050)]!.id;
      const text = extra[n]!.text;
      both((i) => i.put({ id, text }));
    }
    // A record put twice while pending keeps its last text only; a removed one comes back.
    both((i) => i.put({ id: records[3_001]!.id, text: 'Máy sấy hạt điều' }));
    both((i) => i.put({ id: records[3_001]!.id, text: 'Lò hơi đốt củi trấu' }));
    both((i) => i.remove(records[3_002]!.id));
    both((i) => i.put({ id: records[3_002]!.id, text: 'Ứng dụng máy nén khí ở Đồng Nai' }));
    both((i) => i.put({ id: records[3_003]!.id, text: 'Xylanh thủy lực cho máy ép nhựa' }));
    expectSameHits(index, scan);
    expect(index.search('xyl may')).toEqual(new Set([records[3_003]!.id]));

    // Enough edits for a merge, and enough removes (over a quarter) to compact the slots.
    for (const s of records.slice(0, 3_050).filter((_, n) => n % 2 === 0))
      both((i) => i.remove(s.id));
    for (const s of records.slice(3_050)) both((i) => i.put(s));
    for (let n = 0; n < 1_000; n++) {
      const id = records[Math.floor(r() * RECORDS)]!.id;
      const text = extra[Math.floor(r() * extra.length)]!.text;
      both((i) => i.put({ id, text }));
    }
    expectSameHits(index, scan);

    // And pending edits again on top of the merged, compacted index.
    for (const s of extra.slice(1_000)) both((i) => i.put(s));
    for (let n = 0; n < 300; n++) {
      const id = (Math.floor(r() * 2) ? extra : records)[Math.floor(r() * 1_500)]!.id;
      both((i) => i.remove(id));
    }
    both((i) => i.put({ id: 'new-1', text: 'Đổi mới quy trình số 7 tại Đồng Nai' }));
    expectSameHits(index, scan);
    expect(index.search('doi moi so 7')).toEqual(new Set(['new-1']));
  });

  it('folds word by word as the scan folds whole texts, whatever the spacing and the script', () => {
    const texts = [
      'Cải\ttiến\nmáy\u00a0hàn\u2003điện  tử',
      'ΟΔΟΣ Σοφία ΣΟΦΟΣ',
      'İstanbul và ǅorđe',
      'e\u0301p nhựa \u0301a', // a mark opening a token
      '  Đồng Nai  ',
      'ﬁle ﬃ ß Straße',
      '',
    ];
    const tricky = texts.map((text, n) => ({ id: `t${n}`, text }));
    const index = new FoldedIndex(tricky);
    const scan = new ScanIndex(tricky);
    const probes = [
      'cai tien may han dien tu',
      'dien tu',
      'οδος',
      'οδοσ',
      'σοφος',
      'σοφοσ',
      'istanbul',
      'i',
      'dzorđe',
      'dzorde',
      'ep',
      'a',
      'dong nai',
      'file',
      'ffi',
      'ss',
      'strasse',
      'straße',
      'e',
    ];
    expect(probes.filter((q) => (scan.search(q)?.size ?? 0) > 0).length).toBeGreaterThan(9);
    for (const q of probes)
      expect(compare(q, index.search(q), scan.search(q))).toEqual(
        compare(q, scan.search(q), scan.search(q)),
      );
  });

  it('stays right past the number of tokens it remembers', SLOW, () => {
    const many = Array.from({ length: 60_000 }, (_, n) => ({
      id: `n${n}`,
      text: `Mã số ${n}-${n * 7}`,
    }));
    const index = new FoldedIndex(many);
    const scan = new ScanIndex(many);
    for (const q of ['ma so 5999', 'so 1', '59999', '7', 'ma 4199']) {
      const expected = scan.search(q);
      expect(compare(q, index.search(q), expected)).toEqual(compare(q, expected, expected));
    }
  });

  it('finds nothing once every record is removed, and finds again after new puts', () => {
    const some = records.slice(0, 500);
    const index = new FoldedIndex(some);
    for (const s of some) index.remove(s.id);
    expect(index.size).toBe(0);
    expect(index.search('a')).toEqual(new Set());
    index.put({ id: 'x', text: 'Đèn LED tiết kiệm' });
    for (const q of ['den led', 'Đ', 'tiet', 'kiem den'])
      expect(index.search(q), q).toEqual(new Set(['x']));
  });
});
