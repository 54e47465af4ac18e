// Committing a checked spreadsheet (renderer/src/db/sheet-import.ts) into a real IndexedDB
// (fake-indexeddb): all rows or none, one history entry, nothing doubled on a second import.
import { toRow } from '../../../renderer/src/db/initiative-row';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, importHeader, matchHeader } from '@shared/sheets/import-columns';
import { checkImportRows, type ImportedRow } from '@shared/sheets/import-check';
import type { ImportRow } from '@shared/sheets/import-rows';
import { initiativeListTable } from '@shared/sheets/initiative-list';
import { updateInitiative } from '../../../renderer/src/db/initiatives';
import { listUnits } from '../../../renderer/src/db/units';
import {
  commitSheetImport,
  existingImportIds,
  existingImportKeys,
} from '../../../renderer/src/db/sheet-import';
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
    expect(await db.initiatives.count()).toBe(3);
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
    expect(await db.history.count()).toBe(historyBefore);
  });
});

describe('an exported list imported again (docs/decisions.md D55)', () => {
  it('doubles nothing even after a rename: rows carry the Mã of their initiative', async () => {
    const { db, programme, read } = await checked(3);
    await commitSheetImport(db, programme.id, (await read()).rows, by, 'ds.xlsx');
    const units = await listUnits(db);
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    // The list as the dashboard exports it, then one initiative renamed in the app.
    const listRows = (await db.initiatives.where('programmeId').equals(programme.id).toArray()).map(
      toRow,
    );
    const exported = initiativeListTable(listRows, unitNames);
    const renamed = listRows[0]!;
    await updateInitiative(db, renamed.id, { title: 'Tên mới sau khi xuất' }, by, 's1');

    const head = matchHeader(exported.columns.map((c) => c.header));
    if (!head.ok) throw new Error('the exported header must be importable');
    const sheet = exported.rows.map((cells, i): ImportRow => ({ row: i + 2, cells }));
    const checkWith = async (layout: typeof head.layout) => {
      return checkImportRows(layout, sheet, {
        programmeId: programme.id,
        fields: programme.fields,
        units,
        existingKeys: await existingImportKeys(db, programme.id),
        existingIds: await existingImportIds(db, programme.id),
      });
    };

    const check = await checkWith(head.layout);
    expect(check.problems).toEqual([]);
    expect(check.rows.map((r) => [r.id, r.existing])).toEqual(listRows.map((r) => [r.id, true]));
    expect(await commitSheetImport(db, programme.id, check.rows, by, 'ds.xlsx')).toEqual({
      added: 0,
      skipped: 3,
    });
    expect(await db.initiatives.count()).toBe(3);
    expect((await db.initiatives.get(renamed.id))?.title).toBe('Tên mới sau khi xuất');

    // Without the Mã column the renamed row reads as new: the column is what keeps it single.
    const { id: _dropped, ...withoutId } = head.layout;
    const byIdentity = await checkWith(withoutId);
    expect(byIdentity.rows.filter((r) => !r.existing).map((r) => r.draft.title)).toEqual([
      renamed.title,
    ]);
  });

  it('refuses a Mã the programme does not hold, naming row and column', async () => {
    const { db, programme, read } = await checked(1);
    await commitSheetImport(db, programme.id, (await read()).rows, by, 'ds.xlsx');
    const units = await listUnits(db);
    const head = matchHeader([...IMPORT_FIELDS.map(importHeader)]);
    if (!head.ok) throw new Error('header');
    const cells = IMPORT_FIELDS.map((k) =>
      k === 'id'
        ? 'ma-khong-co'
        : k === 'title'
          ? 'Khác'
          : k === 'unitId'
            ? units[0]!.name
            : k === 'field'
              ? programme.fields[0]!
              : k === 'authors'
                ? 'Lê Văn C'
                : null,
    );
    const check = checkImportRows(head.layout, [{ row: 5, cells }], {
      programmeId: programme.id,
      fields: programme.fields,
      units,
      existingKeys: await existingImportKeys(db, programme.id),
      existingIds: await existingImportIds(db, programme.id),
    });
    expect(check.rows).toEqual([]);
    expect(check.problems.map((p) => [p.row, p.column])).toEqual([[5, 'Mã']]);
  });
});
