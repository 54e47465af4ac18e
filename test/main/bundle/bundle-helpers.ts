// Builds real bundles for the tests: the writer's own output, or a hand-made zip with a manifest
// whose checksums are right for whatever entries the test chose.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromBuffer } from 'yauzl';
import type { Entry } from 'yauzl';
import type { BundleData } from '@shared/bundle/data';
import { writeBundle } from '../../../main/bundle/write-bundle';
import type { BundleAttachment, WrittenBundle } from '../../../main/bundle/write-bundle';
import { bundleData, manifestHead } from '../../shared/bundle/bundle-fixtures';
import { handZip } from './hand-zip';
import type { HandEntry } from './hand-zip';

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Bytes that look like a .docx to a zip reader: enough for a round trip. */
export const docxBytes = (label: string): Uint8Array =>
  handZip([{ name: 'word/document.xml', data: Buffer.from(`<w:document>${label}</w:document>`) }]);

export const photo = (size = 50_000): BundleAttachment => {
  const bytes = new Uint8Array(size).map((_, i) => (i * 7919) & 0xff);
  return { sha256: sha256(bytes), name: 'Ảnh dây chuyền.jpg', bytes };
};

/** The fixture's records with one real attachment on initiative i-1. */
export function dataWithPhoto(attachment: BundleAttachment): BundleData {
  const data = bundleData();
  data.initiatives[0] = {
    ...data.initiatives[0]!,
    attachments: [
      {
        sha256: attachment.sha256,
        name: attachment.name,
        type: 'image/jpeg',
        size: attachment.bytes.byteLength,
      },
    ],
  };
  return data;
}

export async function writeSampleBundle(folder: string): Promise<WrittenBundle> {
  const attachment = photo();
  return writeBundle({
    folder,
    fileName: 'HoSo_Cong_doan_co_so_75_ngan_sang_kien_2021-04-15.zip',
    head: manifestHead(),
    data: dataWithPhoto(attachment),
    documents: [
      { title: 'Tờ trình', bytes: docxBytes('to trinh') },
      { title: 'Biên bản họp Hội đồng', bytes: docxBytes('bien ban') },
    ],
    attachments: [attachment],
  });
}

export interface FileSpec {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A bundle made by hand: the files, then a manifest listing them (or `manifest` as given). */
export async function handBundle(
  folder: string,
  name: string,
  files: readonly FileSpec[],
  options: { manifest?: unknown; extra?: readonly HandEntry[] } = {},
): Promise<string> {
  const manifest: unknown = options.manifest ?? {
    ...manifestHead(),
    files: files.map((f) => ({ path: f.path, size: f.bytes.byteLength, sha256: sha256(f.bytes) })),
  };
  const zip = handZip([
    ...files.map((f) => ({ name: f.path, data: f.bytes })),
    ...(options.extra ?? []),
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
  ]);
  const path = join(folder, name);
  await writeFile(path, zip);
  return path;
}

export const dataJson = (data: unknown = bundleData()): FileSpec => ({
  path: 'data.json',
  bytes: Buffer.from(JSON.stringify(data)),
});

/** Entry names and bytes of a zip, read with yauzl directly (not through the verifier). */
export function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const out = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
