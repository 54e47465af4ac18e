// A table to write as a spreadsheet (issue 10): typed columns and plain cells, built in the page
// or a script and streamed to .xlsx by main/sheets/. Dates travel as yyyy-mm-dd and money as
// whole đồng, and are written as numbers with formats, never as text (docs/domain.md).
import { z } from 'zod';

/** How a column's cells are written: text, a date, whole đồng, or a count. */
export const SHEET_CELL_KINDS = ['text', 'date', 'money', 'integer'] as const;
export type SheetCellKind = (typeof SHEET_CELL_KINDS)[number];

/** Most rows a sheet export takes (Excel's sheet holds 1,048,576). */
export const MAX_SHEET_ROWS = 500_000;

/** Rows one `sheet:export:rows` request carries at most. */
export const SHEET_EXPORT_CHUNK = 5000;

export const sheetColumnSchema = z
  .object({
    header: z.string().min(1).max(200),
    kind: z.enum(SHEET_CELL_KINDS),
    /** Characters, as Excel counts column widths. */
    width: z.number().min(2).max(120),
    /** A note on the header cell (Excel's comment), e.g. that the column must not be edited. */
    note: z.string().min(1).max(1000).optional(),
  })
  .strict();
export type SheetColumn = z.infer<typeof sheetColumnSchema>;

export const sheetCellSchema = z.union([z.string().max(32_767), z.number(), z.null()]);
export type SheetCell = z.infer<typeof sheetCellSchema>;

export const sheetTableSchema = z
  .object({
    /** The worksheet's tab; Excel allows 31 characters without []:*?/\. */
    sheetName: z
      .string()
      .min(1)
      .max(31)
      .refine((s) => !/[[\]:*?/\\]/.test(s), 'Tên trang tính không hợp lệ'),
    columns: z.array(sheetColumnSchema).min(1).max(100),
    rows: z.array(z.array(sheetCellSchema)).max(MAX_SHEET_ROWS, 'Quá nhiều dòng để xuất'),
  })
  .strict()
  .refine(
    (t) => t.rows.every((r) => r.length === t.columns.length),
    'Mỗi dòng phải có đủ số cột của bảng',
  );
export type SheetTable = z.infer<typeof sheetTableSchema>;

/** Excel's number formats: dd/mm/yyyy, and whole đồng grouped by thousands with "đ". */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const MONEY_FORMAT = '#,##0 "đ"';
export const INTEGER_FORMAT = '0';
