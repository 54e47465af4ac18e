// Will the bundle go by email? Gmail refuses a message over 25 MB after encoding: base64 turns
// 3 bytes into 4 and breaks lines every 76 characters, so about 18 MB of raw attachments fit
// (docs/domain.md). Over that the bundle is split into numbered messages, each a bundle of its
// own, or saved to a folder when one file alone is too big.
import { z } from 'zod';

export const MAIL_LIMIT_BYTES = 25 * 1024 * 1024;
/** Headers, the body text and the MIME boundaries of one message, generously. */
export const MESSAGE_OVERHEAD_BYTES = 64 * 1024;

/** Bytes of `raw` bytes once base64-encoded in 76-character lines ending CRLF. */
export function base64Size(raw: number): number {
  const chars = Math.ceil(raw / 3) * 4;
  return chars + Math.ceil(chars / 76) * 2;
}

const sizedFileSchema = z.object({ path: z.string(), size: z.number().int().nonnegative() });

const messagePartSchema = z.object({
  /** 1-based, as in "Phần 1/3". */
  index: z.number().int().min(1),
  files: z.array(sizedFileSchema),
  /** The whole message on the wire. */
  encodedBytes: z.number(),
});

/** Fits / split / too big; also the shape bundle:write returns (shared/ipc.ts). */
export const mailPlanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fits'), encodedBytes: z.number() }),
  z.object({
    kind: z.literal('split'),
    parts: z.array(messagePartSchema),
  }),
  z.object({ kind: z.literal('too_big'), files: z.array(sizedFileSchema) }),
]);

export type SizedFile = z.infer<typeof sizedFileSchema>;
export type MessagePart = z.infer<typeof messagePartSchema>;
export type MailPlan = z.infer<typeof mailPlanSchema>;

export interface MailPlanInput {
  /** The documents and attachments that may go in any part. */
  readonly files: readonly SizedFile[];
  /** What every part carries (manifest.json, data.json, zip headers), raw bytes. */
  readonly commonBytes: number;
  readonly limit?: number;
}

/** Fits / split into numbered parts (which files in which) / too big, as a pure function. */
export function planMail({
  files,
  commonBytes,
  limit = MAIL_LIMIT_BYTES,
}: MailPlanInput): MailPlan {
  const wire = (raw: number) => base64Size(raw) + MESSAGE_OVERHEAD_BYTES;
  const total = files.reduce((sum, f) => sum + f.size, commonBytes);
  if (wire(total) <= limit) return { kind: 'fits', encodedBytes: wire(total) };

  const alone = files.filter((f) => wire(commonBytes + f.size) > limit);
  if (alone.length > 0) return { kind: 'too_big', files: alone };

  // First fit, largest first: few parts, and the same input always gives the same parts.
  const order = files
    .map((file, position) => ({ file, position }))
    .sort((a, b) => b.file.size - a.file.size || a.position - b.position);
  const bins: { raw: number; items: { file: SizedFile; position: number }[] }[] = [];
  for (const item of order) {
    const bin = bins.find((b) => wire(b.raw + item.file.size) <= limit);
    if (bin) {
      bin.raw += item.file.size;
      bin.items.push(item);
    } else bins.push({ raw: commonBytes + item.file.size, items: [item] });
  }
  const parts = bins.map((bin, i) => ({
    index: i + 1,
    files: bin.items.sort((a, b) => a.position - b.position).map((it) => it.file),
    encodedBytes: wire(bin.raw),
  }));
  return { kind: 'split', parts };
}
