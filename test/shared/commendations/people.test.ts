// The people commended: one row a person × commendation, hand-listed.
import { describe, expect, it } from 'vitest';
import {
  certificateInitiativeIds,
  commendedPeople,
  commendedPeopleTable,
} from '@shared/commendations/people';
import { SAMPLE_COMMENDATIONS, SAMPLE_INITIATIVES, SAMPLE_UNITS } from '@shared/sample/sample-data';

const unitNames = new Map(SAMPLE_UNITS.map((u) => [u.id, u.name]));

describe('the people commended', () => {
  it('lists every author of an initiative-wide decision and only the named ones otherwise', () => {
    const people = commendedPeople(SAMPLE_COMMENDATIONS, SAMPLE_INITIATIVES, unitNames);
    expect(people.map((p) => [p.name, p.form, p.level, p.decisionNumber])).toEqual([
      ['Nguyễn Văn Tâm', 'Bằng Lao động sáng tạo', 'Tổng Liên đoàn', '1520/QĐ-TLĐ'],
      ['Trần Thị Lan', 'Bằng Lao động sáng tạo', 'Tổng Liên đoàn', '1520/QĐ-TLĐ'],
      ['Hoàng Minh Đức', 'Bằng khen', 'Tỉnh', '215/QĐ-LĐLĐ'],
    ]);
    expect(people[2]?.unitName).toBe('CĐCS Công ty CP Cơ khí Sông Mây');
  });

  it('leaves out initiatives in the trash and authors no longer on the initiative', () => {
    const trashed = SAMPLE_INITIATIVES.map((i) =>
      i.id === 'sample-i-1' ? { ...i, deletedAt: '2021-10-01T00:00:00.000Z' } : i,
    );
    expect(commendedPeople(SAMPLE_COMMENDATIONS, trashed, unitNames).map((p) => p.name)).toEqual([
      'Hoàng Minh Đức',
    ]);
    const gone = SAMPLE_COMMENDATIONS.map((c) =>
      c.id === 'sample-c-2' ? { ...c, authorIds: ['nobody'] } : c,
    );
    expect(commendedPeople(gone, SAMPLE_INITIATIVES, unitNames)).toHaveLength(2);
  });

  it('counts the initiatives awarded a Bằng Lao động sáng tạo', () => {
    expect([...certificateInitiativeIds(SAMPLE_COMMENDATIONS)]).toEqual(['sample-i-1']);
  });

  it('makes a sheet with Vietnamese headers, dates and đồng as typed cells', () => {
    const table = commendedPeopleTable(
      commendedPeople(SAMPLE_COMMENDATIONS, SAMPLE_INITIATIVES, unitNames),
    );
    expect(table.columns.map((c) => c.header)).toEqual([
      'STT',
      'Họ và tên',
      'Đơn vị',
      'Tên sáng kiến',
      'Cấp khen thưởng',
      'Hình thức',
      'Số quyết định',
      'Ngày quyết định',
      'Cơ quan quyết định',
      'Tiền thưởng (đồng)',
    ]);
    expect(table.rows[2]).toEqual([
      3,
      'Hoàng Minh Đức',
      'CĐCS Công ty CP Cơ khí Sông Mây',
      'Quy trình bảo dưỡng dự phòng máy tiện CNC',
      'Tỉnh',
      'Bằng khen',
      '215/QĐ-LĐLĐ',
      '2021-06-15',
      'Liên đoàn Lao động tỉnh Đồng Nai',
      1_500_000,
    ]);
  });
});
