import { describe, expect, it } from 'vitest';
import { sharesAreComplete, shareTotal } from '@shared/rules/authors';
import { diffInitiative } from '@shared/rules/initiative-diff';
import { submitProblems } from '@shared/rules/initiative-submit';
import { author, completeInitiative } from './initiative-fixtures';

describe('shareTotal', () => {
  it('adds shares in hundredths, so thirds reach exactly 100', () => {
    const thirds = [author('A', 33.33, 1), author('B', 33.33, 2), author('C', 33.34, 3)];
    expect(shareTotal(thirds)).toBe(100);
    expect(sharesAreComplete(thirds)).toBe(true);
    // Six shares of 14.29 and one of 14.26 add up to 99.99999999999999 in plain floats.
    const six = Array.from({ length: 6 }, (_, n) => author(`T${n}`, 14.29, n + 1));
    expect(sharesAreComplete([...six, author('G', 14.26, 7)])).toBe(true);
    expect(shareTotal([author('A', 0.1, 1), author('B', 0.2, 2)])).toBe(0.3);
  });

  it('is incomplete when short, over, or without authors', () => {
    expect(sharesAreComplete([author('A', 60, 1), author('B', 30, 2)])).toBe(false);
    expect(sharesAreComplete([author('A', 60, 1), author('B', 50, 2)])).toBe(false);
    expect(sharesAreComplete([])).toBe(false);
  });
});

describe('submitProblems', () => {
  it('accepts a complete initiative', () => {
    expect(submitProblems(completeInitiative())).toEqual([]);
  });

  it('names each missing field by its path', () => {
    const problems = submitProblems(
      completeInitiative({
        title: '  ',
        field: '',
        firstAppliedOn: null,
        economicBenefit: null,
        socialBenefit: '',
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'title',
      'field',
      'firstAppliedOn',
      'economicBenefit',
    ]);
    expect(problems[0]!.message).toBe('Chưa nhập: Tên sáng kiến');
  });

  it('accepts social benefit instead of money', () => {
    const i = completeInitiative({ economicBenefit: null, socialBenefit: 'Giảm tai nạn' });
    expect(submitProblems(i)).toEqual([]);
  });

  it('checks authors: at least one, each named, shares summing to 100', () => {
    expect(submitProblems(completeInitiative({ authors: [] }))).toEqual([
      { path: 'authors', message: 'Cần ít nhất một tác giả' },
    ]);
    const problems = submitProblems(
      completeInitiative({ authors: [author('An', 50, 1), author(' ', 40, 2)] }),
    );
    expect(problems).toEqual([
      { path: 'authors.1.name', message: 'Tác giả thứ 2: chưa nhập họ tên' },
      {
        path: 'authors',
        message: 'Tổng tỷ lệ đóng góp của các tác giả phải là 100% (hiện là 90%)',
      },
    ]);
  });
});

describe('diffInitiative', () => {
  it('lists changed fields with labels and shown values', () => {
    const before = completeInitiative();
    const after = completeInitiative({
      title: 'Máy hàn mới',
      economicBenefit: 1_250_000,
      firstAppliedOn: '2021-04-20',
      confidential: true,
      authors: [author('Nguyễn Văn An', 60), author('Lê Thị Hoa', 40, 1)],
    });
    expect(diffInitiative(before, after)).toEqual([
      {
        field: 'title',
        label: 'Tên sáng kiến',
        before: 'Cải tiến máy hàn tự động',
        after: 'Máy hàn mới',
      },
      {
        field: 'authors',
        label: 'Tác giả, đồng tác giả',
        before: 'Nguyễn Văn An (100%)',
        after: 'Nguyễn Văn An (60%); Lê Thị Hoa (40%)',
      },
      {
        field: 'firstAppliedOn',
        label: 'Ngày áp dụng lần đầu',
        before: '01/03/2021',
        after: '20/04/2021',
      },
      {
        field: 'economicBenefit',
        label: 'Giá trị làm lợi (đồng/năm)',
        before: '125.000.000 đ',
        after: '1.250.000 đ',
      },
      { field: 'confidential', label: 'Sáng kiến mật', before: 'Không', after: 'Có' },
    ]);
  });

  it('shows status moves by their Vietnamese labels', () => {
    const before = completeInitiative();
    expect(diffInitiative(before, { ...before, status: 'submitted' })).toEqual([
      { field: 'status', label: 'Trạng thái', before: 'Nháp', after: 'Đã nộp' },
    ]);
  });

  it('is empty for identical records and clips long text', () => {
    expect(diffInitiative(completeInitiative(), completeInitiative())).toEqual([]);
    const long = 'x'.repeat(1000);
    const [c] = diffInitiative(completeInitiative(), completeInitiative({ content: long }));
    expect(c!.after).toHaveLength(301);
    expect(c!.after.endsWith('…')).toBe(true);
  });
});
