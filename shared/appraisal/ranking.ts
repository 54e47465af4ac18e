export interface Rankable {
  id: string;
  unitId: string;
  average: number | null;
  economicBenefit: number | null;
  firstAppliedOn: string | null;
}

/** The stated tie rule (issue 3): higher average, then higher economic benefit, then earlier first application. */
export const TIE_RULE =
  'Bằng điểm thì xếp theo giá trị làm lợi cao hơn, rồi theo ngày áp dụng lần đầu sớm hơn.';

export const compareForRank = (a: Rankable, b: Rankable): number =>
  (b.average ?? -1) - (a.average ?? -1) ||
  (b.economicBenefit ?? -1) - (a.economicBenefit ?? -1) ||
  (a.firstAppliedOn ?? '9999').localeCompare(b.firstAppliedOn ?? '9999');

/**
 * Ranks within the programme and within each unit; unscored initiatives get no rank. Entries
 * still equal after the tie rule share a rank (1, 2, 2, 4).
 */
export const rank = (
  items: readonly Rankable[],
): Map<string, { overall: number; inUnit: number }> => {
  const scored = items.filter((i) => i.average !== null).sort(compareForRank);
  const out = new Map<string, { overall: number; inUnit: number }>();
  const place = (list: Rankable[], key: 'overall' | 'inUnit') => {
    list.forEach((item, n) => {
      const prev = list[n - 1];
      const prevPlace = prev ? out.get(prev.id)?.[key] : undefined;
      const value =
        prev && prevPlace !== undefined && compareForRank(prev, item) === 0 ? prevPlace : n + 1;
      const current = out.get(item.id) ?? { overall: 0, inUnit: 0 };
      out.set(item.id, { ...current, [key]: value });
    });
  };
  place(scored, 'overall');
  const byUnit = new Map<string, Rankable[]>();
  for (const i of scored) byUnit.set(i.unitId, [...(byUnit.get(i.unitId) ?? []), i]);
  for (const list of byUnit.values()) place(list, 'inUnit');
  return out;
};
