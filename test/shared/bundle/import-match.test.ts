// Which unit or programme of this office a bundle's sender stands for.
import { describe, expect, it } from 'vitest';
import { proposeMatch, sameName, settledChoice } from '@shared/bundle/import-match';
import type { ImportLink } from '@shared/bundle/import-links';

const units = [
  { id: 'u-a', name: 'Công đoàn cơ sở Công ty Đồng Tiến' },
  { id: 'u-b', name: 'CĐCS Trường THPT Ngô Quyền' },
];
const link = (localId: string): ImportLink => ({
  key: 'unit:src',
  kind: 'unit',
  sourceId: 'src',
  localId,
  sourceName: 'Tên cũ',
  linkedAt: '2021-04-16T08:00:00.000Z',
});

describe('proposeMatch', () => {
  it('takes the unit remembered from an earlier import, whatever the name now', () => {
    const proposal = proposeMatch({ id: 'src', name: 'Tên đã đổi' }, link('u-b'), units);
    expect(proposal).toEqual({ kind: 'linked', localId: 'u-b' });
    expect(settledChoice(proposal)).toEqual({ kind: 'existing', localId: 'u-b' });
  });

  it('forgets a link to a unit that is gone, and falls back on the same id', () => {
    expect(proposeMatch({ id: 'u-a', name: 'x' }, link('gone'), units)).toEqual({
      kind: 'same-id',
      localId: 'u-a',
    });
  });

  it('proposes a unit by name, without case, tones or extra spaces, for the clerk to confirm', () => {
    const proposal = proposeMatch(
      { id: 'src', name: 'cong doan  co so cong ty dong tien' },
      undefined,
      units,
    );
    expect(proposal).toEqual({
      kind: 'by-name',
      localId: 'u-a',
      localName: 'Công đoàn cơ sở Công ty Đồng Tiến',
    });
    expect(settledChoice(proposal)).toBeNull();
  });

  it('a new unit when nothing matches', () => {
    const proposal = proposeMatch(
      { id: 'src', name: 'CĐCS Bệnh viện Thống Nhất' },
      undefined,
      units,
    );
    expect(proposal).toEqual({ kind: 'new' });
    expect(settledChoice(proposal)).toEqual({ kind: 'new' });
  });

  it('sameName tells đ from d only by folding both', () => {
    expect(sameName('Đồng Nai', 'dong nai')).toBe(true);
    expect(sameName('Đồng Nai', 'Đồng Tháp')).toBe(false);
  });
});
