// What the result report (issue 10, item 2) is built from: the dashboard's figures, the programme's
// recognised and proposed initiatives and the people commended. The renderer gathers it from the
// register in memory; the sample (shared/sample/) and scripts assemble it from plain records.
import {
  commendedPeople,
  certificateInitiativeIds,
  type CommendedPerson,
} from '../commendations/people';
import {
  dashboardFigures,
  type DashboardFigures,
  type DashboardProgramme,
} from '../dashboard/figures';
import type { Commendation } from '../model/commendation';
import type { Initiative, InitiativeStatus } from '../model/initiative';
import type { Office } from '../model/office';

/** The report's number and date, as the clerk types them. */
export interface ResultReportNumbers {
  /** "15/BC-LĐLĐ", without "Số: "; empty for a report not yet numbered. */
  number: string;
  /** yyyy-mm-dd. */
  date: string;
}

/** What the report prints of an initiative. */
export type ReportInitiative = Pick<
  Initiative,
  'id' | 'title' | 'unitId' | 'field' | 'status' | 'authors' | 'economicBenefit' | 'confidential'
>;

export interface ResultReportInput {
  office: Office;
  programme: { name: string };
  numbers: ResultReportNumbers;
  figures: DashboardFigures;
  unitNames: ReadonlyMap<string, string>;
  /** The recognised, proposed and commended initiatives, trash left out, in any order. */
  initiatives: readonly ReportInitiative[];
  people: readonly CommendedPerson[];
}

/** Statuses the report lists: recognised by the council, and those gone further since. */
const LISTED: ReadonlySet<InitiativeStatus> = new Set(['recognised', 'proposed', 'commended']);

export const isListedInReport = (status: InitiativeStatus): boolean => LISTED.has(status);

/** The report's input from whole records: the figures computed as the dashboard computes them. */
export const assembleReportInput = (r: {
  office: Office;
  programme: DashboardProgramme & { name: string };
  units: readonly { id: string; name: string }[];
  /** The programme's initiatives, the trash included (it is left out here). */
  initiatives: readonly Initiative[];
  commendations: readonly Commendation[];
  /** The appraisal's Bằng LĐST candidates, when known. */
  candidateIds?: ReadonlySet<string>;
  numbers: ResultReportNumbers;
}): ResultReportInput => {
  const live = r.initiatives.filter((i) => i.deletedAt === null);
  const unitNames = new Map(r.units.map((u) => [u.id, u.name]));
  const figures = dashboardFigures({
    programme: r.programme,
    rows: live.map((i) => ({
      id: i.id,
      unitId: i.unitId,
      field: i.field,
      status: i.status,
      economicBenefit: i.economicBenefit,
      trashed: 0,
    })),
    candidateIds: r.candidateIds ?? new Set(),
    certificateIds: certificateInitiativeIds(r.commendations),
    today: r.numbers.date,
  });
  return {
    office: r.office,
    programme: { name: r.programme.name },
    numbers: r.numbers,
    figures,
    unitNames,
    initiatives: live.filter((i) => isListedInReport(i.status)),
    people: commendedPeople(r.commendations, live, unitNames),
  };
};
