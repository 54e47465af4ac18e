// `npm run dossier:sample -- <folder>`: writes the whole dossier of the built-in sample (a district
// office, three grassroots units, five initiatives, a scored council) as .docx files into <folder>,
// so anyone can open the output without the app.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildDossier } from '@shared/dossier/dossier';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { emitDocx } from '../main/dossier/docx-emitter';
import { writeFilesAtomic } from '../main/services/atomic-batch';

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) {
    console.error('Cách dùng: npm run dossier:sample -- <thư mục>');
    process.exitCode = 2;
    return;
  }
  const folder = resolve(target);
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  const { documents } = buildDossier(sampleDossierInput());
  const files = await Promise.all(
    documents.map(async (d) => ({ name: d.fileName, data: await emitDocx(d) })),
  );
  const paths = await writeFilesAtomic(folder, files);
  const ms = Math.round(performance.now() - started);
  for (const path of paths) console.log(path);
  console.log(`Đã ghi ${paths.length} văn bản vào ${folder} (${ms} ms).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
