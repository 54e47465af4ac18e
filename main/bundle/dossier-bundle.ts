// A dossier's bundle, as `bundle:write` and `npm run bundle:sample` both write it: the documents
// emitted from the dossier model by the one .docx emitter (main/dossier/docx-emitter.ts, the
// same files `dossier:export` writes), the zip written by main/bundle/write-bundle.ts, and the
// mail-size plan of what was written (shared/bundle/mail-size.ts).
import { bundleFileName } from '@shared/bundle/entry-names';
import { DATA_PATH, type BundlePart } from '@shared/bundle/manifest';
import { planMail, type MailPlan } from '@shared/bundle/mail-size';
import type { DossierDocument } from '@shared/dossier/model';
import { emitDocx } from '../dossier/docx-emitter';
import { writeBundle, type WriteBundleInput, type WrittenBundle } from './write-bundle';

/** What `writeBundle` takes, with the documents as the dossier's model rather than bytes. */
export type DossierBundleInput = Omit<WriteBundleInput, 'documents'> & {
  readonly documents: readonly DossierDocument[];
};

export type WrittenDossierBundle = WrittenBundle & {
  /** The documents' and attachments' entry paths, in the zip's order. */
  readonly files: string[];
  readonly mail: MailPlan;
};

/** Zip headers and the central directory, per entry, generously. */
const ENTRY_OVERHEAD_BYTES = 200;

export async function writeDossierBundle(input: DossierBundleInput): Promise<WrittenDossierBundle> {
  const documents = await Promise.all(
    input.documents.map(async (d) => ({ title: d.title, bytes: await emitDocx(d) })),
  );
  const bundle = await writeBundle({
    folder: input.folder,
    fileName: input.fileName,
    head: input.head,
    data: input.data,
    documents,
    attachments: input.attachments,
    ...(input.only ? { only: input.only } : {}),
  });
  // The manifest lists every entry but itself; data.json goes in every part.
  const files = bundle.manifest.files.filter((f) => f.path !== DATA_PATH);
  const dataFile = bundle.manifest.files.find((f) => f.path === DATA_PATH);
  const manifestBytes = Buffer.byteLength(JSON.stringify(bundle.manifest, null, 2));
  const mail = planMail({
    files: files.map((f) => ({ path: f.path, size: f.size })),
    commonBytes:
      (dataFile?.size ?? 0) +
      manifestBytes +
      ENTRY_OVERHEAD_BYTES * (bundle.manifest.files.length + 1),
  });
  return { ...bundle, files: files.map((f) => f.path), mail };
}

/** `HoSo_<unit>_<programme>_<yyyy-mm-dd>.zip` on the clerk's own day of `createdAt`. */
export function dossierBundleName(
  unitName: string,
  programmeName: string,
  createdAt: string,
  part?: BundlePart,
): string {
  return bundleFileName(unitName, programmeName, localDay(new Date(createdAt)), part);
}

/** yyyy-mm-dd of the clerk's own day, as the bundle's name shows it. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
