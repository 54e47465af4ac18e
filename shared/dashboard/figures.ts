// The programme's dashboard (issue 10): progress to its targets, counts by field, unit and status,
// economic benefit and the days left to the deadline, computed from the register's list rows in
// one pass (100,000 rows well within 200 ms), never stored.
import type { Programme } from '../model/programme';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../model/initiative';
import { daysBetween } from '../format';

/** What the figures read of a list row. */
export interface DashboardRow {
  id: string;
  unitId: string;
  field: string;
  status: InitiativeStatus;
  economicBenefit: number | null;
  /** 1 when in the trash: not counted. */
  trashed: 0 | 1;
}

export type DashboardProgramme = Pick<
  Programme,
  'deadline' | 'targetInitiatives' | 'targetCertificatesMin' | 'targetCertificatesMax' | 'fields'
>;

/** How close the deadline is: calm, near (a month), urgent (a week), closed (past it). */
export type DeadlineLevel = 'calm' | 'near' | 'urgent' | 'closed';

export interface DeadlineFigure {
  deadline: string;
  /** Whole days from today to the deadline; 0 on the deadline itself, negative after it. */
  daysLeft: number;
  level: DeadlineLevel;
}

export interface CountBy<K extends string> {
  key: K;
  count: number;
}

export interface UnitFigure {
  unitId: string;
  count: number;
  recognised: number;
  /** Economic benefit of the unit's recorded initiatives, whole đồng. */
  benefit: number;
}

export interface DashboardFigures {
  /** Initiatives in the register (the trash left out), against the programme's target. */
  recorded: number;
  target: number;
  /** recorded / target, 0 when no target is set; may exceed 1. */
  progress: number;
  /** Recognised by the council, those proposed or commended since included. */
  recognised: number;
  /** Proposed to the level above, those commended since included. */
  proposed: number;
  /** Recognised initiatives that are Bằng Lao động sáng tạo candidates by the thresholds. */
  certificateCandidates: number;
  /**
   * Initiatives awarded a Bằng Lao động sáng tạo by a recorded commendation (the commendations
   * table), against the programme's min–max (docs/decisions.md, D42).
   */
  certificatesAwarded: number;
  certificatesMin: number;
  certificatesMax: number;
  certificates: 'below' | 'within' | 'above';
  byStatus: Record<InitiativeStatus, number>;
  /** The programme's fields in its order (zeros included), then any other field by name. */
  byField: CountBy<string>[];
  /** Units with at least one initiative, most initiatives first. */
  byUnit: UnitFigure[];
  /** Economic benefit of every recorded initiative, whole đồng. */
  benefit: number;
  /** Economic benefit of the recognised ones. */
  recognisedBenefit: number;
  deadline: DeadlineFigure;
}

const RECOGNISED: ReadonlySet<InitiativeStatus> = new Set(['recognised', 'proposed', 'commended']);
const PROPOSED: ReadonlySet<InitiativeStatus> = new Set(['proposed', 'commended']);

/** Days before the deadline at which the warning becomes "near" and "urgent" (the programme
 * bar turns red at the same 7 days). */
export const NEAR_DAYS = 30;
export const URGENT_DAYS = 7;

/** Days left to a deadline seen on `today` (both yyyy-mm-dd), and how loudly to warn. */
export const deadlineFigure = (deadline: string, today: string): DeadlineFigure => {
  const daysLeft = daysBetween(today, deadline);
  const level: DeadlineLevel =
    daysLeft < 0
      ? 'closed'
      : daysLeft <= URGENT_DAYS
        ? 'urgent'
        : daysLeft <= NEAR_DAYS
          ? 'near'
          : 'calm';
  return { deadline, daysLeft, level };
};

export const dashboardFigures = (input: {
  programme: DashboardProgramme;
  rows: readonly DashboardRow[];
  /** Ids of the initiatives the appraisal results name as Bằng LĐST candidates. */
  candidateIds: ReadonlySet<string>;
  /** Ids of the initiatives a recorded commendation awards a Bằng LĐST. */
  certificateIds: ReadonlySet<string>;
  /** The clerk's calendar day, yyyy-mm-dd. */
  today: string;
}): DashboardFigures => {
  const { programme, rows, candidateIds, certificateIds } = input;
  const byStatus = Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s, 0])) as Record<
    InitiativeStatus,
    number
  >;
  const fields = new Map<string, number>(programme.fields.map((f) => [f, 0]));
  const units = new Map<string, UnitFigure>();
  let recorded = 0;
  let recognised = 0;
  let proposed = 0;
  let candidates = 0;
  let awarded = 0;
  let benefit = 0;
  let recognisedBenefit = 0;
  for (const row of rows) {
    if (row.trashed === 1) continue;
    recorded += 1;
    byStatus[row.status] += 1;
    fields.set(row.field, (fields.get(row.field) ?? 0) + 1);
    let unit = units.get(row.unitId);
    if (!unit)
      units.set(row.unitId, (unit = { unitId: row.unitId, count: 0, recognised: 0, benefit: 0 }));
    const money = row.economicBenefit ?? 0;
    unit.count += 1;
    unit.benefit += money;
    benefit += money;
    if (RECOGNISED.has(row.status)) {
      recognised += 1;
      unit.recognised += 1;
      recognisedBenefit += money;
      if (candidateIds.has(row.id)) candidates += 1;
    }
    if (PROPOSED.has(row.status)) proposed += 1;
    if (certificateIds.has(row.id)) awarded += 1;
  }
  const known = new Set(programme.fields);
  const others = [...fields.keys()]
    .filter((f) => !known.has(f))
    .sort((a, b) => a.localeCompare(b, 'vi'));
  const byField = [...programme.fields, ...others].map((key) => ({
    key,
    count: fields.get(key) ?? 0,
  }));
  const byUnit = [...units.values()].sort(
    (a, b) => b.count - a.count || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  );
  const {
    targetInitiatives: target,
    targetCertificatesMin: min,
    targetCertificatesMax: max,
  } = programme;
  return {
    recorded,
    target,
    progress: target > 0 ? recorded / target : 0,
    recognised,
    proposed,
    certificateCandidates: candidates,
    certificatesAwarded: awarded,
    certificatesMin: min,
    certificatesMax: max,
    certificates: awarded < min ? 'below' : awarded > max ? 'above' : 'within',
    byStatus,
    byField,
    byUnit,
    benefit,
    recognisedBenefit,
    deadline: deadlineFigure(programme.deadline, input.today),
  };
};
