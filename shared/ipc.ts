// The one IPC contract (docs/architecture.md): each channel once, with request and reply schemas.
// main/ registers a handler per key; the preload exposes exactly these; the renderer calls them typed.
import { z } from 'zod';
import { bundleDataSchema } from './bundle/data';
import { mailPlanSchema } from './bundle/mail-size';
import { bundlePartSchema, manifestSchema, sha256Hex } from './bundle/manifest';
import { sendOutcomeSchema } from './mail/outcome';
import { mailSettingsSchema, messageIdSchema } from './mail/settings';
import type { Result } from './result';

const bytes = (maxMb: number) =>
  z
    .instanceof(Uint8Array)
    .refine((d) => d.byteLength <= maxMb * 1024 * 1024, `Tệp quá lớn (tối đa ${maxMb} MB)`);

const MAX_BUNDLE_INPUT_BYTES = 400 * 1024 * 1024;

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
  /**
   * Writes a bundle (docs/architecture.md, "Data that leaves the machine") from the records and
   * bytes the renderer holds: `outbox` under the data folder for email, `choose` where the clerk
   * says (a folder, a USB stick); null when the clerk cancels. Confidential initiatives are
   * redacted in main whatever the page sent. Returns the mail-size plan too.
   */
  'bundle:write': {
    request: z
      .object({
        target: z.enum(['outbox', 'choose']),
        /** One numbered part of a bundle split for email (the plan says which files go in it). */
        part: bundlePartSchema.optional(),
        unit: z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(300) }),
        programme: z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(300) }),
        data: bundleDataSchema,
        documents: z
          .array(z.object({ title: z.string().min(1).max(200), data: bytes(50) }))
          .max(500),
        attachments: z
          .array(z.object({ sha256: sha256Hex, name: z.string().min(1).max(255), data: bytes(20) }))
          .max(2000),
      })
      .strict()
      .refine(
        (r) =>
          r.documents.reduce((n, d) => n + d.data.byteLength, 0) +
            r.attachments.reduce((n, a) => n + a.data.byteLength, 0) <=
          MAX_BUNDLE_INPUT_BYTES,
        'Hồ sơ quá lớn (tối đa 400 MB)',
      ),
    response: z
      .object({
        path: z.string(),
        fileName: z.string(),
        size: z.number().int().nonnegative(),
        mail: mailPlanSchema,
      })
      .nullable(),
  },
  /** Reads and verifies a bundle (main/bundle/verify-bundle.ts) before anything is written. */
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
  /** Sends one outbox entry with its bundle attached: sent, or a temporary or permanent failure. */
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

/** What the preload exposes as `window.desk`: one named function per channel, nothing else. */
export type DeskApi = { [C in Channel]: (request: Request<C>) => Promise<Result<Response<C>>> };

/** Handlers main installs, one per channel; they receive the parsed request. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequest<C>) => Promise<Result<Response<C>>>;
};
