// `npm run report:sample -- <folder>`: writes the result report (.docx) and the initiative list
// (.xlsx) of the built-in sample (the one the dossier uses) into <folder>, so anyone can open them
// without the app.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeSampleReport } from '../main/report/sample-report';
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
  const report = await writeSampleReport(folder);
  const list = await writeSampleList(folder);
  console.log(report);
  console.log(list);
  console.log(`Đã ghi báo cáo kết quả và danh sách sáng kiến vào ${folder}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
