// The sample's list as report:sample writes it, read back by SheetJS.
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { SAMPLE_INITIATIVES, SAMPLE_UNITS } from '@shared/sample/sample-data';
import { writeSampleList } from '../../../main/sheets/sample-list';
import { tempDir } from '../helpers';

describe('the sample list', () => {
  it('holds every sample initiative with its unit’s name', async () => {
    const path = await writeSampleList(await tempDir());
    const book = XLSX.read(await readFile(path));
    const sheet = book.Sheets['Danh sách sáng kiến']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    const live = SAMPLE_INITIATIVES.filter((i) => !i.deletedAt);
    expect(rows).toHaveLength(live.length + 1);
    const first = live[0]!;
    expect(rows[1]?.[1]).toBe(first.title);
    expect(rows[1]?.[3]).toBe(SAMPLE_UNITS.find((u) => u.id === first.unitId)?.name);
  });
});
