// The people commended (issue 10, item 5): one row a person × commendation, as the screen lists
// them, the result report prints them and the .xlsx export writes them. A commendation that names
// no author is for the initiative, so every author of it is listed (docs/decisions.md, D41).
import { formatDate } from '../format';
import type { Initiative } from '../model/initiative';
import {
  CERTIFICATE_FORM,
  COMMENDATION_FORM_LABELS,
  COMMENDATION_LEVEL_LABELS,
  COMMENDATION_LEVEL_PHRASES,
  type Commendation,
} from '../model/commendation';
import type { SheetTable } from '../sheets/table';

export interface CommendedPerson {
  commendationId: string;
  initiativeId: string;
  name: string;
  unitName: string;
  initiativeTitle: string;
  level: string;
  /** "cấp tỉnh", as a sentence writes the level. */
  levelPhrase: string;
  form: string;
  decidingBody: string;
  decisionNumber: string;
  /** yyyy-mm-dd. */
  decisionDate: string;
  amount: number | null;
}

type InitiativeFacts = Pick<Initiative, 'id' | 'title' | 'unitId' | 'authors' | 'deletedAt'>;

/** "Số 125/QĐ-LĐLĐ ngày 05/05/2021 của LĐLĐ tỉnh Đồng Nai". */
export const decisionText = (
  c: Pick<Commendation, 'decisionNumber' | 'decisionDate' | 'decidingBody'>,
): string =>
  `Số ${c.decisionNumber} ngày ${formatDate(c.decisionDate)}${c.decidingBody ? ` của ${c.decidingBody}` : ''}`;

/** Newest decision first, then the decision number, so one decision's people stay together. */
const byDecision = (a: Commendation, b: Commendation): number =>
  b.decisionDate.localeCompare(a.decisionDate) ||
  a.decisionNumber.localeCompare(b.decisionNumber, 'vi') ||
  a.createdAt.localeCompare(b.createdAt);

/**
 * Every person × commendation, the initiatives in the trash left out. Named authors no longer on
 * the initiative are left out too; a commendation left with no one lists nobody.
 */
export const commendedPeople = (
  commendations: readonly Commendation[],
  initiatives: readonly InitiativeFacts[],
  unitNames: ReadonlyMap<string, string>,
): CommendedPerson[] => {
  const byId = new Map(initiatives.filter((i) => i.deletedAt === null).map((i) => [i.id, i]));
  return [...commendations].sort(byDecision).flatMap((c) => {
    const initiative = byId.get(c.initiativeId);
    if (!initiative) return [];
    const named = new Set(c.authorIds);
    const authors =
      named.size === 0 ? initiative.authors : initiative.authors.filter((a) => named.has(a.id));
    return authors.map((a) => ({
      commendationId: c.id,
      initiativeId: initiative.id,
      name: a.name,
      unitName: unitNames.get(initiative.unitId) ?? '',
      initiativeTitle: initiative.title,
      level: COMMENDATION_LEVEL_LABELS[c.level],
      levelPhrase: COMMENDATION_LEVEL_PHRASES[c.level],
      form: COMMENDATION_FORM_LABELS[c.form],
      decidingBody: c.decidingBody,
      decisionNumber: c.decisionNumber,
      decisionDate: c.decisionDate,
      amount: c.amount,
    }));
  });
};

/** The initiatives awarded a Bằng Lao động sáng tạo: what the programme's 5–10 target counts. */
export const certificateInitiativeIds = (
  commendations: readonly Pick<Commendation, 'initiativeId' | 'form'>[],
): ReadonlySet<string> =>
  new Set(commendations.filter((c) => c.form === CERTIFICATE_FORM).map((c) => c.initiativeId));

export const COMMENDED_SHEET_NAME = 'Danh sách khen thưởng';

/** The people commended as a spreadsheet, Vietnamese headers, dates and đồng as numbers. */
export const commendedPeopleTable = (people: readonly CommendedPerson[]): SheetTable => ({
  sheetName: COMMENDED_SHEET_NAME,
  columns: [
    { header: 'STT', kind: 'integer', width: 6 },
    { header: 'Họ và tên', kind: 'text', width: 28 },
    { header: 'Đơn vị', kind: 'text', width: 32 },
    { header: 'Tên sáng kiến', kind: 'text', width: 48 },
    { header: 'Cấp khen thưởng', kind: 'text', width: 16 },
    { header: 'Hình thức', kind: 'text', width: 24 },
    { header: 'Số quyết định', kind: 'text', width: 18 },
    { header: 'Ngày quyết định', kind: 'date', width: 14 },
    { header: 'Cơ quan quyết định', kind: 'text', width: 32 },
    { header: 'Tiền thưởng (đồng)', kind: 'money', width: 18 },
  ],
  rows: people.map((p, n) => [
    n + 1,
    p.name,
    p.unitName,
    p.initiativeTitle,
    p.level,
    p.form,
    p.decisionNumber,
    p.decisionDate,
    p.decidingBody,
    p.amount,
  ]),
});
