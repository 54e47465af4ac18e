// The cells of an imported sheet as they cross from main to the page (issue 10): plain values,
// a date cell as its calendar day, so the page checks them without knowing about exceljs.
import { z } from 'zod';

/** Data rows an import takes at most (the header row not counted); larger lists go in parts. */
export const MAX_IMPORT_ROWS = 50_000;

/** Rows one chunk carries at most, and the characters of text it carries at most. */
export const IMPORT_CHUNK_ROWS = 2000;
export const IMPORT_CHUNK_CHARS = 4_000_000;

export const importCellSchema = z.union([
  z.string().max(32_767),
  z.number(),
  z.boolean(),
  /** A cell Excel stores as a date: its day, yyyy-mm-dd. */
  z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  z.null(),
]);
export type ImportCell = z.infer<typeof importCellSchema>;

export const importRowSchema = z
  .object({
    /** The row's number as Excel shows it (the header is row 1). */
    row: z.number().int().positive(),
    cells: z.array(importCellSchema).max(200),
  })
  .strict();
export type ImportRow = z.infer<typeof importRowSchema>;
