// `npm run report:sample -- <folder>`: writes the initiative list (.xlsx) of the built-in sample
// (the one the dossier uses) into <folder>, so anyone can open it without the app.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeSampleList } from '../main/sheets/sample-list';

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) {
    console.error('Cách dùng: npm run report:sample -- <thư mục>');
    process.exitCode = 2;
    return;
  }
  const folder = resolve(target);
  await mkdir(folder, { recursive: true });
  const path = await writeSampleList(folder);
  console.log(path);
  console.log(`Đã ghi danh sách sáng kiến vào ${folder}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
