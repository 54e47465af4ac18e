// Streams a table to .xlsx (issue 10) with exceljs's WorkbookWriter, row by row, so 100,000 rows
// never sit in memory as a workbook; written to a hidden temp file beside the target, synced and
// renamed, so a crash leaves the old file or the whole new one (main/services/atomic-write.ts).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  DATE_FORMAT,
  INTEGER_FORMAT,
  MONEY_FORMAT,
  type SheetCell,
  type SheetCellKind,
  type SheetTable,
} from '@shared/sheets/table';
import { renameWithRetry, syncFolder, tempNameFor } from '../services/atomic-write';

/** Rows between two progress reports, and between two yields to the event loop. */
export const PROGRESS_EVERY = 2000;

export type SheetProgress = (written: number, total: number) => void;

const FORMATS: Record<SheetCellKind, string | undefined> = {
  text: undefined,
  date: DATE_FORMAT,
  money: MONEY_FORMAT,
  integer: INTEGER_FORMAT,
};

/** A yyyy-mm-dd date as the UTC midnight exceljs turns into an Excel date serial. */
const dateOf = (iso: string): Date | string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
};

const valueOf = (kind: SheetCellKind, cell: SheetCell): ExcelJS.CellValue => {
  if (cell === null) return null;
  if (kind === 'date' && typeof cell === 'string') return dateOf(cell);
  return cell;
};

const yieldToLoop = (): Promise<void> => new Promise((done) => setImmediate(done));

/** The columns and tab of a sheet, without its rows. */
export type SheetHead = Pick<SheetTable, 'sheetName' | 'columns'>;

/** A sheet written row by row to a stream: a bold, frozen header row with a filter, typed cells. */
export interface SheetRowWriter {
  /** Adds rows; yields to the event loop every PROGRESS_EVERY rows. */
  add(rows: readonly (readonly SheetCell[])[]): Promise<void>;
  /** Rows added so far. */
  readonly written: number;
  /** Writes the end of the workbook. */
  finish(): Promise<void>;
}

export function sheetRowWriter(stream: NodeJS.WritableStream, head: SheetHead): SheetRowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream as unknown as Stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Sáng kiến Desk';
  const { columns } = head;
  const sheet = workbook.addWorksheet(head.sheetName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = columns.map((c, i) => {
    const numFmt = FORMATS[c.kind];
    return {
      key: `c${i}`,
      width: c.width,
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  columns.forEach((c, i) => {
    if (c.note !== undefined) header.getCell(i + 1).note = c.note;
  });
  header.commit();
  const kinds = columns.map((c) => c.kind);
  let written = 0;
  return {
    get written() {
      return written;
    },
    async add(rows) {
      for (const cells of rows) {
        sheet.addRow(cells.map((cell, i) => valueOf(kinds[i]!, cell))).commit();
        written += 1;
        if (written % PROGRESS_EVERY === 0) await yieldToLoop();
      }
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/** Writes `table` to a stream: a bold, frozen header row with a filter, typed cells below. */
export async function streamXlsx(
  stream: NodeJS.WritableStream,
  table: SheetTable,
  onProgress?: SheetProgress,
): Promise<void> {
  const writer = sheetRowWriter(stream, table);
  const { rows } = table;
  for (let r = 0; r < rows.length; r += PROGRESS_EVERY) {
    await writer.add(rows.slice(r, r + PROGRESS_EVERY));
    if (writer.written < rows.length) onProgress?.(writer.written, rows.length);
  }
  await writer.finish();
  onProgress?.(rows.length, rows.length);
}

/**
 * A sheet written to a hidden temp file beside `target`, renamed over it once whole
 * (main/services/atomic-write.ts): the old file stays whole until the new one is.
 */
export interface AtomicSheetFile {
  add(rows: readonly (readonly SheetCell[])[]): Promise<void>;
  readonly written: number;
  /** Finishes the workbook, syncs it and renames it over the target. */
  commit(): Promise<void>;
  /** Drops the temp file; the target is untouched. */
  abort(): Promise<void>;
}

export async function openAtomicSheet(target: string, head: SheetHead): Promise<AtomicSheetFile> {
  const folder = dirname(target);
  const temp = join(folder, tempNameFor(basename(target)));
  const out = createWriteStream(temp, { flags: 'wx' });
  const closed = once(out, 'close');
  // A failed open rejects both; the race below reports it, so this one is not left unhandled.
  closed.catch(() => undefined);
  const drop = () => rm(temp, { force: true }).catch(() => undefined);
  try {
    await Promise.race([
      once(out, 'open'),
      once(out, 'error').then((args: unknown[]) => {
        throw args[0] instanceof Error ? args[0] : new Error('không mở được tệp');
      }),
    ]);
  } catch (error) {
    await drop();
    throw error;
  }
  const writer = sheetRowWriter(out, head);
  return {
    get written() {
      return writer.written;
    },
    add: (rows) => writer.add(rows),
    async commit() {
      try {
        await writer.finish();
        await closed;
        const handle = await open(temp, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await renameWithRetry(temp, target);
      } catch (error) {
        await drop();
        throw error;
      }
      await syncFolder(folder);
    },
    async abort() {
      out.destroy();
      await closed.catch(() => undefined);
      await drop();
    },
  };
}

/** Writes `table` to `target` atomically: the old file stays whole until the new one is. */
export async function writeXlsxAtomic(
  target: string,
  table: SheetTable,
  onProgress?: SheetProgress,
): Promise<void> {
  const file = await openAtomicSheet(target, table);
  const { rows } = table;
  try {
    for (let r = 0; r < rows.length; r += PROGRESS_EVERY) {
      await file.add(rows.slice(r, r + PROGRESS_EVERY));
      if (file.written < rows.length) onProgress?.(file.written, rows.length);
    }
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
  onProgress?.(rows.length, rows.length);
}
