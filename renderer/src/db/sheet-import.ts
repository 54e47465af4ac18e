// Commits the rows of a checked spreadsheet (issue 10): all or none, through importInitiatives, so
// the records, the counts and the history entry go in one transaction. Rows the register
// already holds (by the import's identity, docs/decisions.md D45) are skipped, so importing the
// same sheet twice adds nothing the second time. Rows carrying a Mã (docs/decisions.md D55) are
// the initiative of that id and are never written: not even after a rename do they double.
import { keyOfInitiative, type ImportedRow } from '@shared/sheets/import-check';
import type { DeskDb } from './database';
import { importInitiatives } from './initiatives';
import { created } from './stamp';

/** The identities of the programme's initiatives, the trash included (a restore would double them). */
export const existingImportKeys = async (db: DeskDb, programmeId: string): Promise<Set<string>> => {
  const keys = new Set<string>();
  await db.initiatives
    .where('programmeId')
    .equals(programmeId)
    .each((i) => void keys.add(keyOfInitiative(i)));
  return keys;
};

/** The ids of the programme's initiatives, the trash included: the Mã a sheet's rows may carry. */
export const existingImportIds = async (db: DeskDb, programmeId: string): Promise<Set<string>> =>
  new Set(
    (await db.initiatives.where('programmeId').equals(programmeId).primaryKeys()).map(String),
  );

export interface SheetImportOutcome {
  added: number;
  /** Rows skipped because the register already holds them. */
  skipped: number;
}

/** Writes the rows not yet in the register as drafts, in one transaction. */
export const commitSheetImport = async (
  db: DeskDb,
  programmeId: string,
  rows: readonly ImportedRow[],
  by: string,
  fileName: string,
): Promise<SheetImportOutcome> => {
  const existing = await existingImportKeys(db, programmeId);
  const fresh = rows.filter((r) => r.id === undefined && !existing.has(r.key));
  const now = new Date().toISOString();
  const records = fresh.map((r) => ({
    ...r.draft,
    ...created(by, now),
    programmeId,
    status: 'draft' as const,
    deletedAt: null,
  }));
  const added =
    records.length === 0
      ? 0
      : await importInitiatives(db, records, by, `Nhập từ Excel (${fileName})`);
  return { added, skipped: rows.length - fresh.length };
};
