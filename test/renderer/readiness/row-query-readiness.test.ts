import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../../renderer/src/db/initiative-row';
import { toRow } from '../../../renderer/src/db/initiative-row';
import { buildRowIndex, queryRows } from '../../../renderer/src/search/row-query';
import { completeInitiative } from '../../shared/initiative-fixtures';

const window2021 = { firstAppliedFrom: '2021-02-01', firstAppliedTo: '2021-05-31' };

let n = 0;
const row = (over: Partial<InitiativeRow>): InitiativeRow => ({
  id: `r${n++}`,
  programmeId: 'p',
  unitId: 'u1',
  title: 'Sáng kiến',
  field: 'Khác',
  status: 'recognised',
  authorNames: ['Nguyễn Văn An'],
  economicBenefit: null,
  firstAppliedOn: '2021-03-15',
  updatedAt: `2021-03-${String(10 + n).padStart(2, '0')}T00:00:00.000Z`,
  trashed: 0,
  formProblems: 0,
  ...over,
});

const rows = [
  row({ id: 'ok', title: 'Máy hàn' }),
  row({ id: 'proposed', status: 'proposed', title: 'Máy cắt' }),
  row({ id: 'draft', status: 'draft', title: 'Máy hàn nháp' }),
  row({ id: 'form', formProblems: 2, title: 'Dây chuyền' }),
  row({ id: 'late', firstAppliedOn: '2021-07-01', title: 'Máy hàn muộn' }),
  row({ id: 'refused', status: 'not_recognised', title: 'Lò sấy' }),
  row({ id: 'trashed-ok', trashed: 1, title: 'Máy hàn đã xóa' }),
];
const index = buildRowIndex(rows);
const ids = (list: InitiativeRow[]) => list.map((r) => r.id).sort();

describe('queryRows by readiness', () => {
  it('keeps every row without the filter', () => {
    expect(ids(queryRows(rows, index, { programmeWindow: window2021 }))).toHaveLength(6);
    expect(ids(queryRows(rows, index, { readiness: null, programmeWindow: window2021 }))).toEqual([
      'draft',
      'form',
      'late',
      'ok',
      'proposed',
      'refused',
    ]);
  });

  it('splits the register into ready and not ready rows', () => {
    expect(
      ids(queryRows(rows, index, { readiness: 'ready', programmeWindow: window2021 })),
    ).toEqual(['ok', 'proposed']);
    expect(
      ids(queryRows(rows, index, { readiness: 'not_ready', programmeWindow: window2021 })),
    ).toEqual(['draft', 'form', 'late', 'refused']);
  });

  it('checks the window only when the programme is known', () => {
    expect(ids(queryRows(rows, index, { readiness: 'ready' }))).toEqual(['late', 'ok', 'proposed']);
    const narrow = { firstAppliedFrom: '2021-04-01', firstAppliedTo: null };
    // From April only: the March rows fall out, the July one comes in.
    expect(ids(queryRows(rows, index, { readiness: 'ready', programmeWindow: narrow }))).toEqual([
      'late',
    ]);
  });

  it('combines with the search, the status filter and the trash', () => {
    expect(
      ids(
        queryRows(rows, index, {
          query: 'may han',
          readiness: 'not_ready',
          programmeWindow: window2021,
        }),
      ),
    ).toEqual(['draft', 'late']);
    expect(
      ids(
        queryRows(rows, index, {
          status: 'recognised',
          readiness: 'ready',
          programmeWindow: window2021,
        }),
      ),
    ).toEqual(['ok']);
    expect(
      ids(
        queryRows(rows, index, { trashed: true, readiness: 'ready', programmeWindow: window2021 }),
      ),
    ).toEqual(['trashed-ok']);
  });

  it('reads the form problems the row was built with', () => {
    const full = toRow(completeInitiative({ id: 'x', status: 'recognised' }));
    const empty = toRow(completeInitiative({ id: 'y', status: 'recognised', content: '' }));
    const both = [full, empty];
    const f = { readiness: 'ready' as const, programmeWindow: window2021 };
    expect(ids(queryRows(both, buildRowIndex(both), f))).toEqual(['x']);
  });

  // Speed is measured by `npm run bench`, never asserted here; this checks the count at scale.
  it('filters 100,000 rows by readiness', () => {
    const many = Array.from({ length: 100_000 }, (_, k) =>
      row({
        id: `m${k}`,
        status: k % 2 ? 'recognised' : 'submitted',
        formProblems: k % 3 === 0 ? 1 : 0,
      }),
    );
    const big = buildRowIndex(many);
    queryRows(many, big, {}); // sorts once; later calls reuse the order
    const ready = queryRows(many, big, { readiness: 'ready', programmeWindow: window2021 });
    // Odd k and not a multiple of 3.
    expect(ready).toHaveLength(many.filter((_, k) => k % 2 === 1 && k % 3 !== 0).length);
  });
});
