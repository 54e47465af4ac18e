// manifest.json of a bundle (docs/architecture.md, "Data that leaves the machine"): who sent it,
// for which programme, and every other file with its size and SHA-256. Written last, read first.
import { z } from 'zod';
import { id, text, timestamp } from '../model/common';

/** The only format this version reads and writes; a bundle of another version is refused. */
export const BUNDLE_FORMAT_VERSION = 1;

export const MANIFEST_PATH = 'manifest.json';
export const DATA_PATH = 'data.json';

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Mã SHA-256 không hợp lệ');

export const manifestFileSchema = z.object({
  path: z.string().min(1).max(200),
  size: z.number().int().nonnegative(),
  sha256: sha256Hex,
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const bundlePartSchema = z
  .object({ index: z.number().int().min(1), count: z.number().int().min(2).max(99) })
  .refine((p) => p.index <= p.count, { message: 'Số thứ tự phần lớn hơn số phần' });
export type BundlePart = z.infer<typeof bundlePartSchema>;

export const manifestSchema = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  unit: z.object({ id, name: text(300).pipe(z.string().min(1)) }),
  programme: z.object({ id, name: text(300).pipe(z.string().min(1)) }),
  createdAt: timestamp,
  appVersion: z.string().min(1).max(50),
  files: z.array(manifestFileSchema).min(1).max(10_000),
  /**
   * Set when a bundle too big for one email was split (shared/bundle/mail-size.ts): every part
   * carries the whole data.json and some of the files, so each one verifies and imports alone.
   */
  part: bundlePartSchema.optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
