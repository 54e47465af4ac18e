// The one IPC contract (architecture.md): every channel once, with its request and response schemas.
// main/ registers a handler per key; the preload exposes exactly these; the renderer calls them typed.
import { z } from 'zod';
import type { Result } from './result';
import {
  BACKUP_REASONS,
  MAX_BACKUP_DATA_BYTES,
  backupListItemSchema,
  backupManifestSchema,
} from './backup/format';

/** Names a file the clerk may save: no folders, no reserved characters. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    // Control characters are refused too: Windows cannot store them in a file name.
    // eslint-disable-next-line no-control-regex
    (s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..',
    'Tên tệp không hợp lệ',
  );

const backupBytes = z
  .instanceof(Uint8Array)
  .refine((d) => d.byteLength <= MAX_BACKUP_DATA_BYTES, 'Dữ liệu quá lớn để sao lưu (tối đa 1 GB)');

export const contract = {
  /** Name, version and platform of the running app, for the About box and bundles. */
  'app:info': {
    request: z.object({}).strict(),
    response: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      dataDir: z.string(),
    }),
  },
  /** Asks where to save, then writes the bytes; null when the clerk cancels. */
  'file:save': {
    request: z
      .object({
        suggestedName: fileName,
        data: z
          .instanceof(Uint8Array)
          .refine((d) => d.byteLength <= 200 * 1024 * 1024, 'Tệp quá lớn (tối đa 200 MB)'),
        filters: z
          .array(
            z.object({
              name: z.string().max(100),
              extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(10),
            }),
          )
          .max(5)
          .default([]),
      })
      .strict(),
    response: z.object({ path: z.string() }).nullable(),
  },
  /** Shows a file the app saved in the system file manager. Only paths this app wrote are accepted. */
  'folder:reveal': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.object({ shown: z.boolean() }),
  },
  /** The backups in the data folder, newest first, and where that folder is. */
  'backup:list': {
    request: z.object({}).strict(),
    response: z.object({ folder: z.string(), backups: z.array(backupListItemSchema) }),
  },
  /**
   * Writes a backup (the renderer's database export) into the data folder and rotates the folder;
   * with `askWhere`, also asks the clerk where to put a copy (null when the clerk cancels).
   */
  'backup:write': {
    request: z
      .object({
        reason: z.enum(BACKUP_REASONS),
        schemaVersion: z.number().int().positive(),
        tables: z.record(z.string().max(64), z.number().int().nonnegative()),
        data: backupBytes,
        askWhere: z.boolean().default(false),
      })
      .strict(),
    response: z.object({
      backup: backupListItemSchema,
      removed: z.array(z.string()),
      copiedTo: z.string().nullable(),
    }),
  },
  /**
   * Reads and verifies a backup, from the data folder (`fileName`) or from a file the clerk picks
   * (no `fileName`: main shows the open dialog; null when the clerk cancels). A backup from a
   * newer database schema than `schemaVersion` is refused.
   */
  'backup:read': {
    request: z
      .object({
        fileName: z.string().min(1).max(200).optional(),
        schemaVersion: z.number().int().positive(),
      })
      .strict(),
    response: z
      .object({ fileName: z.string(), manifest: backupManifestSchema, data: backupBytes })
      .nullable(),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Request<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequest<C extends Channel> = z.output<Contract[C]['request']>;
export type Response<C extends Channel> = z.output<Contract[C]['response']>;

export const CHANNELS = Object.keys(contract) as Channel[];

/** What the preload exposes as `window.desk`: one named function per channel, nothing else. */
export type DeskApi = { [C in Channel]: (request: Request<C>) => Promise<Result<Response<C>>> };

/** Handlers main installs, one per channel; they receive the parsed request. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequest<C>) => Promise<Result<Response<C>>>;
};
