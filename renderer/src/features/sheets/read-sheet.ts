// Reads the clerk's .xlsx from main a chunk at a time (sheet:import:open / next), so a long sheet
// shows its progress and never arrives as one message; each chunk goes to the sink as it comes,
// so the page checks it between two requests instead of all 50,000 rows at once.
import type { DeskError } from '@shared/result';
import { matchHeader, headerMessage, type ImportLayout } from '@shared/sheets/import-columns';
import type { ImportRow } from '@shared/sheets/import-rows';
import { invoke } from '../../desk';

export interface SheetProgress {
  rowsRead: number;
  /** About how many rows the sheet holds; null when it does not say. */
  expectedRows: number | null;
}

/** Where the rows go as they arrive. */
export interface SheetSink {
  /** The header matched the template: where each field sits. */
  open(layout: ImportLayout): void;
  rows(rows: readonly ImportRow[]): void;
  progress(p: SheetProgress): void;
}

export type SheetRead =
  | { ok: true; fileName: string }
  | { ok: false; error: DeskError }
  /** The clerk closed the dialog, or stopped the reading. */
  | null;

/** The percent a progress bar shows while reading; below 100 until the last chunk is in. */
export const readPercent = (p: SheetProgress): number | null =>
  p.expectedRows === null || p.expectedRows === 0
    ? null
    : Math.min(99, Math.floor((p.rowsRead / p.expectedRows) * 100));

/** Lets the page draw the bar before the next chunk is checked. */
const nextFrame = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

export async function readSheet(sink: SheetSink, stopped: () => boolean): Promise<SheetRead> {
  const opened = await invoke('sheet:import:open', {});
  if (!opened.ok) return opened;
  if (opened.value === null) return null;
  const { importId, fileName, header, expectedRows } = opened.value;
  // Main checks the header too; this keeps the page honest with the same rule.
  const check = matchHeader(header);
  if (!check.ok) {
    void invoke('sheet:import:close', { importId });
    return { ok: false, error: { code: 'SHEET_BAD_COLUMNS', message: headerMessage(check) } };
  }
  sink.open(check.layout);
  sink.progress({ rowsRead: 0, expectedRows });
  for (;;) {
    if (stopped()) {
      void invoke('sheet:import:close', { importId });
      return null;
    }
    const chunk = await invoke('sheet:import:next', { importId });
    if (!chunk.ok) return chunk;
    sink.rows(chunk.value.rows);
    sink.progress({ rowsRead: chunk.value.rowsRead, expectedRows: chunk.value.expectedRows });
    if (chunk.value.done) return { ok: true, fileName };
    await nextFrame();
  }
}
