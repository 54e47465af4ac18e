import { cleanText } from '../text';
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

/**
 * One person across initiatives: a name typed with other spaces, case or Unicode form is the same
 * person ("Lê Văn Tâm " and "lê văn tâm"); the tones are kept, "Tâm" and "Tấm" are two names.
 */
const personKey = (name: string): string => cleanText(name).toLocaleLowerCase('vi');

/**
 * The records of each person, built once per list: the callers ask for every appraised initiative
 * against the same whole register, which a filter per name would scan again each time.
 */
const byPersonOf = new WeakMap<readonly BenefitRecord[], Map<string, BenefitRecord[]>>();
const recordsOf = (all: readonly BenefitRecord[], key: string): readonly BenefitRecord[] => {
  let index = byPersonOf.get(all);
  if (index === undefined) {
    index = new Map();
    for (const r of all)
      for (const k of new Set(r.authorNames.map(personKey))) {
        const held = index.get(k);
        if (held) held.push(r);
        else index.set(k, [r]);
      }
    byPersonOf.set(all, index);
  }
  return index.get(key) ?? [];
};

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
    const mine = recordsOf(all, personKey(author));
    for (let from = y - 2; from <= y; from++) {
      const total = mine
        .filter((r) => {
          const ry = year(r.firstAppliedOn);
          return ry !== null && ry >= from && ry <= from + 2;
        })
        .reduce((s, r) => s + (r.economicBenefit ?? 0), 0);
      if (total >= t.threeYears)
        return { kind: 'threeYears', author: cleanText(author), total, from };
    }
  }
  return null;
};
