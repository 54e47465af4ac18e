import type { CertificateThresholds } from './rubric';

export interface BenefitRecord {
  id: string;
  authorNames: readonly string[];
  economicBenefit: number | null;
  firstAppliedOn: string | null;
}

export type CandidateReason =
  | { kind: 'single'; amount: number }
  | { kind: 'threeYears'; author: string; total: number; from: number };

const year = (iso: string | null): number | null => (iso ? Number(iso.slice(0, 4)) : null);

/**
 * Is an initiative a candidate for the Bằng Lao động sáng tạo? One solution at or above the single
 * threshold, or an author whose solutions over three consecutive years (including this one's year)
 * reach the three-year threshold (thresholds are programme settings; docs/domain.md, Bằng LĐST).
 */
export const certificateCandidate = (
  t: CertificateThresholds,
  target: BenefitRecord,
  all: readonly BenefitRecord[],
): CandidateReason | null => {
  const own = target.economicBenefit ?? 0;
  if (own >= t.single && t.single > 0) return { kind: 'single', amount: own };
  const y = year(target.firstAppliedOn);
  if (y === null || t.threeYears <= 0) return null;
  for (const author of target.authorNames) {
    const mine = all.filter((r) => r.authorNames.includes(author));
    for (let from = y - 2; from <= y; from++) {
      const total = mine
        .filter((r) => {
          const ry = year(r.firstAppliedOn);
          return ry !== null && ry >= from && ry <= from + 2;
        })
        .reduce((s, r) => s + (r.economicBenefit ?? 0), 0);
      if (total >= t.threeYears) return { kind: 'threeYears', author, total, from };
    }
  }
  return null;
};
