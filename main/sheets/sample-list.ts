// The initiative list (.xlsx) of the built-in sample (shared/sample/), the same records the sample
// dossier prints: `npm run report:sample -- <folder>` writes it so anyone can open it in Excel or
// LibreOffice without the app.
import { join } from 'node:path';
import { initiativeListTable } from '@shared/sheets/initiative-list';
import { SAMPLE_INITIATIVES, SAMPLE_UNITS } from '@shared/sample/sample-data';
import { writeXlsxAtomic } from './xlsx-writer';

export const SAMPLE_LIST_FILE = 'Danh-sach-sang-kien.xlsx';

/** Writes the sample's list into `folder` (which must exist) and returns the file's path. */
export async function writeSampleList(folder: string): Promise<string> {
  const unitNames = new Map(SAMPLE_UNITS.map((u) => [u.id, u.name]));
  const rows = SAMPLE_INITIATIVES.filter((i) => !i.deletedAt).map((i) => ({
    ...i,
    authorNames: i.authors.map((a) => a.name),
  }));
  const path = join(folder, SAMPLE_LIST_FILE);
  await writeXlsxAtomic(path, initiativeListTable(rows, unitNames));
  return path;
}
