// The one IPC contract (docs/architecture.md): each channel once, with request and reply schemas.
// main/ registers a handler per key; the preload exposes exactly these; the renderer calls them typed.
import { z } from 'zod';
import { dossierDocumentSchema } from './dossier/model';
import { bundleDataSchema } from './bundle/data';
import { mailPlanSchema } from './bundle/mail-size';
import { bundlePartSchema, manifestSchema, sha256Hex } from './bundle/manifest';
import { sendOutcomeSchema } from './mail/outcome';
import { importRowSchema } from './sheets/import-rows';
import {
  MAX_SHEET_ROWS,
  SHEET_EXPORT_CHUNK,
  sheetCellSchema,
  sheetColumnSchema,
  sheetTableSchema,
} from './sheets/table';
import { mailSettingsSchema, messageIdSchema } from './mail/settings';
import type { Result } from './result';
import {
  BACKUP_REASONS,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_BACKUP_DATA_BYTES,
  backupListItemSchema,
  backupManifestSchema,
} from './backup/format';

const bytes = (maxMb: number) =>
  z
    .instanceof(Uint8Array)
    .refine((d) => d.byteLength <= maxMb * 1024 * 1024, `Tệp quá lớn (tối đa ${maxMb} MB)`);

const MAX_BUNDLE_INPUT_BYTES = 400 * 1024 * 1024;

/**
 * A file name the page proposes: never a path. Main sanitises the rest (reserved characters,
 * trailing dots and spaces, length) and decides the extension from the kind.
 */
const fileName = z
  .string()
  .min(1)
  .max(1000)
  .refine((s) => !/[\\/]/.test(s) && s.trim() !== '.' && s.trim() !== '..', 'Tên tệp không hợp lệ');

/**
 * What the page may save. Main maps each kind to its one extension and save-dialog filter and
 * refuses anything else, so the page cannot propose `x.docx.exe`; 'attachment' keeps the
 * attached file's own extension unless it is one that runs a program.
 */
export const SAVE_KINDS = ['docx', 'xlsx', 'zip', 'pdf', 'json', 'attachment'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

const backupChunk = z
  .instanceof(Uint8Array)
  .refine((d) => d.byteLength <= MAX_BACKUP_CHUNK_BYTES, 'Phần dữ liệu quá lớn (tối đa 8 MB)');
/** A write or read of a backup that main has open; main makes them (randomUUID). */
const transferId = z.uuid();
const byteOffset = z.number().int().nonnegative().max(MAX_BACKUP_DATA_BYTES);

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
        kind: z.enum(SAVE_KINDS),
      })
      .strict(),
    response: z.object({ path: z.string() }).nullable(),
  },
  /**
   * The page's answer to a flush request (see FlushRequestEvent): its pending writes are done,
   * `saved` false when one of them failed. Sent by the preload, not by screens.
   */
  'page:flushed': {
    request: z.object({ requestId: z.string().min(1).max(100), saved: z.boolean() }).strict(),
    response: z.object({ received: z.boolean() }),
  },
  /** Shows a file the app saved in the system file manager. Only paths this app wrote are accepted. */
  'folder:reveal': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.object({ shown: z.boolean() }),
  },
  /**
   * Opens a file the app wrote in this session (a dossier document, a saved export) in the
   * system's program for it, e.g. the word processor. Any other path is refused.
   */
  'file:open': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /** The backups in the data folder, newest first, and where that folder is. */
  'backup:list': {
    request: z.object({}).strict(),
    response: z.object({ folder: z.string(), backups: z.array(backupListItemSchema) }),
  },
  /**
   * A backup in pieces (docs/decisions.md, D59): `begin` says what is written and how many bytes
   * the database export has; `chunk` appends the next piece at `offset` to a temp file in the
   * data folder; `end` zips it with its manifest into the data folder, verifies and rotates it,
   * and with `askWhere` asks where to put a copy (null when the clerk cancels); `abort` drops it.
   * Main keeps at most two writes open; an idle one is dropped at the next `begin`.
   */
  'backup:write:begin': {
    request: z
      .object({
        reason: z.enum(BACKUP_REASONS),
        schemaVersion: z.number().int().positive(),
        tables: z.record(z.string().max(64), z.number().int().nonnegative()),
        size: byteOffset,
        askWhere: z.boolean().default(false),
      })
      .strict(),
    response: z.object({ writeId: transferId }),
  },
  'backup:write:chunk': {
    request: z.object({ writeId: transferId, offset: byteOffset, data: backupChunk }).strict(),
    response: z.object({ received: byteOffset }),
  },
  'backup:write:end': {
    request: z.object({ writeId: transferId }).strict(),
    response: z.object({
      backup: backupListItemSchema,
      removed: z.array(z.string()),
      copiedTo: z.string().nullable(),
    }),
  },
  'backup:write:abort': {
    request: z.object({ writeId: transferId }).strict(),
    response: z.object({ dropped: z.boolean() }),
  },
  /**
   * Reads and verifies a backup, from the data folder (`fileName`) or from a file the clerk picks
   * (no `fileName`: main shows the open dialog; null when the clerk cancels). A backup from a
   * newer database schema than `schemaVersion` is refused. The verified database export stays in
   * main, `size` bytes under `readId`, for `backup:read:chunk`; `backup:read:end` drops it, and
   * the next `backup:read` drops any left open.
   */
  'backup:read': {
    request: z
      .object({
        fileName: z.string().min(1).max(200).optional(),
        schemaVersion: z.number().int().positive(),
      })
      .strict(),
    response: z
      .object({
        fileName: z.string(),
        manifest: backupManifestSchema,
        readId: transferId,
        size: byteOffset,
      })
      .nullable(),
  },
  'backup:read:chunk': {
    request: z
      .object({
        readId: transferId,
        offset: byteOffset,
        length: z.number().int().positive().max(MAX_BACKUP_CHUNK_BYTES),
      })
      .strict(),
    response: z.object({ data: backupChunk }),
  },
  'backup:read:end': {
    request: z.object({ readId: transferId }).strict(),
    response: z.object({ dropped: z.boolean() }),
  },
  /**
   * Asks for a folder, then writes every document of the dossier there as .docx, all or nothing;
   * null when the clerk cancels. An empty list is refused before the dialog opens.
   */
  'dossier:export': {
    request: z
      .object({
        documents: z
          .array(dossierDocumentSchema)
          .max(2000)
          .refine(
            (docs) => new Set(docs.map((d) => d.fileName.toLowerCase())).size === docs.length,
            'Hai văn bản trùng tên tệp',
          ),
      })
      .strict(),
    response: z.object({ folder: z.string(), files: z.array(z.string()) }).nullable(),
  },
  /**
   * Asks where to save (kind xlsx), then streams the table to .xlsx there atomically: typed
   * cells, a frozen header row and a filter (main/sheets/xlsx-writer.ts); null when the clerk
   * cancels.
   */
  'sheet:export': {
    request: z.object({ suggestedName: fileName, table: sheetTableSchema }).strict(),
    response: z.object({ path: z.string(), rows: z.number().int().nonnegative() }).nullable(),
  },
  /**
   * The .xlsx export in chunks, so the page shows progress on a long list (docs/decisions.md
   * D44): `begin` asks where to save (kind xlsx; null when the clerk cancels) and opens a
   * streamed workbook in a temp file, `rows` appends at most 5,000 rows, `end` finishes it and
   * renames it into place, or drops it with `cancel`.
   */
  'sheet:export:begin': {
    request: z
      .object({
        suggestedName: fileName,
        sheetName: sheetTableSchema.shape.sheetName,
        columns: z.array(sheetColumnSchema).min(1).max(100),
        rowCount: z.number().int().nonnegative().max(MAX_SHEET_ROWS),
      })
      .strict(),
    response: z.object({ exportId: z.string(), path: z.string() }).nullable(),
  },
  'sheet:export:rows': {
    request: z
      .object({
        exportId: z.string().min(1).max(100),
        rows: z.array(z.array(sheetCellSchema).max(100)).max(SHEET_EXPORT_CHUNK),
      })
      .strict(),
    response: z.object({ written: z.number().int().nonnegative() }),
  },
  'sheet:export:end': {
    request: z
      .object({ exportId: z.string().min(1).max(100), cancel: z.boolean().default(false) })
      .strict(),
    response: z.object({ path: z.string(), rows: z.number().int().nonnegative() }).nullable(),
  },
  /** Asks where to save (kind xlsx), then writes the import template; null when the clerk cancels. */
  'sheet:template': {
    request: z
      .object({
        suggestedName: fileName,
        units: z.array(z.string().min(1).max(300)).max(10_000),
        fields: z.array(z.string().min(1).max(200)).max(500),
      })
      .strict(),
    response: z.object({ path: z.string() }).nullable(),
  },
  /**
   * Asks the clerk for an .xlsx, refuses what is not one or whose header row does not match the
   * template (naming the columns), and keeps the file open for `sheet:import:next`; null when
   * the clerk cancels. One import is open at a time.
   */
  'sheet:import:open': {
    request: z.object({}).strict(),
    response: z
      .object({
        importId: z.string(),
        fileName: z.string(),
        size: z.number().int().nonnegative(),
        /** Data rows the sheet declares, for the progress bar; null when it does not say. */
        expectedRows: z.number().int().nonnegative().nullable(),
        header: z.array(z.string()),
      })
      .nullable(),
  },
  /** The next rows of the open import (at most 2,000), with the count read so far. */
  'sheet:import:next': {
    request: z.object({ importId: z.string().min(1).max(100) }).strict(),
    response: z.object({
      rows: z.array(importRowSchema),
      done: z.boolean(),
      rowsRead: z.number().int().nonnegative(),
      expectedRows: z.number().int().nonnegative().nullable(),
    }),
  },
  /** Closes an import the page no longer reads (the clerk cancelled). */
  'sheet:import:close': {
    request: z.object({ importId: z.string().min(1).max(100) }).strict(),
    response: z.object({ closed: z.boolean() }),
  },
  /**
   * Asks where to save (kind docx), then writes one document of the dossier's model as .docx
   * there atomically: the result report (shared/report/); null when the clerk cancels.
   */
  'report:export': {
    request: z.object({ suggestedName: fileName, document: dossierDocumentSchema }).strict(),
    response: z.object({ path: z.string() }).nullable(),
  },
  /**
   * Writes a bundle (docs/architecture.md, "Data that leaves the machine") from the records, the
   * dossier's documents as the model (main emits the .docx with the one emitter, as
   * `dossier:export` does: no Word bytes cross from the page) and the attachment bytes the
   * renderer holds: `outbox` under the data folder for email, `choose` where the clerk says (a
   * folder, a USB stick); null when the clerk cancels. Confidential initiatives are redacted in
   * main whatever the page sent. Returns the entries written and the mail-size plan too.
   */
  'bundle:write': {
    request: z
      .object({
        target: z.enum(['outbox', 'choose']),
        /** One numbered part of a bundle split for email (the plan says which files go in it). */
        part: bundlePartSchema.optional(),
        /** The part's documents and attachments: the entry paths of the plan's part. */
        only: z.array(z.string().min(1).max(200)).max(2500).optional(),
        unit: z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(300) }),
        programme: z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(300) }),
        data: bundleDataSchema,
        documents: z.array(dossierDocumentSchema).max(500),
        attachments: z
          .array(z.object({ sha256: sha256Hex, name: z.string().min(1).max(255), data: bytes(20) }))
          .max(2000),
      })
      .strict()
      .refine((r) => r.only === undefined || r.part !== undefined, {
        message: 'Chỉ một phần của hồ sơ chia nhiều thư mới chọn riêng tệp',
        path: ['only'],
      })
      .refine(
        (r) => r.attachments.reduce((n, a) => n + a.data.byteLength, 0) <= MAX_BUNDLE_INPUT_BYTES,
        'Hồ sơ quá lớn (tối đa 400 MB)',
      ),
    response: z
      .object({
        path: z.string(),
        fileName: z.string(),
        size: z.number().int().nonnegative(),
        /** The documents' and attachments' entry paths, in the zip's order. */
        files: z.array(z.string()),
        mail: mailPlanSchema,
      })
      .nullable(),
  },
  /**
   * Reads and verifies a bundle (main/bundle/verify-bundle.ts) before anything is written. A
   * network share, a device path or a path with '..' is read only when picked in 'bundle:choose'.
   */
  'bundle:read': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.object({
      manifest: manifestSchema,
      data: bundleDataSchema,
      documents: z.array(z.object({ path: z.string(), data: z.instanceof(Uint8Array) })),
      attachments: z.array(
        z.object({ path: z.string(), sha256: sha256Hex, data: z.instanceof(Uint8Array) }),
      ),
      zipBytes: z.number().int().nonnegative(),
    }),
  },
  /**
   * At start: removes the bundles in the outbox folder that no outbox entry refers to and that are
   * older than a week (main/bundle/outbox-prune.ts). `keep` is every path the entries refer to;
   * main lists the folder itself and refuses a list holding a relative path or `..`.
   */
  'bundle:outbox:prune': {
    request: z.object({ keep: z.array(z.string().min(1).max(4096)).max(100_000) }).strict(),
    response: z.object({ removed: z.number().int().nonnegative() }),
  },
  /**
   * Asks the clerk for one or many bundles to import (the open dialog, .zip only); each path then
   * goes through 'bundle:read'. An empty list when the clerk cancels.
   */
  'bundle:choose': {
    request: z.object({}).strict(),
    response: z.object({ paths: z.array(z.string().min(1).max(4096)).max(500) }),
  },
  /** The email settings main keeps; the password is write-only: only whether one is stored. */
  'mail:settings:get': {
    request: z.object({}).strict(),
    response: z.object({ settings: mailSettingsSchema.nullable(), passwordStored: z.boolean() }),
  },
  /** Saves the settings; password: a string stores it, null deletes it, absent keeps it. */
  'mail:settings:set': {
    request: z
      .object({
        settings: mailSettingsSchema,
        password: z.string().min(1).max(500).nullable().optional(),
      })
      .strict(),
    response: z.object({ passwordStored: z.boolean() }),
  },
  /** Sends a short test email with the saved settings. */
  'mail:test': {
    request: z.object({ to: z.email('Email người nhận không hợp lệ') }).strict(),
    response: sendOutcomeSchema,
  },
  /**
   * Sends one outbox entry with its bundle attached: sent, or a temporary or permanent failure.
   * The bundle must lie in the outbox folder, where 'bundle:write' with target 'outbox' puts it.
   */
  'mail:send': {
    request: z
      .object({
        to: z.email('Email người nhận không hợp lệ'),
        subject: z.string().min(1).max(500),
        body: z.string().max(50_000),
        messageId: messageIdSchema,
        bundlePath: z.string().min(1).max(4096),
      })
      .strict(),
    response: sendOutcomeSchema,
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Request<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequest<C extends Channel> = z.output<Contract[C]['request']>;
export type Response<C extends Channel> = z.output<Contract[C]['response']>;

export const CHANNELS = Object.keys(contract) as Channel[];

/**
 * The one main→page message: before the window closes, the app quits or the page reloads, main
 * asks the page to finish its pending writes and waits a short while for 'page:flushed'
 * (docs/architecture.md). Its payload is { requestId }.
 */
export type FlushRequestEvent = 'page:flush-request';
export const FLUSH_REQUEST_EVENT: FlushRequestEvent = 'page:flush-request';

/** Named capabilities for what main asks of the page; each returns a function that unsubscribes. */
export interface DeskEvents {
  /**
   * Registers what runs when main asks for a flush: resolve true once every pending write is
   * stored, false when one failed. The preload sends the answer on 'page:flushed'.
   */
  onFlushRequest(handler: () => Promise<boolean>): () => void;
}

/** What the preload answers by itself, without a round trip to main. */
export interface DeskFiles {
  /**
   * The path on disk of a File dropped on the page (Electron's webUtils.getPathForFile); '' for
   * anything else. Main validates the path like any other ('bundle:read').
   */
  pathForFile(file: object): string;
}

/** What the preload exposes as `window.desk`: one function per channel and the named events. */
export type DeskApi = {
  [C in Channel]: (request: Request<C>) => Promise<Result<Response<C>>>;
} & DeskEvents &
  DeskFiles;

/** Handlers main installs, one per channel; they receive the parsed request. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequest<C>) => Promise<Result<Response<C>>>;
};
