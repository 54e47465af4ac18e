// Reads an imported .xlsx (issue 10) with exceljs's streaming reader, a chunk of rows at a time,
// so 50,000 rows never sit in memory or in one IPC message and the page can show progress
// between chunks. Only the first sheet is read; its first row is the header, checked against
// the template (shared/sheets/import-columns.ts) before any row is handed on.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { headerMessage, matchHeader, type ImportLayout } from '@shared/sheets/import-columns';
import {
  IMPORT_CHUNK_CHARS,
  IMPORT_CHUNK_ROWS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  type ImportCell,
  type ImportRow,
} from '@shared/sheets/import-rows';
import { readZip, ZipReadError } from '../zip/read-zip';
import { declaredRows } from './sheet-dimension';
import { Utf8WorkbookReader } from './utf8-workbook-reader';
import { SheetRefusal, sheetRefusal } from './sheet-errors';

export interface ReadLimits {
  maxRows: number;
  chunkRows: number;
  chunkChars: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxRows: MAX_IMPORT_ROWS,
  chunkRows: IMPORT_CHUNK_ROWS,
  chunkChars: IMPORT_CHUNK_CHARS,
};

export interface SheetChunk {
  rows: ImportRow[];
  /** True once the sheet has no more rows; the reader is closed then. */
  done: boolean;
  /** Data rows read so far, of about `expectedRows` (the sheet's declared size, when it says). */
  rowsRead: number;
  expectedRows: number | null;
}

export interface OpenedSheet {
  readonly name: string;
  readonly size: number;
  /** About how many data rows the sheet holds (main/sheets/sheet-dimension.ts), or null. */
  readonly expectedRows: number | null;
  /** The header row's cells as text. */
  readonly header: string[];
  readonly layout: ImportLayout;
  /** The next rows; refuses (SheetRefusal) a damaged file or one past the row cap. */
  next(): Promise<SheetChunk>;
  close(): Promise<void>;
}

/**
 * Most bytes an .xlsx may inflate to, all its parts together: far above 50,000 rows of long text,
 * far below what fills a disk (a small file that inflates without end).
 */
export const MAX_XLSX_INFLATED_BYTES = 2 * 1024 * 1024 * 1024;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/**
 * An .xlsx saved with a password is no zip: Office puts the encrypted workbook in a stream named
 * "EncryptedPackage" of the same compound file an old .xls is (MS-OFFCRYPTO 2.3.4.4), whose
 * directory holds the name in UTF-16LE.
 */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Whether the compound file at `path` names an "EncryptedPackage" stream. */
async function isEncryptedPackage(path: string): Promise<boolean> {
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const window = Buffer.concat([carry, chunk]);
    if (window.includes(ENCRYPTED_PACKAGE)) return true;
    carry = window.subarray(Math.max(0, window.length - ENCRYPTED_PACKAGE.length + 1));
  }
  return false;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
/**
 * What Excel shows for a number it cannot hold: the cell of a damaged file whose number does not
 * parse (exceljs reads it as NaN, which could not cross to the page) is named as such.
 */
const BAD_NUMBER: ImportCell = { error: '#NUM!' };

const dayOf = (d: Date): ImportCell =>
  Number.isNaN(d.getTime())
    ? BAD_NUMBER
    : { date: `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` };

/** A cell's value as the page receives it: text of rich text and links, a formula's result. */
export const cellOf = (value: ExcelJS.CellValue | undefined): ImportCell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, 32_767);
  if (typeof value === 'number') return Number.isFinite(value) ? value : BAD_NUMBER;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dayOf(value);
  if ('richText' in value) return cellOf(value.richText.map((t) => t.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    // exceljs's streaming reader drops the result of a failed formula (t="e"), or reads it as
    // NaN; a file no spreadsheet program computed holds none. Either way the value is unknown,
    // which the check names rather than reading the cell as empty.
    const { result } = value as { result?: ExcelJS.CellValue };
    const known =
      result !== undefined &&
      result !== null &&
      !(typeof result === 'number' && !Number.isFinite(result));
    if (known) return cellOf(result);
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { formula: String(formula).slice(0, 1000) };
  }
  if ('hyperlink' in value) return cellOf(value.text);
  if ('error' in value) return { error: String(value.error).slice(0, 20) };
  return null;
};

const rowCells = (row: ExcelJS.Row): ImportCell[] => {
  // row.values is 1-based: index 0 is always empty.
  const values = row.values as (ExcelJS.CellValue | undefined)[];
  return Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellOf(values[i + 1]));
};

const isBlankRow = (cells: readonly ImportCell[]): boolean =>
  cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

const charsOf = (cells: readonly ImportCell[]): number =>
  cells.reduce<number>((n, c) => n + (typeof c === 'string' ? c.length : 8), 0);

async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Inflates every part of the file once, keeping nothing, and refuses it when a part does not
 * inflate. exceljs's streaming reader waits for ever on a part whose compressed bytes are damaged:
 * its unzipper reports the error on the archive, which the reader does not listen to while it
 * copies a sheet that comes before the shared strings (lib/stream/xlsx/workbook-reader.js), so the
 * import would hang instead of saying the file is damaged.
 */
async function checkInflates(path: string, name: string): Promise<void> {
  try {
    await readZip(path, {
      maxTotalBytes: MAX_XLSX_INFLATED_BYTES,
      entryLimit: () => MAX_XLSX_INFLATED_BYTES,
      spillTo: () => 'discard',
    });
  } catch (error) {
    throw error instanceof ZipReadError ? sheetRefusal.unreadable(name, error) : error;
  }
}

/** Opens `path`, refuses what is not an .xlsx or whose header does not match, reads nothing more. */
export async function openSheetImport(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<OpenedSheet> {
  const name = basename(path);
  const { size } = await stat(path);
  const magic = await firstBytes(path);
  if (magic.subarray(0, 4).equals(OLE))
    throw (await isEncryptedPackage(path))
      ? sheetRefusal.encrypted(name)
      : sheetRefusal.oldExcel(name);
  if (!magic.subarray(0, 4).equals(ZIP)) throw sheetRefusal.notXlsx(name);
  await checkInflates(path, name);

  const declared = await declaredRows(path);
  const file = createReadStream(path);
  // A damaged file fails the reader's iteration; this keeps the stream's own error from going unheard.
  file.on('error', () => undefined);
  const reader = new Utf8WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = reader[Symbol.asyncIterator]();
  let rows: AsyncIterator<ExcelJS.Row> | null = null;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    file.destroy();
    await Promise.allSettled([rows?.return?.(), sheets.return?.(undefined)]);
  };
  /** Runs a step of the reader, turning its failures into the clerk's message. */
  const guarded = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      await close();
      throw error instanceof SheetRefusal ? error : sheetRefusal.unreadable(name, error);
    }
  };

  const header = await guarded(async () => {
    const sheet = await sheets.next();
    if (sheet.done) throw sheetRefusal.empty(name);
    rows = sheet.value[Symbol.asyncIterator]();
    for (;;) {
      const first = await rows.next();
      if (first.done) throw sheetRefusal.empty(name);
      const cells = rowCells(first.value);
      if (!isBlankRow(cells))
        return cells.map((c) =>
          c === null
            ? ''
            : typeof c !== 'object'
              ? String(c)
              : 'date' in c
                ? c.date
                : 'error' in c
                  ? c.error
                  : `=${c.formula}`,
        );
    }
  });
  const check = matchHeader(header);
  if (!check.ok) {
    await close();
    throw sheetRefusal.badColumns(headerMessage(check));
  }
  // Only the template's columns are read: a note typed far to the right of a row (column 250,
  // say) would otherwise make the row too wide to cross to the page, and the clerk would read
  // only that something unexpected went wrong.
  const width = Math.max(0, ...Object.values(check.layout).filter((at) => at !== undefined)) + 1;
  if (width > MAX_IMPORT_COLUMNS) {
    await close();
    throw sheetRefusal.columnsTooFar(MAX_IMPORT_COLUMNS);
  }

  let dataRows = 0;
  const expectedRows = declared === null ? null : Math.max(0, declared - 1);
  const progress = () => ({ rowsRead: dataRows, expectedRows });
  return {
    name,
    size,
    expectedRows,
    header,
    layout: check.layout,
    close,
    next: () =>
      guarded(async () => {
        const chunk: ImportRow[] = [];
        let chars = 0;
        while (!closed && rows !== null) {
          const next = await rows.next();
          if (next.done) {
            await close();
            return { rows: chunk, done: true, ...progress() };
          }
          const cells = rowCells(next.value).slice(0, width);
          if (isBlankRow(cells)) continue;
          dataRows += 1;
          if (dataRows > limits.maxRows) throw sheetRefusal.tooManyRows(limits.maxRows);
          chunk.push({ row: next.value.number, cells });
          chars += charsOf(cells);
          if (chunk.length >= limits.chunkRows || chars >= limits.chunkChars)
            return { rows: chunk, done: false, ...progress() };
        }
        return { rows: chunk, done: true, ...progress() };
      }),
  };
}
