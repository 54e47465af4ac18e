// Committing a checked spreadsheet (renderer/src/db/sheet-import.ts) into a real IndexedDB
// (fake-indexeddb): all rows or none, one history entry, nothing doubled on a second import.
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, importHeader, matchHeader } from '@shared/sheets/import-columns';
import { checkImportRows, type ImportedRow } from '@shared/sheets/import-check';
import type { ImportRow } from '@shared/sheets/import-rows';
import { listUnits } from '../../../renderer/src/db/units';
import { commitSheetImport, existingImportKeys } from '../../../renderer/src/db/sheet-import';
import { setUpDb } from '../helpers';

const by = 'Trần Thị Bình';
const header = matchHeader(IMPORT_FIELDS.map(importHeader));
if (!header.ok) throw new Error('header');

const sheetRows = (unitName: string, field: string, count: number): ImportRow[] =>
  Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    cells: IMPORT_FIELDS.map((k) =>
      k === 'title'
        ? `Sáng kiến số ${i + 1}`
        : k === 'unitId'
          ? unitName
          : k === 'field'
            ? field
            : k === 'authors'
              ? 'Nguyễn Văn An; Lê Thị Hoa'
              : k === 'economicBenefit'
                ? 1_000_000 * (i + 1)
                : null,
    ),
  }));

async function checked(count: number) {
  const env = await setUpDb();
  const units = await listUnits(env.db);
  const unit = units.find((u) => u.id === env.office.unitId)!;
  const read = async () =>
    checkImportRows(
      header.ok ? header.layout : {},
      sheetRows(unit.name, env.programme.fields[0]!, count),
      {
        programmeId: env.programme.id,
        fields: env.programme.fields,
        units,
        existingKeys: await existingImportKeys(env.db, env.programme.id),
      },
    );
  return { ...env, read };
}

describe('commitSheetImport', () => {
  it('writes every row as a draft with its list row and one history entry', async () => {
    const { db, programme, read } = await checked(3);
    const check = await read();
    expect(check.problems).toEqual([]);
    const historyBefore = await db.history.count();
    expect(await commitSheetImport(db, programme.id, check.rows, by, 'ds.xlsx')).toEqual({
      added: 3,
      skipped: 0,
    });
    const stored = await db.initiatives.where('programmeId').equals(programme.id).toArray();
    expect(stored.map((i) => i.title).sort()).toEqual([
      'Sáng kiến số 1',
      'Sáng kiến số 2',
      'Sáng kiến số 3',
    ]);
    expect(stored.every((i) => i.status === 'draft' && i.authors.length === 2)).toBe(true);
    expect(await db.initiativeRows.count()).toBe(3);
    const history = await db.history.toArray();
    expect(history).toHaveLength(historyBefore + 1);
    expect(history.some((h) => h.note === 'Nhập từ Excel (ds.xlsx): 3 sáng kiến')).toBe(true);
  });

  it('adds nothing when the same rows come again: they read as existing and are skipped', async () => {
    const { db, programme, read } = await checked(4);
    await commitSheetImport(db, programme.id, (await read()).rows, by, 'ds.xlsx');
    const again = await read();
    expect(again.rows.every((r) => r.existing)).toBe(true);
    expect(await commitSheetImport(db, programme.id, again.rows, by, 'ds.xlsx')).toEqual({
      added: 0,
      skipped: 4,
    });
    // Even rows checked before the first commit (not marked existing) are not doubled.
    const { rows } = await read();
    const stale = rows.map((r): ImportedRow => ({ ...r, existing: false }));
    expect((await commitSheetImport(db, programme.id, stale, by, 'ds.xlsx')).added).toBe(0);
    expect(await db.initiatives.count()).toBe(4);
    expect(await db.initiativeRows.count()).toBe(4);
  });

  it('writes none when one row is refused by the schema', async () => {
    const { db, programme, read } = await checked(3);
    const rows = (await read()).rows;
    const broken = rows.map((r, i) =>
      i === 2 ? { ...r, draft: { ...r.draft, title: 'x'.repeat(501) } } : r,
    );
    const historyBefore = await db.history.count();
    await expect(commitSheetImport(db, programme.id, broken, by, 'ds.xlsx')).rejects.toThrow();
    expect(await db.initiatives.count()).toBe(0);
    expect(await db.initiativeRows.count()).toBe(0);
    expect(await db.history.count()).toBe(historyBefore);
  });
});
