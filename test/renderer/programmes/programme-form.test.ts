import { describe, expect, it } from 'vitest';
import { seedProgramme } from '@shared/seed-programme';
import {
  newProgrammeForm,
  programmeToForm,
  readProgrammeForm,
  type ProgrammeFormValues,
} from '../../../renderer/src/features/programmes/programme-form';

const preset = seedProgramme({ id: 'p1', createdAt: 'x', updatedAt: 'x', updatedBy: 'x' });

const errorsOf = (values: Partial<ProgrammeFormValues>) => {
  const read = readProgrammeForm(values);
  return read.ok ? {} : Object.fromEntries(read.errors.map((e) => [String(e.name), e.errors[0]]));
};

describe('programme form', () => {
  it('round-trips a stored programme through the form', () => {
    const form = programmeToForm(preset);
    expect(form.deadline).toBe('20/04/2021');
    expect(form.firstAppliedFrom).toBe('01/02/2021');
    const read = readProgrammeForm(form);
    expect(read.ok && read.value).toEqual({
      name: preset.name,
      issuer: preset.issuer,
      startsOn: preset.startsOn,
      deadline: preset.deadline,
      targetInitiatives: 2800,
      targetCertificatesMin: 5,
      targetCertificatesMax: 10,
      quotaPerUnit: 3,
      recipientEmail: preset.recipientEmail,
      fields: preset.fields,
      firstAppliedFrom: '2021-02-01',
      firstAppliedTo: '2021-05-31',
      archived: false,
    });
  });

  it('names every missing required field of a new programme', () => {
    expect(errorsOf(newProgrammeForm())).toEqual({
      deadline: 'Nhập hạn nộp hồ sơ',
      targetInitiatives: 'Nhập chỉ tiêu số sáng kiến',
      targetCertificatesMin: 'Nhập số Bằng LĐST tối thiểu',
      targetCertificatesMax: 'Nhập số Bằng LĐST tối đa',
      name: 'Nhập tên chương trình',
      recipientEmail:
        'Email nhận hồ sơ không hợp lệ: hãy nhập dạng ten@donvi.vn, không dấu, không khoảng trắng.',
    });
  });

  it('refuses dates that are not real dd/mm/yyyy dates, and an empty optional date is null', () => {
    const form = { ...programmeToForm(preset), deadline: '31/02/2021', startsOn: '2021-03-10' };
    expect(errorsOf(form)).toEqual({
      deadline: 'Ngày 31 không có: tháng 2 năm 2021 chỉ có 28 ngày.',
      startsOn: 'Hãy nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/04/2021.',
    });
    const read = readProgrammeForm({ ...programmeToForm(preset), startsOn: ' ' });
    expect(read.ok && read.value.startsOn).toBeNull();
  });

  it('refuses more minimum than maximum certificates, and a window that ends before it starts', () => {
    expect(
      errorsOf({
        ...programmeToForm(preset),
        targetCertificatesMin: 11,
        targetCertificatesMax: 10,
      }),
    ).toEqual({ targetCertificatesMax: 'Chỉ tiêu Bằng LĐST: số tối thiểu lớn hơn số tối đa' });
    expect(errorsOf({ ...programmeToForm(preset), firstAppliedFrom: '01/06/2021' })).toEqual({
      firstAppliedTo: 'Khoảng thời gian áp dụng lần đầu: ngày bắt đầu sau ngày kết thúc',
    });
  });

  it('cleans the field list: NFC, folded spaces, no blanks or duplicates; at least one needed', () => {
    const decomposed = 'Khác'.normalize('NFD');
    const read = readProgrammeForm({
      ...programmeToForm(preset),
      fields: ['  Cải cách   hành chính ', decomposed, 'Khác', ''],
    });
    expect(read.ok && read.value.fields).toEqual(['Cải cách hành chính', 'Khác']);
    expect(errorsOf({ ...programmeToForm(preset), fields: [' '] })).toEqual({
      fields: 'Cần ít nhất một lĩnh vực',
    });
  });

  it('refuses a quota below 1', () => {
    expect(errorsOf({ ...programmeToForm(preset), quotaPerUnit: 0 })).toEqual({
      quotaPerUnit: 'Hạn mức ít nhất là 1',
    });
  });

  it('reads targets typed the Vietnamese way and refuses a fraction with the reason', () => {
    const read = readProgrammeForm({
      ...programmeToForm(preset),
      targetInitiatives: '3.000',
      quotaPerUnit: ' 4 ',
    });
    expect(read.ok && [read.value.targetInitiatives, read.value.quotaPerUnit]).toEqual([3000, 4]);
    expect(errorsOf({ ...programmeToForm(preset), quotaPerUnit: '1.5' })).toEqual({
      quotaPerUnit:
        'Trong "1.5", dấu "." không ngăn cách các nhóm ba chữ số. Đây là số đếm, không có phần lẻ: hãy nhập số nguyên, ví dụ 2.800.',
    });
    expect(errorsOf({ ...programmeToForm(preset), targetInitiatives: '2 nghìn' })).toEqual({
      targetInitiatives: 'Chỉ nhập chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm, ví dụ 2.800.',
    });
    expect(errorsOf({ ...programmeToForm(preset), targetInitiatives: '  ' })).toEqual({
      targetInitiatives: 'Nhập chỉ tiêu số sáng kiến',
    });
  });

  it('keeps the address of a recipient pasted with its display name, a trailing dot or a zero-width space', () => {
    for (const typed of [
      'Ban CSKT - LĐLĐ Đồng Nai <BanCSKTXH@Gmail.com>',
      'BanCSKTXH@gmail.com.',
      '\u200bBanCSKTXH@gmail.com ',
    ]) {
      const read = readProgrammeForm({ ...programmeToForm(preset), recipientEmail: typed });
      expect(read.ok && read.value.recipientEmail).toBe('BanCSKTXH@gmail.com');
    }
  });
});
