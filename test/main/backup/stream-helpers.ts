// The page's side of the streamed backup channels (docs/decisions.md, D59), for handler tests:
// a write in pieces of `chunk` bytes, and a read fetched whole.
import type { BackupManifest } from '@shared/backup/format';
import type { Handlers } from '@shared/ipc';
import type { Result } from '@shared/result';
import type { createBackupHandlers } from '../../../main/handlers/backup';

type BackupHandlers = ReturnType<typeof createBackupHandlers>;
type Reason = 'daily' | 'manual' | 'import' | 'restore';

export const SCHEMA = 3;

export async function writeInPieces(
  handlers: BackupHandlers,
  data: Uint8Array,
  extra: { askWhere?: boolean; reason?: Reason; chunk?: number } = {},
): Promise<Awaited<ReturnType<Handlers['backup:write:end']>>> {
  const begun = await handlers['backup:write:begin']({
    reason: extra.reason ?? 'daily',
    schemaVersion: SCHEMA,
    tables: { initiatives: 2, attachments: 1 },
    size: data.byteLength,
    askWhere: extra.askWhere ?? false,
  });
  if (!begun.ok) return begun;
  const { writeId } = begun.value;
  const chunk = extra.chunk ?? 1024 * 1024;
  for (let offset = 0; offset < data.byteLength; offset += chunk) {
    const sent = await handlers['backup:write:chunk']({
      writeId,
      offset,
      data: data.slice(offset, offset + chunk),
    });
    if (!sent.ok) return sent;
  }
  return handlers['backup:write:end']({ writeId });
}

/** Opens a backup and fetches its whole export in pieces of `chunk` bytes, then closes it. */
export async function readWhole(
  handlers: BackupHandlers,
  request: { fileName?: string; schemaVersion: number },
  chunk = 1000,
): Promise<Result<{ fileName: string; manifest: BackupManifest; data: Buffer } | null>> {
  const read = await handlers['backup:read'](request);
  if (!read.ok) return read;
  if (read.value === null) return { ok: true, value: null };
  const { readId, size } = read.value;
  const parts: Buffer[] = [];
  for (let offset = 0; offset < size; offset += chunk) {
    const got = await handlers['backup:read:chunk']({ readId, offset, length: chunk });
    if (!got.ok) return got;
    parts.push(Buffer.from(got.value.data));
  }
  await handlers['backup:read:end']({ readId });
  const { fileName, manifest } = read.value;
  return { ok: true, value: { fileName, manifest, data: Buffer.concat(parts) } };
}
