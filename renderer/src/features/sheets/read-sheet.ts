// Reads the clerk's .xlsx from main a chunk at a time (sheet:import:open / next), so a long sheet
// shows its progress and never arrives as one message; then checks the rows against the register.
import type { DeskError } from '@shared/result';
import { matchHeader, headerMessage } from '@shared/sheets/import-columns';
import type { ImportRow } from '@shared/sheets/import-rows';
import { invoke } from '../../desk';

export interface SheetProgress {
  rowsRead: number;
  /** About how many rows the sheet holds; null when it does not say. */
  expectedRows: number | null;
}

export type SheetRead =
  | { ok: true; fileName: string; header: readonly string[]; rows: ImportRow[] }
  | { ok: false; error: DeskError }
  /** The clerk closed the dialog, or stopped the reading. */
  | null;

/** The percent a progress bar shows while reading; below 100 until the last chunk is in. */
export const readPercent = (p: SheetProgress): number | null =>
  p.expectedRows === null || p.expectedRows === 0
    ? null
    : Math.min(99, Math.floor((p.rowsRead / p.expectedRows) * 100));

export async function readSheet(
  onProgress: (p: SheetProgress) => void,
  stopped: () => boolean,
): Promise<SheetRead> {
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
  onProgress({ rowsRead: 0, expectedRows });
  const rows: ImportRow[] = [];
  for (;;) {
    if (stopped()) {
      void invoke('sheet:import:close', { importId });
      return null;
    }
    const chunk = await invoke('sheet:import:next', { importId });
    if (!chunk.ok) return chunk;
    for (const r of chunk.value.rows) rows.push(r);
    onProgress({ rowsRead: chunk.value.rowsRead, expectedRows: chunk.value.expectedRows });
    if (chunk.value.done) return { ok: true, fileName, header, rows };
  }
}
