import { randomUUID } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fail, ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import { internal, writeFailed } from '../errors';
import type { HandlerDeps } from '../ports';
import { consoleLog } from '../services/console-log';
import { EXPORT_FILTERS, planSave, withExtension } from '../services/file-names';
import { WrittenPaths } from '../services/written-paths';
import { writeImportTemplate } from '../sheets/import-template';
import { SheetRefusal } from '../sheets/sheet-errors';
import {
  DEFAULT_READ_LIMITS,
  openSheetImport,
  type OpenedSheet,
  type ReadLimits,
} from '../sheets/xlsx-reader';
import {
  openAtomicSheet,
  writeXlsxAtomic,
  type AtomicSheetFile,
  type SheetProgress,
} from '../sheets/xlsx-writer';

type SheetChannels =
  | 'sheet:export'
  | 'sheet:export:begin'
  | 'sheet:export:rows'
  | 'sheet:export:end'
  | 'sheet:template'
  | 'sheet:import:open'
  | 'sheet:import:next'
  | 'sheet:import:close';

interface ExportSession {
  file: AtomicSheetFile;
  path: string;
  columns: number;
  rowCount: number;
}

const exportGone = () =>
  fail(
    'NOT_FOUND',
    'Lần xuất bảng tính này đã dừng giữa chừng nên tệp chưa được lưu. Hãy bấm Xuất lại.',
  );
const importGone = () =>
  fail(
    'NOT_FOUND',
    'Tệp Excel đang đọc đã được đóng (có thể vì đã chọn tệp khác). Hãy chọn lại tệp để nhập.',
  );

export function createSheetHandlers(
  deps: HandlerDeps,
  /** Shared with the other groups, so the saved sheet can be shown in the file manager. */
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
  /** Hears the rows written so far of a long list. */
  onProgress?: SheetProgress,
  /** The import's row cap and chunk sizes; tests lower them. */
  readLimits: ReadLimits = DEFAULT_READ_LIMITS,
): Pick<Handlers, SheetChannels> {
  const log = deps.log ?? consoleLog;
  const exports = new Map<string, ExportSession>();
  let reading: { id: string; sheet: OpenedSheet } | null = null;

  /** Asks where to save an .xlsx; the absolute path with its extension, or null. */
  const askXlsxPath = async (suggestedName: string): Promise<string | null> => {
    const plan = planSave(suggestedName, 'xlsx');
    // The xlsx kind always plans; the check keeps the types honest.
    if (!plan.ok || plan.extension === null) return null;
    const chosen = await deps.dialogs.askSavePath({
      suggestedName: plan.name,
      filters: plan.filters,
    });
    return chosen === null ? null : resolve(withExtension(chosen, plan.extension));
  };

  const dropExport = async (id: string, session: ExportSession): Promise<void> => {
    exports.delete(id);
    await session.file.abort();
  };

  const closeReading = async (): Promise<void> => {
    const open = reading;
    reading = null;
    await open?.sheet.close();
  };

  return {
    'sheet:export': async ({ suggestedName, table }) => {
      const path = await askXlsxPath(suggestedName);
      if (path === null) return ok(null);
      try {
        await writeXlsxAtomic(path, table, onProgress);
      } catch (error) {
        log.warn('sheet:export could not write', { path, error });
        return writeFailed(dirname(path));
      }
      written.add(path);
      return ok({ path, rows: table.rows.length });
    },

    'sheet:export:begin': async ({ suggestedName, sheetName, columns, rowCount }) => {
      const path = await askXlsxPath(suggestedName);
      if (path === null) return ok(null);
      // One export at a time: one the page left unfinished (a reload) loses its temp file now.
      for (const [id, session] of [...exports]) await dropExport(id, session);
      try {
        const file = await openAtomicSheet(path, { sheetName, columns });
        const exportId = randomUUID();
        exports.set(exportId, { file, path, columns: columns.length, rowCount });
        return ok({ exportId, path });
      } catch (error) {
        log.warn('sheet:export:begin could not open', { path, error });
        return writeFailed(dirname(path));
      }
    },

    'sheet:export:rows': async ({ exportId, rows }) => {
      const session = exports.get(exportId);
      if (!session) return exportGone();
      if (
        rows.some((r) => r.length !== session.columns) ||
        session.file.written + rows.length > session.rowCount
      ) {
        await dropExport(exportId, session);
        return fail(
          'BAD_REQUEST',
          'Dữ liệu gửi lên không hợp lệ: số cột hoặc số dòng không khớp bảng đã bắt đầu xuất. Hãy bấm Xuất lại.',
        );
      }
      try {
        await session.file.add(rows);
        return ok({ written: session.file.written });
      } catch (error) {
        log.warn('sheet:export:rows could not write', { path: session.path, error });
        await dropExport(exportId, session);
        return writeFailed(dirname(session.path));
      }
    },

    'sheet:export:end': async ({ exportId, cancel }) => {
      const session = exports.get(exportId);
      if (!session) return cancel ? ok(null) : exportGone();
      if (cancel || session.file.written !== session.rowCount) {
        await dropExport(exportId, session);
        return cancel ? ok(null) : exportGone();
      }
      exports.delete(exportId);
      try {
        await session.file.commit();
      } catch (error) {
        log.warn('sheet:export:end could not write', { path: session.path, error });
        return writeFailed(dirname(session.path));
      }
      written.add(session.path);
      return ok({ path: session.path, rows: session.rowCount });
    },

    'sheet:template': async ({ suggestedName, units, fields }) => {
      const path = await askXlsxPath(suggestedName);
      if (path === null) return ok(null);
      try {
        await writeImportTemplate(path, { units, fields });
      } catch (error) {
        log.warn('sheet:template could not write', { path, error });
        return writeFailed(dirname(path));
      }
      written.add(path);
      return ok({ path });
    },

    'sheet:import:open': async () => {
      await closeReading();
      const path = await deps.dialogs.askOpenPath({
        title: 'Chọn bảng tính Excel (.xlsx) để nhập sáng kiến',
        filters: [EXPORT_FILTERS.xlsx],
      });
      if (path === null) return ok(null);
      try {
        const sheet = await openSheetImport(path, readLimits);
        const importId = randomUUID();
        reading = { id: importId, sheet };
        return ok({
          importId,
          fileName: sheet.name,
          size: sheet.size,
          expectedRows: sheet.expectedRows,
          header: sheet.header,
        });
      } catch (error) {
        if (error instanceof SheetRefusal) {
          // A file the reader failed on: what it threw goes to the log, for whoever helps the clerk.
          if (error.cause !== undefined)
            log.warn('sheet:import:open refused', { path, code: error.code, cause: error.cause });
          return error.toResult();
        }
        log.warn('sheet:import:open could not read', { path, error });
        return fail(
          'NOT_FOUND',
          'Không mở được tệp đã chọn: tệp có thể đã bị xoá, chuyển đi hoặc đang bị chương trình khác khoá. Hãy đóng tệp trong Excel rồi chọn lại.',
        );
      }
    },

    'sheet:import:next': async ({ importId }) => {
      if (reading?.id !== importId) return importGone();
      const { sheet } = reading;
      try {
        const chunk = await sheet.next();
        if (chunk.done) reading = null;
        return ok(chunk);
      } catch (error) {
        reading = null;
        await sheet.close();
        if (error instanceof SheetRefusal) {
          if (error.cause !== undefined)
            log.warn('sheet:import:next refused', { code: error.code, cause: error.cause });
          return error.toResult();
        }
        log.error('sheet:import:next failed', error);
        return internal();
      }
    },

    'sheet:import:close': async ({ importId }) => {
      if (reading?.id !== importId) return ok({ closed: false });
      await closeReading();
      return ok({ closed: true });
    },
  };
}
