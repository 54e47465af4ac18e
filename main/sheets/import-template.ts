// The import template (issue 10): the first sheet holds the header row of the importable fields
// (shared/sheets/import-columns.ts), frozen, with drop-down lists of the office's units and the
// programme's fields; the second explains each column; a hidden third holds the lists.
import ExcelJS from 'exceljs';
import {
  ID_NOTE,
  IMPORT_FIELDS,
  IMPORT_REQUIRED,
  IMPORT_WIDTHS,
  importHeader,
} from '@shared/sheets/import-columns';
import {
  GUIDE_SHEET,
  IMPORT_NOTES,
  LISTS_SHEET,
  TEMPLATE_SHEET,
  TEMPLATE_VALIDATED_ROWS,
  importGuideRows,
} from '@shared/sheets/import-guide';
import { DATE_FORMAT, MONEY_FORMAT } from '@shared/sheets/table';
import { writeFileAtomic } from '../services/atomic-write';

export interface TemplateLists {
  /** The office's units, by name, as a row names them. */
  units: readonly string[];
  /** The programme's fields. */
  fields: readonly string[];
}

const REQUIRED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};

/** A column's drop-down from a range of the lists sheet, refusing anything not in it. */
const listRule = (
  column: string,
  count: number,
  title: string,
  error: string,
): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`'${LISTS_SHEET}'!$${column}$2:$${column}$${count + 1}`],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: title,
  error,
});

/** The template as a workbook in memory (a few thousand cells). */
export function buildImportTemplate(lists: TemplateLists): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sáng kiến Desk';
  const sheet = book.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = IMPORT_FIELDS.map((key) => ({
    key,
    width: IMPORT_WIDTHS[key],
    ...(key === 'firstAppliedOn'
      ? { style: { numFmt: DATE_FORMAT } }
      : key === 'economicBenefit'
        ? { style: { numFmt: MONEY_FORMAT } }
        : {}),
  }));
  const header = sheet.addRow(IMPORT_FIELDS.map(importHeader));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  IMPORT_FIELDS.forEach((key, i) => {
    if (IMPORT_REQUIRED.has(key)) header.getCell(i + 1).fill = REQUIRED_FILL;
    if (key === 'id') header.getCell(i + 1).note = ID_NOTE;
  });

  const guide = book.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 36 }, { width: 16 }, { width: 100 }];
  guide.addRow(['Hướng dẫn điền mẫu nhập sáng kiến']).font = { bold: true, size: 14 };
  for (const note of IMPORT_NOTES) guide.addRow([`• ${note}`]);
  guide.addRow([]);
  const head = guide.addRow(['Cột', 'Bắt buộc', 'Cách ghi']);
  head.font = { bold: true };
  for (const row of importGuideRows(IMPORT_FIELDS))
    guide.addRow(row).alignment = { vertical: 'top', wrapText: true };
  // Last, so the tabs a clerk sees are "Sáng kiến" then "Hướng dẫn".
  const listSheet = book.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  listSheet.getCell('A1').value = 'Đơn vị';
  listSheet.getCell('B1').value = 'Lĩnh vực';
  lists.units.forEach((name, i) => (listSheet.getCell(i + 2, 1).value = name));
  lists.fields.forEach((name, i) => (listSheet.getCell(i + 2, 2).value = name));

  const columnOf = (key: (typeof IMPORT_FIELDS)[number]) => IMPORT_FIELDS.indexOf(key) + 1;
  const rules: [number, ExcelJS.DataValidation][] = [
    [
      columnOf('confidential'),
      {
        type: 'list',
        allowBlank: true,
        formulae: ['"Có,Không"'],
        showErrorMessage: true,
        errorTitle: 'Sáng kiến mật',
        error: 'Hãy chọn «Có» hoặc «Không».',
      },
    ],
  ];
  if (lists.units.length > 0)
    rules.push([
      columnOf('unitId'),
      listRule(
        'A',
        lists.units.length,
        'Đơn vị',
        'Hãy chọn một đơn vị trong danh sách (tên đúng như trong cây đơn vị).',
      ),
    ]);
  if (lists.fields.length > 0)
    rules.push([
      columnOf('field'),
      listRule(
        'B',
        lists.fields.length,
        'Lĩnh vực',
        'Hãy chọn một lĩnh vực của chương trình trong danh sách.',
      ),
    ]);
  for (let row = 2; row <= TEMPLATE_VALIDATED_ROWS + 1; row++)
    for (const [column, rule] of rules) sheet.getCell(row, column).dataValidation = rule;

  return book;
}

/** Writes the template to `target` atomically. */
export async function writeImportTemplate(target: string, lists: TemplateLists): Promise<void> {
  const book = buildImportTemplate(lists);
  const data = await book.xlsx.writeBuffer();
  await writeFileAtomic(target, new Uint8Array(data));
}
