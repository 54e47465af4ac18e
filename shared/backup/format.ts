// The backup file (issue 7): one zip, `manifest.json` (what, when, which versions, a SHA-256 and
// size for every other entry) and `database.json`, dexie-export-import's export of every table,
// attachment blobs included. Main builds and verifies the zip; the renderer makes and reads the
// export, because the data lives in its IndexedDB (docs/architecture.md).
import { z } from 'zod';

/** Raised when the layout of the zip or of the manifest changes incompatibly. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FORMAT_NAME = 'sang-kien-desk-backup';
/** The extension main gives every backup, whatever the clerk types in the save dialog. */
export const BACKUP_EXTENSION = 'skdb';
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'database.json';
/** The largest database export a backup may carry (attachments included), inflated. */
export const MAX_BACKUP_DATA_BYTES = 1024 * 1024 * 1024;
/**
 * The largest piece of a database export that crosses IPC in one request, either way
 * (docs/decisions.md, D59); the page sends BACKUP_CHUNK_BYTES at a time.
 */
export const MAX_BACKUP_CHUNK_BYTES = 8 * 1024 * 1024;
export const BACKUP_CHUNK_BYTES = 4 * 1024 * 1024;
/** A manifest is a few hundred bytes; anything near this is not ours. */
export const MAX_MANIFEST_BYTES = 64 * 1024;

export const BACKUP_REASONS = ['daily', 'manual', 'import', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Tự động hằng ngày',
  manual: 'Sao lưu ngay',
  import: 'Trước khi nhập dữ liệu',
  restore: 'Trước khi khôi phục',
};

/** The reason as it appears in the file name: ASCII, so every file system and mail client keeps it. */
const REASON_SLUGS: Record<BackupReason, string> = {
  daily: 'hang-ngay',
  manual: 'sao-luu-ngay',
  import: 'truoc-nhap',
  restore: 'truoc-khoi-phuc',
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const backupEntrySchema = z
  .object({
    name: z.literal(DATABASE_ENTRY),
    size: z.number().int().nonnegative().max(MAX_BACKUP_DATA_BYTES),
    sha256,
  })
  .strict();

export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT_NAME),
    formatVersion: z.number().int().positive(),
    appVersion: z.string().min(1).max(50),
    /** The Dexie schema version of the database that was exported (renderer/src/db/schema.ts). */
    schemaVersion: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    reason: z.enum(BACKUP_REASONS),
    /** Rows per table, so a clerk (or a test) sees what a backup holds without importing it. */
    tables: z.record(
      z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/),
      z.number().int().nonnegative(),
    ),
    /** Every entry of the zip but the manifest itself, each exactly once. */
    entries: z.array(backupEntrySchema).length(1),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** A backup in the data folder's `backups/`, as the screen lists it. */
export const backupListItemSchema = z.object({
  fileName: z.string().min(1).max(200),
  /** Local time written in the file name, as ISO; minute precision. */
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  size: z.number().int().nonnegative(),
});
export type BackupListItem = z.infer<typeof backupListItemSchema>;

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * `SaoLuu_2026-12-02_0815_hang-ngay.skdb` in local time (what the clerk's clock shows); a second
 * backup in the same minute gets `_2`, `_3`… before the extension.
 */
export const backupFileName = (at: Date, reason: BackupReason, copy = 1): string => {
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}`;
  const suffix = copy > 1 ? `_${copy}` : '';
  return `SaoLuu_${day}_${time}_${REASON_SLUGS[reason]}${suffix}.${BACKUP_EXTENSION}`;
};

const NAME_PATTERN =
  /^SaoLuu_(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})_([a-z-]+?)(?:_(\d{1,3}))?\.skdb$/;

/** Reads back what backupFileName wrote; null for any other file (the clerk's own, a temp file). */
export const parseBackupFileName = (
  name: string,
): { createdAt: Date; reason: BackupReason; copy: number } | null => {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, slug, copy] = m;
  const reason = BACKUP_REASONS.find((r) => REASON_SLUGS[r] === slug);
  if (!reason) return null;
  const createdAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  // A name like 2026-02-31 rolls over into March: not one we wrote.
  if (createdAt.getDate() !== Number(d) || createdAt.getHours() !== Number(h)) return null;
  return { createdAt, reason, copy: copy === undefined ? 1 : Number(copy) };
};

/** A backup's size as the screen shows it: megabytes with a comma decimal, e.g. `1,25 MB`. */
export const formatMegabytes = (bytes: number): string => {
  const mb = bytes / 1024 / 1024;
  const [whole = '0', fraction = '00'] = (mb > 0 && mb < 0.01 ? 0.01 : mb).toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction} MB`;
};
