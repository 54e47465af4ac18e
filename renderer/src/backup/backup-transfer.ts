// A backup's bytes across IPC in pieces (docs/decisions.md, D59): one message of hundreds of MB
// fails, so the export Blob goes to main BACKUP_CHUNK_BYTES at a time, read with slice(), and a
// verified backup comes back the same way into a Blob.
import { BACKUP_CHUNK_BYTES, type BackupReason } from '@shared/backup/format';
import type { Response } from '@shared/ipc';
import { fail, ok, type Result } from '@shared/result';
import { invoke } from '../desk';
import type { DatabaseExport } from './database-export';

/** Bytes moved of bytes in all. */
export type OnBytes = (done: number, total: number) => void;

/** Sends the export to main, which zips, verifies and stores it; an interrupted write is dropped. */
export async function sendExport(
  exported: DatabaseExport,
  reason: BackupReason,
  askWhere: boolean,
  onBytes: OnBytes = () => undefined,
): Promise<Result<Response<'backup:write:end'>>> {
  const { data, schemaVersion, tables } = exported;
  const begun = await invoke('backup:write:begin', {
    reason,
    schemaVersion,
    tables,
    size: data.size,
    askWhere,
  });
  if (!begun.ok) return begun;
  const { writeId } = begun.value;
  let offset = 0;
  try {
    while (offset < data.size) {
      const end = Math.min(offset + BACKUP_CHUNK_BYTES, data.size);
      const piece = new Uint8Array(await data.slice(offset, end).arrayBuffer());
      const sent = await invoke('backup:write:chunk', { writeId, offset, data: piece });
      if (!sent.ok) return sent;
      offset = sent.value.received;
      onBytes(offset, data.size);
    }
  } catch (e) {
    // Reading the Blob failed (the page's storage): main must not keep the half-written file.
    await invoke('backup:write:abort', { writeId });
    return fail(
      'BACKUP_EXPORT_FAILED',
      `Chưa đọc được dữ liệu để sao lưu${e instanceof Error && e.message ? ` (${e.message})` : ''}. Hãy đóng rồi mở lại Sáng kiến Desk và bấm "Sao lưu ngay".`,
    );
  }
  return invoke('backup:write:end', { writeId });
}

/**
 * The verified database export of an open read, as a Blob; the read is closed whatever happens.
 * A Blob whose size differs from what main verified is refused before anything is imported.
 */
export async function receiveExport(
  readId: string,
  size: number,
  onBytes: OnBytes = () => undefined,
): Promise<Result<Blob>> {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  try {
    while (offset < size) {
      const length = Math.min(BACKUP_CHUNK_BYTES, size - offset);
      const got = await invoke('backup:read:chunk', { readId, offset, length });
      if (!got.ok) return got;
      if (got.value.data.byteLength === 0) break;
      pieces.push(got.value.data);
      offset += got.value.data.byteLength;
      onBytes(offset, size);
    }
  } finally {
    await invoke('backup:read:end', { readId });
  }
  const blob = new Blob(pieces, { type: 'application/json' });
  if (blob.size !== size)
    return fail(
      'BACKUP_INVALID',
      'Bản sao lưu chưa được đọc trọn vẹn, nên chưa khôi phục gì: dữ liệu hiện tại vẫn giữ nguyên. Hãy thử khôi phục lại; nếu vẫn lỗi, hãy chọn một bản sao lưu khác.',
    );
  return ok(blob);
}

/** Closes a read the clerk decided not to restore. */
export const closeRead = async (readId: string): Promise<void> => {
  await invoke('backup:read:end', { readId });
};
