import type { Initiative, InitiativeStatus } from '@shared/model/initiative';
import { submitProblems } from '@shared/rules/initiative-submit';

/** What the register list shows of an initiative: small, so 100,000 of them load quickly. */
export interface InitiativeRow {
  id: string;
  programmeId: string;
  unitId: string;
  title: string;
  field: string;
  status: InitiativeStatus;
  authorNames: string[];
  economicBenefit: number | null;
  firstAppliedOn: string | null;
  updatedAt: string;
  /** 1 when in the trash; a number, because IndexedDB cannot index booleans. */
  trashed: 0 | 1;
  /** How many required fields are missing or wrong (the readiness badge, without the full record). */
  formProblems: number;
}

export const toRow = (i: Initiative): InitiativeRow => ({
  id: i.id,
  programmeId: i.programmeId,
  unitId: i.unitId,
  title: i.title,
  field: i.field,
  status: i.status,
  authorNames: i.authors.map((a) => a.name),
  economicBenefit: i.economicBenefit,
  firstAppliedOn: i.firstAppliedOn,
  updatedAt: i.updatedAt,
  trashed: i.deletedAt ? 1 : 0,
  formProblems: submitProblems(i).length,
});
