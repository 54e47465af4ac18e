// The dossier's input from the records the app keeps: the selection (initiative ids with their
// rank), the programme, its council session and sheets, the scoring settings and the numbers the
// clerk typed. The award asked for follows the Bằng Lao động sáng tạo thresholds of the programme
// (docs/documents.md); confidential initiatives keep their flag and the builders honour it.
import { certificateCandidate, type BenefitRecord } from '../appraisal/certificate';
import type { AppraisalSettings, Council, ScoreSheet, Session } from '../appraisal/model';
import type { Initiative } from '../model/initiative';
import type { Office } from '../model/office';
import type { Programme } from '../model/programme';
import type { Unit } from '../model/unit';
import type { DossierInput, DossierNumbers, ProposedInitiative } from './input';

export const AWARD_CERTIFICATE = 'Đề nghị tặng Bằng Lao động sáng tạo';
export const AWARD_COMMENDATION = 'Đề nghị biểu dương sáng kiến';

export interface DossierRecords {
  office: Office;
  programme: Pick<Programme, 'name' | 'issuer'>;
  units: readonly Pick<Unit, 'id' | 'name'>[];
  /** The programme's initiatives (those proposed and the rest: the three-year rule looks at all). */
  initiatives: readonly Initiative[];
  /** What the clerk selected to propose upward, with the appraisal's rank. */
  selection: readonly { initiativeId: string; rank: number | null }[];
  council: Council;
  session: Session;
  sheets: readonly ScoreSheet[];
  settings: Pick<AppraisalSettings, 'rubric' | 'certificateThresholds'>;
  numbers: DossierNumbers;
}

const benefitRecord = (i: Initiative): BenefitRecord => ({
  id: i.id,
  authorNames: i.authors.map((a) => a.name),
  economicBenefit: i.economicBenefit,
  firstAppliedOn: i.firstAppliedOn,
});

const byRank = (a: { rank: number | null }, b: { rank: number | null }): number =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);

export const assembleDossierInput = (r: DossierRecords): DossierInput => {
  const live = r.initiatives.filter((i) => i.deletedAt === null);
  const byId = new Map(live.map((i) => [i.id, i]));
  const benefits = live.map(benefitRecord);
  const proposals: ProposedInitiative[] = [...r.selection].sort(byRank).flatMap((s) => {
    const initiative = byId.get(s.initiativeId);
    if (!initiative) return [];
    const candidate = certificateCandidate(
      r.settings.certificateThresholds,
      benefitRecord(initiative),
      benefits,
    );
    return [
      { initiative, rank: s.rank, award: candidate ? AWARD_CERTIFICATE : AWARD_COMMENDATION },
    ];
  });
  return {
    office: r.office,
    programme: { name: r.programme.name, issuer: r.programme.issuer },
    units: r.units.map((u) => ({ id: u.id, name: u.name })),
    proposals,
    considered: r.session.initiativeIds.flatMap((id) => {
      const i = byId.get(id);
      return i ? [{ id, title: i.title }] : [];
    }),
    council: r.council,
    session: r.session,
    sheets: r.sheets,
    rubric: r.settings.rubric,
    numbers: r.numbers,
  };
};
