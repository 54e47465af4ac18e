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

/** Writes `table` to a stream: a bold, frozen header row with a filter, typed cells below. */
export async function streamXlsx(
  stream: NodeJS.WritableStream,
  table: SheetTable,
  onProgress?: SheetProgress,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream as unknown as Stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Sáng kiến Desk';
  const { columns, rows } = table;
  const sheet = workbook.addWorksheet(table.sheetName, {
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
  header.commit();
  const kinds = columns.map((c) => c.kind);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    sheet.addRow(cells.map((cell, i) => valueOf(kinds[i]!, cell))).commit();
    if ((r + 1) % PROGRESS_EVERY === 0) {
      onProgress?.(r + 1, rows.length);
      await yieldToLoop();
    }
  }
  sheet.commit();
  await workbook.commit();
  onProgress?.(rows.length, rows.length);
}

/** Writes `table` to `target` atomically: the old file stays whole until the new one is. */
export async function writeXlsxAtomic(
  target: string,
  table: SheetTable,
  onProgress?: SheetProgress,
): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, tempNameFor(basename(target)));
  try {
    const out = createWriteStream(temp, { flags: 'wx' });
    const closed = once(out, 'close');
    // A failed open rejects both; the race below reports it, so this one is not left unhandled.
    closed.catch(() => undefined);
    await Promise.race([
      once(out, 'open'),
      once(out, 'error').then((args: unknown[]) => {
        throw args[0] instanceof Error ? args[0] : new Error('không mở được tệp');
      }),
    ]);
    await streamXlsx(out, table, onProgress);
    await closed;
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}
