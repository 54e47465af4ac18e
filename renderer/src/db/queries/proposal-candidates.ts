// "Đề xuất lên cấp trên": the recognised and proposed initiatives of a programme, grouped by the
// unit proposing them, with their rank (in the programme and in the unit) and the dossier check.
import { readinessProblems, type ReadinessProblem } from '@shared/appraisal/readiness';
import { recognisedOf } from '@shared/domain/lifecycle';
import type { Initiative } from '@shared/model/initiative';
import { DEFAULT_QUOTA_PER_UNIT, type Proposal } from '@shared/rules/quota';
import { compareVi } from '@shared/text';
import type { DeskDb } from '../database';
import { loadProgrammeResults } from './programme-results';
import { loadReadinessInputs } from './readiness';

export interface Candidate {
  id: string;
  title: string;
  unitId: string;
  proposed: boolean;
  rank: { overall: number; inUnit: number } | null;
  /** Empty when the initiative may be proposed. */
  problems: ReadinessProblem[];
}

export interface UnitCandidates {
  unitId: string;
  unitName: string;
  candidates: Candidate[];
  proposedCount: number;
}

export interface ProposalScreenData {
  quota: number;
  units: UnitCandidates[];
}

/** The statuses this screen works with: recognised, and proposed upward. */
export const isCandidateStatus = (i: Pick<Initiative, 'status' | 'deletedAt'>): boolean =>
  i.deletedAt === null && (i.status === 'recognised' || i.status === 'proposed');

const byRank = (a: Candidate, b: Candidate): number =>
  (a.rank?.inUnit ?? Number.MAX_SAFE_INTEGER) - (b.rank?.inUnit ?? Number.MAX_SAFE_INTEGER) ||
  compareVi(a.title, b.title);

/** What the dossier check says of one record, with the council's conclusion its status tells. */
export const problemsOf = async (db: DeskDb, i: Initiative): Promise<ReadinessProblem[]> =>
  readinessProblems({ ...(await loadReadinessInputs(db, i)), recognised: recognisedOf(i.status) });

/** The candidates of a programme, and the initiatives already proposed as the quota rule sees them. */
export const loadProposalScreen = async (
  db: DeskDb,
  programmeId: string,
): Promise<ProposalScreenData> => {
  const [programme, records] = await Promise.all([
    db.programmes.get(programmeId),
    db.initiatives.where('programmeId').equals(programmeId).toArray(),
  ]);
  const view = await loadProgrammeResults(db, programmeId, records);
  const live = records.filter(isCandidateStatus);
  const candidates = await Promise.all(
    live.map(async (i): Promise<Candidate> => ({
      id: i.id,
      title: i.title,
      unitId: i.unitId,
      proposed: i.status === 'proposed',
      rank: view.results.get(i.id)?.rank ?? null,
      problems: await problemsOf(db, i),
    })),
  );
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) groups.set(c.unitId, [...(groups.get(c.unitId) ?? []), c]);
  const units = [...groups].map(([unitId, list]) => ({
    unitId,
    unitName: view.unitNames.get(unitId) ?? 'Đơn vị chưa rõ',
    candidates: list.sort(byRank),
    proposedCount: list.filter((c) => c.proposed).length,
  }));
  return {
    quota: programme?.quotaPerUnit ?? DEFAULT_QUOTA_PER_UNIT,
    units: units.sort((a, b) => compareVi(a.unitName, b.unitName)),
  };
};

/** The ranks of a programme's initiatives, for the quota's message naming the places' holders. */
export const proposalOf = (
  i: Pick<Initiative, 'id' | 'unitId' | 'title'>,
  rank: number | null,
): Proposal => ({ initiativeId: i.id, unitId: i.unitId, title: i.title, rank });
