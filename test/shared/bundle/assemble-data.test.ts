import { describe, expect, it } from 'vitest';
import { assembleBundleData, attachmentsOf, bundleSender } from '@shared/bundle/assemble-data';
import { bundleDataSchema } from '@shared/bundle/data';
import { sampleBundleSource } from '@shared/sample/sample-bundle';
import { SAMPLE_UNITS } from '@shared/sample/sample-data';
import { completeInitiative } from '../initiative-fixtures';

describe('assembleBundleData', () => {
  it("carries the proposed initiatives, their units, the session's sheets for them only", () => {
    const source = sampleBundleSource();
    const data = bundleDataSchema.parse(assembleBundleData(source));

    const proposed = source.initiatives.map((i) => i.id);
    expect(proposed).toEqual(['sample-i-3', 'sample-i-1', 'sample-i-4', 'sample-i-2']);
    expect(data.initiatives.map((i) => i.id)).toEqual(proposed);
    const unitIds = new Set([source.office.unitId, ...source.initiatives.map((i) => i.unitId)]);
    expect(data.units.map((u) => u.id).sort()).toEqual([...unitIds].sort());
    expect(data.units.length).toBeLessThanOrEqual(SAMPLE_UNITS.length);
    expect(data.councils.map((c) => c.id)).toEqual([source.council.id]);
    expect(data.scoreSheets.length).toBeGreaterThan(0);
    expect(data.scoreSheets.every((s) => proposed.includes(s.initiativeId))).toBe(true);
    // The initiative not proposed (sample-i-5) leaves no trace: no sheet, no conclusion.
    expect(source.sheets.some((s) => s.initiativeId === 'sample-i-5')).toBe(true);
    expect(data.sessions[0]!.initiativeIds).not.toContain('sample-i-5');
    expect(Object.keys(data.sessions[0]!.conclusions).sort()).toEqual([...proposed].sort());
    expect(bundleSender(source)).toEqual({
      unit: { id: 'sample-unit-office', name: 'Liên đoàn Lao động huyện Trảng Bom' },
      programme: { id: source.programme.id, name: source.programme.name },
    });
  });
});

describe('attachmentsOf', () => {
  it('lists each file once, and none of a confidential initiative', () => {
    const photo = { sha256: 'a'.repeat(64), name: 'Ảnh.jpg', type: 'image/jpeg', size: 10 };
    const pdf = { sha256: 'b'.repeat(64), name: 'Bản vẽ.pdf', type: 'application/pdf', size: 20 };
    const secret = {
      sha256: 'c'.repeat(64),
      name: 'Công thức.pdf',
      type: 'application/pdf',
      size: 5,
    };
    const list = attachmentsOf([
      completeInitiative({ id: 'i-1', attachments: [photo, pdf] }),
      completeInitiative({ id: 'i-2', attachments: [photo] }),
      completeInitiative({ id: 'i-3', confidential: true, attachments: [secret] }),
    ]);
    expect(list).toEqual([
      { sha256: photo.sha256, name: 'Ảnh.jpg', size: 10 },
      { sha256: pdf.sha256, name: 'Bản vẽ.pdf', size: 20 },
    ]);
  });
});
