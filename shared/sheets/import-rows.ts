// The cells of an imported sheet as they cross from main to the page (issue 10): plain values,
// a date cell as its calendar day, so the page checks them without knowing about exceljs.
import { z } from 'zod';

/** Data rows an import takes at most (the header row not counted); larger lists go in parts. */
export const MAX_IMPORT_ROWS = 50_000;

/** Rows one chunk carries at most, and the characters of text it carries at most. */
export const IMPORT_CHUNK_ROWS = 2000;
export const IMPORT_CHUNK_CHARS = 4_000_000;

/** Cells a row carries at most: the template's columns, and room for columns the check skips. */
export const MAX_IMPORT_COLUMNS = 200;

export const importCellSchema = z.union([
  z.string().max(32_767),
  z.number(),
  z.boolean(),
  /** A cell Excel stores as a date: its day, yyyy-mm-dd. */
  z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  /** A cell whose formula failed in Excel: its error, "#REF!", "#N/A", … (never data). */
  z.object({ error: z.string().min(1).max(20) }).strict(),
  /**
   * A formula whose result the file does not hold (a failed one, as exceljs's streaming reader
   * drops that result, or a file no spreadsheet program computed): its value is unknown.
   */
  z.object({ formula: z.string().max(1000) }).strict(),
  z.null(),
]);
export type ImportCell = z.infer<typeof importCellSchema>;
/** A cell holding a value: not a formula's error, nor a formula without its result. */
export type ImportValue = Exclude<
  ImportCell,
  { readonly error: string } | { readonly formula: string }
>;
/** A cell whose value cannot be known: a formula's error, or a formula without its result. */
export const isUnknownCell = (cell: ImportCell): cell is { error: string } | { formula: string } =>
  cell !== null && typeof cell === 'object' && ('error' in cell || 'formula' in cell);

export const importRowSchema = z
  .object({
    /** The row's number as Excel shows it (the header is row 1). */
    row: z.number().int().positive(),
    cells: z.array(importCellSchema).max(MAX_IMPORT_COLUMNS),
  })
  .strict();
export type ImportRow = z.infer<typeof importRowSchema>;
