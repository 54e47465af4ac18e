import { describe, expect, it } from 'vitest';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@shared/model/initiative';
import {
  isRowReady,
  outsideWindow,
  rowBlockers,
  type ReadinessRow,
} from '@shared/appraisal/row-readiness';

const window2021 = { firstAppliedFrom: '2021-02-01', firstAppliedTo: '2021-05-31' };
const row = (extra: Partial<ReadinessRow> = {}): ReadinessRow => ({
  status: 'recognised',
  firstAppliedOn: '2021-03-15',
  formProblems: 0,
  ...extra,
});
const messages = (r: ReadinessRow, w: typeof window2021 | null = window2021) =>
  rowBlockers(r, w).map((b) => b.message);

describe('rowBlockers', () => {
  it('finds nothing for a complete, recognised row inside the window', () => {
    expect(rowBlockers(row(), window2021)).toEqual([]);
    expect(isRowReady(row(), window2021)).toBe(true);
  });

  it.each<[InitiativeStatus, string | null]>([
    ['draft', 'Chưa nộp'],
    ['submitted', 'Chưa đưa ra Hội đồng'],
    ['appraising', 'Hội đồng chưa kết luận'],
    ['not_recognised', 'Hội đồng không công nhận'],
    ['recognised', null],
    ['proposed', null],
    ['commended', null],
  ])('status %s blocks with %s', (status, message) => {
    const r = row({ status });
    expect(messages(r)).toEqual(message ? [message] : []);
    expect(rowBlockers(r, window2021).map((b) => b.code)).toEqual(message ? ['status'] : []);
    expect(isRowReady(r, window2021)).toBe(message === null);
  });

  it('counts the form problems as one blocker', () => {
    expect(rowBlockers(row({ formProblems: 3 }), window2021)).toEqual([
      { code: 'form', message: 'Còn 3 mục chưa hoàn chỉnh' },
    ]);
    expect(isRowReady(row({ formProblems: 1 }), window2021)).toBe(false);
  });

  it('blocks a first-application date before or after the window, not on its edges', () => {
    expect(messages(row({ firstAppliedOn: '2021-01-31' }))).toEqual([
      'Ngày áp dụng lần đầu 31/01/2021 nằm ngoài khoảng chương trình cho phép (01/02/2021 – 31/05/2021)',
    ]);
    expect(rowBlockers(row({ firstAppliedOn: '2021-06-01' }), window2021)[0]?.code).toBe(
      'outside_window',
    );
    expect(isRowReady(row({ firstAppliedOn: '2021-06-01' }), window2021)).toBe(false);
    expect(isRowReady(row({ firstAppliedOn: '2021-02-01' }), window2021)).toBe(true);
    expect(isRowReady(row({ firstAppliedOn: '2021-05-31' }), window2021)).toBe(true);
  });

  it('checks only the ends of the window that are set', () => {
    const from = { firstAppliedFrom: '2021-02-01', firstAppliedTo: null };
    const to = { firstAppliedFrom: null, firstAppliedTo: '2021-05-31' };
    expect(outsideWindow('2030-01-01', from)).toBe(false);
    expect(outsideWindow('2020-01-01', from)).toBe(true);
    expect(outsideWindow('2020-01-01', to)).toBe(false);
    expect(outsideWindow('2030-01-01', to)).toBe(true);
    expect(rowBlockers(row({ firstAppliedOn: '2030-01-01' }), to)[0]?.message).toBe(
      'Ngày áp dụng lần đầu 01/01/2030 nằm ngoài khoảng chương trình cho phép (… – 31/05/2021)',
    );
    expect(outsideWindow('2030-01-01', { firstAppliedFrom: null, firstAppliedTo: null })).toBe(
      false,
    );
  });

  it('leaves a missing date or an unknown programme to the other checks', () => {
    // No date: the form problems already count it.
    expect(outsideWindow(null, window2021)).toBe(false);
    expect(messages(row({ firstAppliedOn: null, formProblems: 1 }))).toEqual([
      'Còn 1 mục chưa hoàn chỉnh',
    ]);
    expect(isRowReady(row({ firstAppliedOn: '1999-01-01' }), null)).toBe(true);
    expect(isRowReady(row({ firstAppliedOn: '1999-01-01' }), undefined)).toBe(true);
  });

  it('lists every blocker at once, form first, status last', () => {
    expect(
      messages(row({ status: 'draft', formProblems: 2, firstAppliedOn: '2022-01-01' })),
    ).toEqual([
      'Còn 2 mục chưa hoàn chỉnh',
      'Ngày áp dụng lần đầu 01/01/2022 nằm ngoài khoảng chương trình cho phép (01/02/2021 – 31/05/2021)',
      'Chưa nộp',
    ]);
  });

  it('isRowReady agrees with rowBlockers on every combination', () => {
    for (const status of INITIATIVE_STATUSES)
      for (const formProblems of [0, 1, 5])
        for (const firstAppliedOn of [null, '2021-01-01', '2021-03-01', '2021-07-01'])
          for (const w of [window2021, null]) {
            const r = row({ status, formProblems, firstAppliedOn });
            expect(isRowReady(r, w)).toBe(rowBlockers(r, w).length === 0);
          }
  });
});
