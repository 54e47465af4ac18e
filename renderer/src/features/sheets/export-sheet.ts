// Sends a table to main in chunks (sheet:export:begin / rows / end), so a long list shows its
// progress while main streams it to .xlsx (docs/decisions.md D44).
import type { DeskError } from '@shared/result';
import { SHEET_EXPORT_CHUNK, type SheetTable } from '@shared/sheets/table';
import { invoke } from '../../desk';

export type SheetExportResult =
  { ok: true; value: { path: string; rows: number } | null } | { ok: false; error: DeskError };

export async function exportSheet(
  suggestedName: string,
  table: SheetTable,
  onProgress: (written: number, total: number) => void,
): Promise<SheetExportResult> {
  const total = table.rows.length;
  const begun = await invoke('sheet:export:begin', {
    suggestedName,
    sheetName: table.sheetName,
    columns: table.columns,
    rowCount: total,
  });
  if (!begun.ok || begun.value === null) return begun.ok ? { ok: true, value: null } : begun;
  const { exportId } = begun.value;
  onProgress(0, total);
  for (let from = 0; from < total; from += SHEET_EXPORT_CHUNK) {
    const sent = await invoke('sheet:export:rows', {
      exportId,
      rows: table.rows.slice(from, from + SHEET_EXPORT_CHUNK),
    });
    if (!sent.ok) {
      // Main drops the temp file on a failed chunk; the cancel covers a bridge that failed.
      void invoke('sheet:export:end', { exportId, cancel: true });
      return sent;
    }
    onProgress(sent.value.written, total);
  }
  return invoke('sheet:export:end', { exportId, cancel: false });
}
