// Results of a programme's appraisal, computed from sessions and sheets (never stored twice).
import type { Session } from './model';
import type { CertificateThresholds, Rubric } from './rubric';
import {
  aggregate,
  conclude,
  gradeOf,
  type Aggregate,
  type Conclusion,
  type SheetLike,
} from './results';
import { rank } from './ranking';
import { certificateCandidate, type CandidateReason } from './certificate';

export interface ResultInitiative {
  id: string;
  unitId: string;
  authorNames: readonly string[];
  economicBenefit: number | null;
  firstAppliedOn: string | null;
}

export interface ResultSheet extends SheetLike {
  sessionId: string;
  initiativeId: string;
}

export interface InitiativeResult extends Aggregate {
  sessionId: string;
  /** The closed session's recorded conclusion, or the provisional one while it is open. */
  conclusion: Conclusion | null;
  final: boolean;
  grade: string | null;
  rank: { overall: number; inUnit: number } | null;
  candidate: CandidateReason | null;
  expectedSheets: number;
}

/** The session that decides an initiative: the latest one (by date, then creation) that considered it. */
export const decidingSessions = (sessions: readonly Session[]): Map<string, Session> => {
  const ordered = [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const out = new Map<string, Session>();
  for (const s of ordered) for (const id of s.initiativeIds) out.set(id, s);
  return out;
};

export const programmeResults = (input: {
  rubric: Rubric;
  thresholds: CertificateThresholds;
  sessions: readonly Session[];
  sheets: readonly ResultSheet[];
  initiatives: readonly ResultInitiative[];
}): Map<string, InitiativeResult> => {
  const deciding = decidingSessions(input.sessions);
  const byId = new Map(input.initiatives.map((i) => [i.id, i]));
  const partial = new Map<string, Omit<InitiativeResult, 'rank'>>();
  for (const [initiativeId, session] of deciding) {
    const initiative = byId.get(initiativeId);
    if (!initiative) continue;
    const sheets = input.sheets.filter(
      (s) =>
        s.sessionId === session.id &&
        s.initiativeId === initiativeId &&
        session.presentMemberIds.includes(s.memberId),
    );
    const agg = aggregate(input.rubric, sheets);
    const expected = session.presentMemberIds.length;
    const recorded = session.closed ? session.conclusions[initiativeId] : undefined;
    partial.set(initiativeId, {
      ...agg,
      sessionId: session.id,
      conclusion: recorded ?? conclude(input.rubric, sheets, expected),
      final: recorded !== undefined,
      grade: gradeOf(input.rubric, agg.average),
      candidate: certificateCandidate(input.thresholds, initiative, input.initiatives),
      expectedSheets: expected,
    });
  }
  const ranks = rank(
    [...partial.entries()].map(([id, r]) => {
      const i = byId.get(id)!;
      return {
        id,
        unitId: i.unitId,
        average: r.average,
        economicBenefit: i.economicBenefit,
        firstAppliedOn: i.firstAppliedOn,
      };
    }),
  );
  return new Map(
    [...partial.entries()].map(([id, r]) => [id, { ...r, rank: ranks.get(id) ?? null }]),
  );
};
