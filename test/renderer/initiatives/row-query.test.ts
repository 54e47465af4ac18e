import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../../renderer/src/db/initiative-row';
import {
  buildRowIndex,
  countByStatus,
  queryRows,
  sortRows,
} from '../../../renderer/src/search/row-query';

let n = 0;
const row = (over: Partial<InitiativeRow>): InitiativeRow => ({
  id: `r${n++}`,
  programmeId: 'p',
  unitId: 'u1',
  title: '',
  field: 'Khác',
  status: 'draft',
  authorNames: [],
  economicBenefit: null,
  firstAppliedOn: null,
  updatedAt: `2021-03-${String(10 + (n % 20)).padStart(2, '0')}T00:00:00.000Z`,
  trashed: 0,
  formProblems: 0,
  ...over,
});

const units = new Map([
  ['u1', 'CĐCS Công ty Tôn Đông Á'],
  ['u2', 'LĐLĐ thành phố Biên Hòa, Đồng Nai'],
]);

const rows = [
  row({
    id: 'a',
    title: 'Sáng kiến tiết kiệm điện',
    authorNames: ['Trần Thị Bình'],
    economicBenefit: 5,
  }),
  row({
    id: 'b',
    title: 'Đổi mới quy trình hàn',
    authorNames: ['Nguyễn Văn An'],
    unitId: 'u2',
    status: 'submitted',
  }),
  row({
    id: 'c',
    title: 'Dây chuyền sơn',
    authorNames: ['Lê Văn Anh', 'Phạm Thị Yến'],
    field: 'Sáng tạo sản phẩm mới',
    economicBenefit: 900,
  }),
  row({ id: 'd', title: 'Ăn ca an toàn', authorNames: ['Võ Minh Châu'], status: 'submitted' }),
  row({ id: 'e', title: 'Cải tiến đã xóa', authorNames: ['Ngô An'], trashed: 1 }),
];
const index = buildRowIndex(rows, units);
const ids = (list: InitiativeRow[]) => list.map((r) => r.id);

describe('queryRows', () => {
  it('searches title, authors and unit name without diacritics, case or Unicode form', () => {
    expect(ids(queryRows(rows, index, { query: 'sang kien' }))).toEqual(['a']);
    expect(ids(queryRows(rows, index, { query: 'dong nai' }))).toEqual(['b']);
    expect(ids(queryRows(rows, index, { query: 'TRẦN bình' }))).toEqual(['a']);
    expect(ids(queryRows(rows, index, { query: 'Sáng kiến'.normalize('NFD') }))).toEqual(['a']);
    expect(ids(queryRows(rows, index, { query: 'san pham moi' }))).toEqual(['c']);
    expect(ids(queryRows(rows, index, { query: 'khong co dau' }))).toEqual([]);
  });

  it('keeps the trash apart', () => {
    expect(ids(queryRows(rows, index, { query: 'cai tien' }))).toEqual([]);
    expect(ids(queryRows(rows, index, { query: 'cai tien', trashed: true }))).toEqual(['e']);
  });

  it('filters by units, field and status', () => {
    expect(ids(queryRows(rows, index, { unitIds: new Set(['u2']) }))).toEqual(['b']);
    expect(ids(queryRows(rows, index, { field: 'Sáng tạo sản phẩm mới' }))).toEqual(['c']);
    const sort = { key: 'title', order: 'ascend' } as const;
    expect(ids(queryRows(rows, index, { status: 'submitted' }, sort))).toEqual(['d', 'b']);
  });

  it('sorts titles with Vietnamese collation (Ă after A-words, Đ after D)', () => {
    const asc = queryRows(rows, index, {}, { key: 'title', order: 'ascend' });
    expect(asc.map((r) => r.title)).toEqual([
      'Ăn ca an toàn',
      'Dây chuyền sơn',
      'Đổi mới quy trình hàn',
      'Sáng kiến tiết kiệm điện',
    ]);
    const desc = queryRows(rows, index, {}, { key: 'title', order: 'descend' });
    expect(ids(desc)).toEqual(ids(asc).reverse());
  });

  it('sorts authors the Vietnamese way: first author, by given name', () => {
    const asc = queryRows(rows, index, {}, { key: 'authors', order: 'ascend' });
    expect(asc.map((r) => r.authorNames[0])).toEqual([
      'Nguyễn Văn An',
      'Lê Văn Anh',
      'Trần Thị Bình',
      'Võ Minh Châu',
    ]);
  });

  it('sorts money with empty amounts last when descending, and by unit name', () => {
    const desc = queryRows(rows, index, {}, { key: 'benefit', order: 'descend' });
    expect(ids(desc).slice(0, 2)).toEqual(['c', 'a']);
    const byUnit = queryRows(rows, index, {}, { key: 'unit', order: 'ascend' }, units);
    expect(byUnit.at(-1)!.id).toBe('b'); // "LĐLĐ …" after "CĐCS …"
  });

  it('sorts by time of update newest or oldest first, rows of the same time as they came', () => {
    const at = (day: number) => `2021-04-${String(day).padStart(2, '0')}T08:00:00.000Z`;
    const timed = [
      row({ id: 't1', updatedAt: at(3) }),
      row({ id: 't2', updatedAt: at(5) }),
      row({ id: 't3', updatedAt: at(3) }),
      row({ id: 't4', updatedAt: at(1) }),
      row({ id: 't5', updatedAt: at(5) }),
    ];
    expect(ids(sortRows(timed, { key: 'updatedAt', order: 'descend' }))).toEqual([
      't2',
      't5',
      't1',
      't3',
      't4',
    ]);
    expect(ids(sortRows(timed, { key: 'updatedAt', order: 'ascend' }))).toEqual([
      't4',
      't1',
      't3',
      't2',
      't5',
    ]);
  });

  it('sorts once per rows array and sort, then only filters', () => {
    const sort = { key: 'title', order: 'ascend' } as const;
    expect(sortRows(rows, sort)).toBe(sortRows(rows, sort));
    expect(sortRows([...rows], sort)).not.toBe(sortRows(rows, sort));
  });

  it('reads hits by slot, and follows the index when its slots move under the same rows', () => {
    const own = buildRowIndex(rows, units);
    expect(ids(queryRows(rows, own, { query: 'an' }))).toEqual(['d', 'c', 'b']);
    // Records leave and come back in new slots, and enough edits pile up to compact them all.
    for (let k = 0; k < 3_000; k++) own.put({ id: `x${k}`, text: 'Bản nháp' });
    for (const r of rows) own.remove(r.id);
    for (const r of [...rows].reverse())
      own.put({ id: r.id, text: r.id === 'a' ? 'An toàn điện' : r.title });
    for (let k = 0; k < 3_000; k++) own.remove(`x${k}`);
    expect(ids(queryRows(rows, own, { query: 'an' }))).toEqual(['d', 'a']);
    expect(ids(queryRows(rows, own, { query: 'nhap' }))).toEqual([]);
  });

  it('lists the hits in sort order whether few or many rows match', () => {
    const titles = ['Cải tiến máy hàn', 'An toàn điện', 'Số hóa hồ sơ', 'Máy ép nhựa'];
    const list = Array.from({ length: 2_000 }, (_, i) =>
      row({
        id: `q${i}`,
        title: `${titles[i % 4]} số ${i}`,
        status: i % 3 ? 'draft' : 'submitted',
        trashed: i % 50 ? 0 : 1,
        economicBenefit: (i * 7919) % 1000,
      }),
    );
    const own = buildRowIndex(list, units);
    const sort = { key: 'benefit', order: 'descend' } as const;
    for (const query of ['so', 'may', 'an toan', 'so 1', 'so 19', 'ho so 1998', 'xyz']) {
      for (const status of [null, 'submitted'] as const) {
        const found = own.search(query)!;
        const expected = sortRows(list, sort).filter(
          (r) => found.has(r.id) && r.trashed === 0 && (!status || r.status === status),
        );
        expect(ids(queryRows(list, own, { query, status }, sort)), query).toEqual(ids(expected));
      }
    }
  });

  it('counts by status', () => {
    const counts = countByStatus(queryRows(rows, index, {}));
    expect(counts).toMatchObject({ draft: 2, submitted: 2, appraising: 0 });
  });

  it('answers over 100,000 rows', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      row({ id: `m${i}`, title: `Sáng kiến số ${i}`, authorNames: [`Tác giả ${i % 977}`] }),
    );
    const big = buildRowIndex(many, units);
    expect(queryRows(many, big, { query: 'so 99999' })).toHaveLength(1);
    // "976" is a word prefix of author numbers 976 and of title numbers 976, 9760…, 97600….
    const expected = many.filter((_, i) => String(i).startsWith('976') || i % 977 === 976);
    expect(ids(queryRows(many, big, { query: 'tac gia 976' })).sort()).toEqual(
      ids(expected).sort(),
    );
    expect(queryRows(many, big, {})).toHaveLength(100_000);
  });
});
