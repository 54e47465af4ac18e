// The import's preview, decided before anything is written: new, updated, unchanged, conflict,
// and units over their quota.
import { describe, expect, it } from 'vitest';
import type { ImportedRecord } from '@shared/bundle/import-links';
import { classifyRecord, planImport } from '@shared/bundle/import-plan';
import type { ImportMapping, LocalState } from '@shared/bundle/import-plan';
import type { Initiative } from '@shared/model/initiative';
import { completeInitiative } from '../initiative-fixtures';
import { bundleData } from './bundle-fixtures';

const mapping: ImportMapping = { programmeId: 'p-here', unitIds: new Map([['u-1', 'u-here']]) };

const here = (over: Partial<Initiative> = {}): Initiative =>
  completeInitiative({ programmeId: 'p-here', unitId: 'u-here', status: 'proposed', ...over });

const imported = (id: string, sourceRev: number, localRev = sourceRev): ImportedRecord => ({
  id,
  sourceRev,
  sourceUpdatedAt: '2021-04-01T08:00:00.000Z',
  localRev,
  originUnitId: 'u-1',
  fromUnitId: 'u-1',
  importedAt: '2021-04-16T08:00:00.000Z',
});

const nothingHere: LocalState = { existing: new Map(), imported: new Map(), proposals: [] };

describe('classifyRecord', () => {
  const incoming = here({ rev: 2, title: 'Tên mới' });

  it('new when there is no record with its id here', () => {
    expect(classifyRecord(incoming, undefined, undefined)).toBe('new');
  });

  it('unchanged when the source rev is not above the one last imported, whatever changed here', () => {
    expect(classifyRecord(here({ rev: 2 }), here({ rev: 5 }), imported('i-1', 2))).toBe(
      'unchanged',
    );
    expect(classifyRecord(here({ rev: 1 }), here({ rev: 2 }), imported('i-1', 2))).toBe(
      'unchanged',
    );
  });

  it('updated when changed at the source only', () => {
    expect(classifyRecord(incoming, here({ rev: 1 }), imported('i-1', 1))).toBe('updated');
  });

  it('conflict when changed here since the last import and at the source', () => {
    expect(classifyRecord(incoming, here({ rev: 2, title: 'Sửa ở đây' }), imported('i-1', 1))).toBe(
      'conflict',
    );
  });

  it('a record with its id that was never imported: unchanged when equal, else a conflict', () => {
    expect(classifyRecord(here(), here(), undefined)).toBe('unchanged');
    expect(classifyRecord(incoming, here(), undefined)).toBe('conflict');
  });
});

describe('planImport', () => {
  it('maps every record to this office programme and unit, keeping its id and rev', () => {
    const plan = planImport(bundleData(), mapping, nothingHere);
    expect(plan.counts).toEqual({ new: 3, updated: 0, unchanged: 0, conflict: 0 });
    expect(plan.records.map((r) => [r.id, r.incoming.programmeId, r.incoming.unitId])).toEqual([
      ['i-1', 'p-here', 'u-here'],
      ['i-2', 'p-here', 'u-here'],
      ['i-3', 'p-here', 'u-here'],
    ]);
    expect(plan.records.every((r) => r.incoming.rev === 1 && r.changes.length === 0)).toBe(true);
    expect(plan.overQuota).toEqual([]);
  });

  it('the same bundle a second time changes nothing', () => {
    const data = bundleData();
    const local: LocalState = {
      existing: new Map(
        data.initiatives.map((i) => [i.id, { ...i, programmeId: 'p-here', unitId: 'u-here' }]),
      ),
      imported: new Map(data.initiatives.map((i) => [i.id, imported(i.id, i.rev)])),
      proposals: [],
    };
    expect(planImport(data, mapping, local).counts).toEqual({
      new: 0,
      updated: 0,
      unchanged: 3,
      conflict: 0,
    });
  });

  it('lists what an update and a conflict change, field by field', () => {
    const data = bundleData();
    data.initiatives[0] = { ...data.initiatives[0]!, rev: 2, title: 'Máy hàn tự động thế hệ 2' };
    data.initiatives[1] = { ...data.initiatives[1]!, rev: 2, economicBenefit: 1_250_000 };
    // Here: the records as last imported (rev 1), the second one edited here since (rev 2).
    const mine = bundleData().initiatives.map((i) => ({
      ...i,
      programmeId: 'p-here',
      unitId: 'u-here',
    }));
    mine[1] = { ...mine[1]!, rev: 2, novelty: 'Sửa ở huyện' };
    const local: LocalState = {
      existing: new Map(mine.map((i) => [i.id, i])),
      imported: new Map(mine.map((i) => [i.id, imported(i.id, 1)])),
      proposals: [],
    };
    const plan = planImport(data, mapping, local);
    expect(plan.counts).toEqual({ new: 0, updated: 1, unchanged: 1, conflict: 1 });
    const [updated, conflict] = plan.records;
    expect(updated?.kind).toBe('updated');
    expect(updated?.changes).toEqual([
      expect.objectContaining({ field: 'title', after: 'Máy hàn tự động thế hệ 2' }),
    ]);
    expect(conflict?.kind).toBe('conflict');
    expect(conflict?.changes.map((c) => c.field).sort()).toEqual(['economicBenefit', 'novelty']);
    expect(conflict?.changes.find((c) => c.field === 'economicBenefit')?.after).toBe('1.250.000 đ');
  });

  it('warns about a unit that would hold more than its quota, counting what is here once', () => {
    const data = bundleData();
    const local: LocalState = {
      ...nothingHere,
      proposals: [
        { initiativeId: 'i-1', unitId: 'u-here', title: 'Cải tiến máy hàn tự động', rank: null },
        { initiativeId: 'old', unitId: 'u-here', title: 'Sáng kiến năm trước', rank: null },
        { initiativeId: 'other', unitId: 'u-other', title: 'Của đơn vị khác', rank: null },
      ],
    };
    const plan = planImport(data, mapping, local);
    expect(plan.overQuota).toHaveLength(1);
    const [warning] = plan.overQuota;
    expect(warning).toMatchObject({ unitId: 'u-here', count: 4, quota: 3 });
    expect(warning?.unitName).toBe('Công đoàn cơ sở Công ty Đồng Tiến');
    expect(warning?.message).toMatch(/vượt hạn mức 3 sáng kiến mỗi đơn vị.*Sáng kiến năm trước/);
    expect(warning?.message).toMatch(/Vẫn nhập dù vượt hạn mức/);
    // Three in all is within the quota; a quota of 4 holds the four.
    expect(planImport(data, mapping, nothingHere).overQuota).toEqual([]);
    expect(planImport(data, mapping, { ...local, quota: 4 }).overQuota).toEqual([]);
  });
});
