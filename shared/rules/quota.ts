// The quota of proposals upward: at most `quota` initiatives per proposing unit (default 3, a
// programme setting — docs/domain.md). An office that consolidates many units applies it per unit.

export const DEFAULT_QUOTA_PER_UNIT = 3;

/** An initiative already proposed upward, or a candidate for it. */
export interface Proposal {
  initiativeId: string;
  unitId: string;
  title: string;
  /** Rank from the appraisal (1 is best), null when unranked. */
  rank: number | null;
}

export type QuotaDecision =
  | { allowed: true; alreadyProposed: boolean; placesLeft: number }
  | { allowed: false; holders: Proposal[]; message: string };

const byRank = (a: Proposal, b: Proposal): number =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);

const describeHolder = (p: Proposal): string =>
  p.rank === null ? `"${p.title}"` : `"${p.title}" (hạng ${p.rank})`;

/** The proposals of one unit, best rank first. */
export const proposalsOfUnit = (proposals: readonly Proposal[], unitId: string): Proposal[] =>
  proposals.filter((p) => p.unitId === unitId).sort(byRank);

/**
 * May `candidate` be proposed beside `proposals`? Proposing one already in the list is allowed
 * (nothing changes). When the unit's places are taken, the message names the initiatives holding
 * them and says what to do next.
 */
export const mayPropose = (
  proposals: readonly Proposal[],
  candidate: Proposal,
  quota: number = DEFAULT_QUOTA_PER_UNIT,
): QuotaDecision => {
  const mine = proposalsOfUnit(proposals, candidate.unitId);
  if (mine.some((p) => p.initiativeId === candidate.initiativeId))
    return { allowed: true, alreadyProposed: true, placesLeft: Math.max(0, quota - mine.length) };
  if (mine.length < quota)
    return { allowed: true, alreadyProposed: false, placesLeft: quota - mine.length - 1 };
  const names = mine.map(describeHolder).join(', ');
  return {
    allowed: false,
    holders: mine,
    message: `Đơn vị đã đề xuất đủ ${quota} sáng kiến (hạn mức mỗi đơn vị): ${names}. Muốn đề xuất "${candidate.title}", hãy bỏ chọn một sáng kiến trong số đó trước.`,
  };
};
