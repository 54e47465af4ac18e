// The initiative list as a spreadsheet (issue 10): the summary list's columns by default (the
// field registry's summaryColumn, docs/documents.md), or the columns the clerk picks, in the
// registry's labels, one row per initiative after an STT column, and last the initiative's id
// ("Mã", docs/decisions.md D55) so that the sheet imported again doubles nothing.
import { INITIATIVE_FIELDS, SUMMARY_COLUMNS, type RegisteredField } from '../domain/field-registry';
import { STATUS_LABELS, type InitiativeStatus } from '../model/initiative';
import { ID_LABEL, ID_NOTE, IMPORT_WIDTHS } from './import-columns';
import type { SheetCell, SheetColumn, SheetTable } from './table';

/** What a list row holds that a sheet can show. */
export interface ListSheetRow {
  id: string;
  title: string;
  authorNames: readonly string[];
  unitId: string;
  field: string;
  firstAppliedOn: string | null;
  economicBenefit: number | null;
  status: InitiativeStatus;
}

/** The fields a clerk may pick as columns: those a list row holds. */
export const LIST_SHEET_FIELDS = [
  'title',
  'authors',
  'unitId',
  'field',
  'firstAppliedOn',
  'economicBenefit',
  'status',
] as const satisfies readonly RegisteredField[];
export type ListSheetField = (typeof LIST_SHEET_FIELDS)[number];

const isListField = (key: RegisteredField): key is ListSheetField =>
  (LIST_SHEET_FIELDS as readonly string[]).includes(key);

/** The summary list's columns, in its order. */
export const DEFAULT_LIST_FIELDS: readonly ListSheetField[] = SUMMARY_COLUMNS.map(
  (c) => c.key,
).filter(isListField);

const WIDTHS: Record<ListSheetField, number> = {
  title: 50,
  authors: 30,
  unitId: 30,
  field: 22,
  firstAppliedOn: 14,
  economicBenefit: 20,
  status: 20,
};

const columnOf = (key: ListSheetField): SheetColumn => {
  const kind = INITIATIVE_FIELDS[key].kind;
  return {
    header: INITIATIVE_FIELDS[key].label,
    kind: kind === 'date' ? 'date' : kind === 'money' ? 'money' : 'text',
    width: WIDTHS[key],
  };
};

const cellOf = (
  key: ListSheetField,
  row: ListSheetRow,
  unitNames: ReadonlyMap<string, string>,
): SheetCell => {
  switch (key) {
    case 'title':
      return row.title;
    case 'authors':
      // The separator the import splits authors on (shared/sheets/import-check.ts).
      return row.authorNames.join('; ');
    case 'unitId':
      return unitNames.get(row.unitId) ?? '';
    case 'field':
      return row.field;
    case 'firstAppliedOn':
      return row.firstAppliedOn;
    case 'economicBenefit':
      return row.economicBenefit;
    case 'status':
      return STATUS_LABELS[row.status];
  }
};

/** The last column: the initiative's id, narrow, with a note not to edit it. */
export const ID_COLUMN: SheetColumn = {
  header: ID_LABEL,
  kind: 'text',
  width: IMPORT_WIDTHS.id,
  note: ID_NOTE,
};

/** The list as a table: STT, the picked fields (the summary list's by default), then Mã. */
export const initiativeListTable = (
  rows: readonly ListSheetRow[],
  unitNames: ReadonlyMap<string, string>,
  fields: readonly ListSheetField[] = DEFAULT_LIST_FIELDS,
): SheetTable => ({
  sheetName: 'Danh sách sáng kiến',
  columns: [{ header: 'STT', kind: 'integer', width: 6 }, ...fields.map(columnOf), ID_COLUMN],
  rows: rows.map((row, i) => [i + 1, ...fields.map((key) => cellOf(key, row, unitNames)), row.id]),
});
