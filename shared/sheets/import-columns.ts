// The columns of the import template (issue 10): the initiative's fields a clerk fills in a
// spreadsheet, in the registry's labels and order, the authors split into names and shares.
// The header row of a sheet is matched against these labels, folded, so "Tên sáng kiến (*)",
// "tên sáng kiến" and a decomposed "Tên sáng kiến" all name the title.
import { AUTHOR_FIELDS, INITIATIVE_FIELDS, type RegisteredField } from '../domain/field-registry';
import { cleanText, fold } from '../text';

/** Fields a row may carry; status and attachments are the app's, the programme is the active one. */
export const IMPORT_FIELDS = [
  'title',
  'unitId',
  'field',
  'authors',
  'shares',
  'investor',
  'applicationField',
  'firstAppliedOn',
  'knownSolution',
  'content',
  'novelty',
  'applicability',
  'economicBenefit',
  'socialBenefit',
  'conditions',
  'confidentialInfo',
  'confidential',
  'firstAppliers',
  'id',
] as const satisfies readonly (RegisteredField | 'shares' | 'id')[];
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * What a row must hold to be imported, even as a draft: the import's identity (unit, title, first
 * author, docs/decisions.md D45) and the field. The rest of the form may be completed in the app.
 */
export const IMPORT_REQUIRED: ReadonlySet<ImportField> = new Set([
  'title',
  'unitId',
  'field',
  'authors',
]);

/** The mark after a required column's label. */
export const REQUIRED_MARK = ' (*)';

/**
 * The column of the initiative's id (docs/decisions.md D55): last in the sheets the app exports
 * and in the template, optional, never to be edited.
 */
export const ID_LABEL = 'Mã';

/** The note on the Mã column's header cell. */
export const ID_NOTE =
  'Mã của sáng kiến trong Sáng kiến Desk. Không sửa ô này. Khi nhập lại tệp, dòng có mã đã có được bỏ qua (không ghi đè); dòng sáng kiến mới để trống ô này.';

/** A column's label without the mark. */
export const importLabel = (key: ImportField): string =>
  key === 'shares'
    ? AUTHOR_FIELDS.sharePercent.label
    : key === 'id'
      ? ID_LABEL
      : INITIATIVE_FIELDS[key].label;

/** The header cell the template writes: the label, with the mark when required. */
export const importHeader = (key: ImportField): string =>
  importLabel(key) + (IMPORT_REQUIRED.has(key) ? REQUIRED_MARK : '');

/** Characters Excel shows of a column, as the template sets it. */
export const IMPORT_WIDTHS: Record<ImportField, number> = {
  title: 45,
  unitId: 30,
  field: 22,
  authors: 32,
  shares: 16,
  investor: 28,
  applicationField: 30,
  firstAppliedOn: 14,
  knownSolution: 40,
  content: 50,
  novelty: 40,
  applicability: 40,
  economicBenefit: 18,
  socialBenefit: 35,
  conditions: 35,
  confidentialInfo: 30,
  confidential: 12,
  firstAppliers: 30,
  id: 10,
};

/** How a header cell compares: folded, without the required mark or extra spaces. */
export const headerKey = (header: string): string =>
  fold(
    cleanText(header)
      .replace(/\s*\(\*\)\s*$/u, '')
      .replace(/\*+\s*$/u, ''),
  ).trim();

const BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.map((k) => [headerKey(importLabel(k)), k]),
);

/**
 * Columns of the app's own list export that an import reads past (docs/decisions.md D55): the
 * row number and the status, which an import never sets.
 */
export const EXPORT_ONLY_HEADERS: readonly string[] = ['STT', INITIATIVE_FIELDS.status.label];
const IGNORED = new Set(EXPORT_ONLY_HEADERS.map(headerKey));

/** Where each field sits in the sheet: 0-based column numbers. */
export type ImportLayout = Partial<Record<ImportField, number>>;

export type HeaderCheck =
  | { ok: true; layout: ImportLayout }
  | { ok: false; missing: string[]; unknown: string[]; repeated: string[] };

/**
 * Matches a sheet's header row to the template: every required column present, no column the
 * template does not know, none twice. Optional columns may be left out, in any order.
 */
export const matchHeader = (cells: readonly (string | null)[]): HeaderCheck => {
  const layout: ImportLayout = {};
  const unknown: string[] = [];
  const repeated: string[] = [];
  cells.forEach((cell, i) => {
    const text = cell === null ? '' : cleanText(cell);
    if (text === '' || IGNORED.has(headerKey(text))) return;
    const key = BY_HEADER.get(headerKey(text));
    if (key === undefined) unknown.push(text);
    else if (layout[key] !== undefined) repeated.push(text);
    else layout[key] = i;
  });
  const missing = IMPORT_FIELDS.filter(
    (k) => IMPORT_REQUIRED.has(k) && layout[k] === undefined,
  ).map(importLabel);
  return missing.length === 0 && unknown.length === 0 && repeated.length === 0
    ? { ok: true, layout }
    : { ok: false, missing, unknown, repeated };
};

/** The clerk's message for a header that does not match, naming each column. */
export const headerMessage = (check: Extract<HeaderCheck, { ok: false }>): string => {
  const parts: string[] = [];
  const quote = (names: string[]) => names.map((n) => `«${n}»`).join(', ');
  if (check.missing.length > 0) parts.push(`thiếu cột ${quote(check.missing)}`);
  if (check.unknown.length > 0) parts.push(`có cột không thuộc mẫu ${quote(check.unknown)}`);
  if (check.repeated.length > 0) parts.push(`có cột lặp lại ${quote(check.repeated)}`);
  return `Dòng tiêu đề của bảng tính không khớp mẫu nhập: ${parts.join('; ')}. Hãy tải mẫu nhập (.xlsx) của Sáng kiến Desk, chép dữ liệu vào đúng các cột của mẫu rồi chọn lại tệp.`;
};
