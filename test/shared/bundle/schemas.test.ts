import { describe, expect, it } from 'vitest';
import { bundleDataSchema } from '@shared/bundle/data';
import { manifestSchema } from '@shared/bundle/manifest';
import { bundleData, manifestHead } from './bundle-fixtures';

describe('manifest.json', () => {
  const manifest = () => ({
    ...manifestHead(),
    files: [{ path: 'data.json', size: 10, sha256: '0'.repeat(64) }],
  });

  it('accepts format version 1', () => {
    expect(manifestSchema.safeParse(manifest()).success).toBe(true);
  });

  it('accepts a numbered part of a split bundle, and refuses a part past the count', () => {
    expect(manifestSchema.safeParse({ ...manifest(), part: { index: 2, count: 3 } }).success).toBe(
      true,
    );
    expect(manifestSchema.safeParse({ ...manifest(), part: { index: 4, count: 3 } }).success).toBe(
      false,
    );
  });

  it('refuses another version, a bad checksum, no files', () => {
    expect(manifestSchema.safeParse({ ...manifest(), formatVersion: 2 }).success).toBe(false);
    expect(
      manifestSchema.safeParse({ ...manifest(), files: [{ path: 'a', size: 1, sha256: 'x' }] })
        .success,
    ).toBe(false);
    expect(manifestSchema.safeParse({ ...manifest(), files: [] }).success).toBe(false);
  });
});

describe('data.json', () => {
  it('accepts the records of a dossier', () => {
    expect(bundleDataSchema.safeParse(bundleData()).success).toBe(true);
  });

  it('refuses a record that breaks the stored schema', () => {
    const data = bundleData();
    const broken = { ...data, initiatives: [{ ...data.initiatives[0], status: 'stolen' }] };
    expect(bundleDataSchema.safeParse(broken).success).toBe(false);
  });

  it('refuses records that point outside the bundle', () => {
    const data = bundleData();
    const orphan = {
      ...data,
      initiatives: [
        { ...data.initiatives[0]!, unitId: 'u-elsewhere' },
        ...data.initiatives.slice(1),
      ],
    };
    const result = bundleDataSchema.safeParse(orphan);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['initiatives', 0, 'unitId']);

    const otherProgramme = {
      ...data,
      initiatives: data.initiatives.map((i) => ({ ...i, programmeId: 'p-2' })),
    };
    expect(bundleDataSchema.safeParse(otherProgramme).success).toBe(false);

    const strayScore = {
      ...data,
      scoreSheets: [{ ...data.scoreSheets[0]!, initiativeId: 'i-9' }],
    };
    expect(bundleDataSchema.safeParse(strayScore).success).toBe(false);
  });
});
