// Pieces several documents of the dossier share: the header of the office, the signer, the
// confidential rule, file names.
import type { ScoreSheet } from '../appraisal/model';
import { aggregate, type Aggregate } from '../appraisal/results';
import { documentDateLine, formatDate } from '../format';
import type { Author, Initiative } from '../model/initiative';
import type { DossierInput, ProposedInitiative } from './input';
import type { AdminHeader, Signer } from './model';

const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** The office's header: parent body upright, the office in bold, both in capitals. */
export const officeHeader = (
  input: Pick<DossierInput, 'office'>,
  numberLine: string,
  date: string,
  subjectLine = '',
): AdminHeader => ({
  kind: 'adminHeader',
  parentBody: upper(input.office.parentBody),
  issuingBody: upper(input.office.unitName),
  numberLine: numberLine === '' ? '' : `Số: ${numberLine}`,
  subjectLine,
  dateLine: documentDateLine(input.office.place, date),
});

/** A grassroots union signs for its executive committee, higher levels for their standing committee. */
export const officeSigner = (input: Pick<DossierInput, 'office'>): Signer => ({
  authority: [
    input.office.kind === 'cdcs' ? 'TM. BAN CHẤP HÀNH' : 'TM. BAN THƯỜNG VỤ',
    upper(input.office.chairTitle),
  ],
  note: '',
  name: input.office.chairName,
});

export const DEFAULT_RECIPIENTS = ['- Như trên;', '- Lưu: VT.'];

export const unitName = (input: DossierInput, unitId: string): string =>
  input.units.find((u) => u.id === unitId)?.name ?? '';

export const authorNames = (authors: readonly Author[]): string =>
  authors.map((a) => a.name).join(', ');

/** Confidential initiatives show only the name, the summary of the effect and the award. */
export const isConfidential = (i: Initiative): boolean => i.confidential;

export const CONFIDENTIAL_NOTE =
  'Sáng kiến mật: theo quy định chỉ nêu tên, tóm tắt hiệu quả và mức khen đề nghị.';

/** The year the initiative was first applied, as the summary list writes it. */
export const appliedSince = (i: Initiative): string =>
  i.firstAppliedOn ? `Từ ${formatDate(i.firstAppliedOn)}` : '';

/** The council's figures for every initiative at once, grouping the sheets in one pass. */
export const resultsOf = (input: DossierInput): ((initiativeId: string) => Aggregate) => {
  const groups = new Map<string, ScoreSheet[]>();
  for (const s of input.sheets) {
    if (s.sessionId !== input.session.id) continue;
    const group = groups.get(s.initiativeId);
    if (group) group.push(s);
    else groups.set(s.initiativeId, [s]);
  }
  return (id) => aggregate(input.rubric, groups.get(id) ?? []);
};

/** A score as minutes write it: two decimals at most, decimal comma. */
export const scoreText = (n: number | null): string =>
  n === null ? '' : String(Math.round(n * 100) / 100).replace('.', ',');

/** ASCII-safe part of a file name: "Máy cắt ống – cải tiến" → "May-cat-ong-cai-tien". */
export const slug = (s: string, max = 50): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '') || 'sang-kien';

/** "01", "02" … for ordering files. */
export const ordinal = (n: number): string => String(n).padStart(2, '0');

/** The file stem of one initiative's documents. */
export const initiativeStem = (p: ProposedInitiative, index: number): string =>
  `${ordinal(index + 1)}-${slug(p.initiative.title)}`;
