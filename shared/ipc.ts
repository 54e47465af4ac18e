// The one IPC contract (architecture.md): every channel once, with its request and response schemas.
// main/ registers a handler per key; the preload exposes exactly these; the renderer calls them typed.
import { z } from 'zod';
import { dossierDocumentSchema } from './dossier/model';
import type { Result } from './result';

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
