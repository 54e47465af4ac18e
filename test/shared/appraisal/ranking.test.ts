import { describe, expect, it } from 'vitest';
import { rank } from '@shared/appraisal/ranking';
import { certificateCandidate } from '@shared/appraisal/certificate';
import { DEFAULT_CERTIFICATE_THRESHOLDS as T } from '@shared/appraisal/rubric';

const item = (
  id: string,
  unitId: string,
  average: number | null,
  economicBenefit: number | null,
  firstAppliedOn: string,
) => ({
  id,
  unitId,
  average,
  economicBenefit,
  firstAppliedOn,
});

describe('ranking', () => {
  it('ranks by average, breaking ties by benefit then earlier first application', () => {
    const r = rank([
      item('low', 'u1', 60, 0, '2021-02-01'),
      item('tieLate', 'u2', 80, 5_000_000, '2021-03-01'),
      item('tieEarly', 'u1', 80, 5_000_000, '2021-02-15'),
      item('tieRich', 'u2', 80, 9_000_000, '2021-04-01'),
      item('unscored', 'u1', null, 1e9, '2021-01-01'),
    ]);
    expect(r.get('tieRich')).toEqual({ overall: 1, inUnit: 1 });
    expect(r.get('tieEarly')).toEqual({ overall: 2, inUnit: 1 });
    expect(r.get('tieLate')).toEqual({ overall: 3, inUnit: 2 });
    expect(r.get('low')).toEqual({ overall: 4, inUnit: 2 });
    expect(r.has('unscored')).toBe(false);
  });

  it('gives entries equal under the whole rule the same rank', () => {
    const r = rank([
      item('a', 'u', 70, 1, '2021-02-01'),
      item('b', 'u', 70, 1, '2021-02-01'),
      item('c', 'u', 50, 1, '2021-02-01'),
    ]);
    expect([r.get('a')?.overall, r.get('b')?.overall, r.get('c')?.overall]).toEqual([1, 1, 3]);
  });
});

describe('Creative Labour certificate candidates', () => {
  const rec = (id: string, names: string[], benefit: number, date: string) => ({
    id,
    authorNames: names,
    economicBenefit: benefit,
    firstAppliedOn: date,
  });

  it('flags one solution at 80,000,000 đ and not below', () => {
    expect(certificateCandidate(T, rec('a', ['An'], 80_000_000, '2021-03-01'), [])).toEqual({
      kind: 'single',
      amount: 80_000_000,
    });
    expect(certificateCandidate(T, rec('a', ['An'], 79_999_999, '2021-03-01'), [])).toBeNull();
  });

  it('flags an author whose solutions over three consecutive years reach 120,000,000 đ', () => {
    const all = [
      rec('a', ['Lê Văn Tâm'], 50_000_000, '2019-05-01'),
      rec('b', ['Lê Văn Tâm', 'Hà'], 40_000_000, '2020-05-01'),
      rec('c', ['Lê Văn Tâm'], 30_000_000, '2021-03-01'),
      rec('d', ['Lê Văn Tâm'], 70_000_000, '2017-03-01'),
    ];
    expect(certificateCandidate(T, all[2]!, all)).toEqual({
      kind: 'threeYears',
      author: 'Lê Văn Tâm',
      total: 120_000_000,
      from: 2019,
    });
    // 2017 is outside any three-year window that holds 2021.
    expect(
      certificateCandidate(
        T,
        all[2]!,
        all.filter((r) => r.id !== 'a'),
      ),
    ).toBeNull();
  });

  it('counts an author typed with other spaces, case or Unicode form as the same person', () => {
    const all = [
      rec('a', ['Lê Văn Tâm '], 50_000_000, '2019-05-01'),
      rec('b', ['lê  văn tâm'.normalize('NFD'), 'Hà'], 40_000_000, '2020-05-01'),
      rec('c', ['Lê Văn Tâm'], 30_000_000, '2021-03-01'),
      // Another person: the tones tell names apart.
      rec('d', ['Lê Văn Tấm'], 40_000_000, '2020-06-01'),
    ];
    expect(certificateCandidate(T, all[2]!, all)).toEqual({
      kind: 'threeYears',
      author: 'Lê Văn Tâm',
      total: 120_000_000,
      from: 2019,
    });
    expect(
      certificateCandidate(
        T,
        all[2]!,
        all.filter((r) => r.id !== 'a'),
      ),
    ).toBeNull();
  });
});
