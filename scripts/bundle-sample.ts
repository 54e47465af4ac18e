// `npm run bundle:sample -- <folder>`: writes the bundle of the built-in sample (the proposal whose
// dossier `npm run dossier:sample` writes) into <folder> with the app's own writer
// (main/bundle/dossier-bundle.ts), so anyone can open a real bundle and try
// `npm run bundle:verify` on it.
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { assembleBundleData, bundleSender } from '@shared/bundle/assemble-data';
import { formatFileSize } from '@shared/bundle/file-size';
import { describePlan } from '@shared/bundle/mail-plan-text';
import { BUNDLE_FORMAT_VERSION } from '@shared/bundle/manifest';
import { buildDossier } from '@shared/dossier/dossier';
import { sampleBundleSource } from '@shared/sample/sample-bundle';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { dossierBundleName, writeDossierBundle } from '../main/bundle/dossier-bundle';

/** The app's version, as the built app writes it in the manifest. */
async function appVersion(): Promise<string> {
  const raw: unknown = JSON.parse(
    await readFile(join(import.meta.dirname, '..', 'package.json'), 'utf8'),
  );
  return z.object({ version: z.string().min(1) }).parse(raw).version;
}

async function main(): Promise<number> {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('Cách dùng: npm run bundle:sample -- <thư mục>\n');
    return 2;
  }
  const folder = resolve(target);
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  const source = sampleBundleSource();
  const { unit, programme } = bundleSender(source);
  const createdAt = new Date().toISOString();
  const written = await writeDossierBundle({
    folder,
    fileName: dossierBundleName(unit.name, programme.name, createdAt),
    head: {
      formatVersion: BUNDLE_FORMAT_VERSION,
      unit,
      programme,
      createdAt,
      appVersion: await appVersion(),
    },
    data: assembleBundleData(source),
    documents: buildDossier(sampleDossierInput()).documents,
    attachments: [],
  });
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    [
      written.path,
      `Đã ghi hồ sơ mẫu: ${source.initiatives.length} sáng kiến, ${written.files.length} tệp, ${formatFileSize(written.size)} (${ms} ms).`,
      describePlan(written.mail, written.size).title,
      `Kiểm tra: npm run bundle:verify -- "${written.path}"`,
    ].join('\n') + '\n',
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi ngoài dự kiến khi ghi hồ sơ mẫu: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
