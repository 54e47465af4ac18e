import { describe, expect, it } from 'vitest';
import {
  asciiFileName,
  asciiName,
  attachmentEntryName,
  bundleFileName,
  documentEntryName,
  entryNameProblem,
} from '@shared/bundle/entry-names';

describe('ASCII-safe names', () => {
  it('folds Vietnamese, đ included, and joins words with _', () => {
    expect(asciiName('Tờ trình')).toBe('To_trinh');
    expect(asciiName('Đề nghị công nhận – Bằng LĐST')).toBe('De_nghi_cong_nhan_Bang_LDST');
    // Decomposed input (Unikey) folds the same way.
    expect(asciiName('Tờ trình'.normalize('NFD'))).toBe('To_trinh');
  });

  it('never yields an empty, dotted or over-long name', () => {
    expect(asciiName('…')).toBe('tep');
    expect(asciiName('..')).toBe('tep');
    expect(asciiName('a '.repeat(100)).length).toBeLessThanOrEqual(60);
    expect(asciiName('a '.repeat(100))).not.toMatch(/_$/);
  });

  it('keeps a plain extension, lower-cased', () => {
    expect(asciiFileName('Ảnh chụp dây chuyền.JPG')).toBe('Anh_chup_day_chuyen.jpg');
    expect(asciiFileName('không đuôi')).toBe('khong_duoi');
    expect(asciiFileName('../../etc/passwd')).toBe('etc_passwd');
  });

  it('names entries and the bundle as agreed', () => {
    expect(documentEntryName(1, 'Tờ trình')).toBe('documents/01_To_trinh.docx');
    const sha = 'f'.repeat(64);
    expect(attachmentEntryName(sha, 'Bản vẽ.pdf')).toBe(`attachments/${sha}_Ban_ve.pdf`);
    expect(
      bundleFileName('Công đoàn cơ sở Công ty Đồng Tiến', '75 ngàn sáng kiến', '2021-04-15'),
    ).toBe('HoSo_Cong_doan_co_so_Cong_ty_Dong_75_ngan_sang_kien_2021-04-15.zip');
    expect(bundleFileName('CĐCS Đồng Tiến', '75 ngàn', '2021-04-15', { index: 2, count: 3 })).toBe(
      'HoSo_CDCS_Dong_Tien_75_ngan_2021-04-15_phan2-3.zip',
    );
    const long = bundleFileName('Đ'.repeat(300), 'S'.repeat(300), '2021-04-15');
    expect(long.length).toBeLessThanOrEqual(90);
    expect(long).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('every name it makes passes the entry rules', () => {
    for (const name of [
      documentEntryName(12, '../x'),
      attachmentEntryName('0'.repeat(64), 'C:\\Windows\\a.exe'),
    ])
      expect(entryNameProblem(name)).toBeNull();
  });
});

describe('entryNameProblem', () => {
  it.each([
    ['../x'],
    ['a/../../x'],
    ['/etc/passwd'],
    ['C:/Windows/x'],
    ['c:x'],
    ['documents\\a.docx'],
    ['a\u0000b'],
    ['a//b'],
    ['./a'],
    [''],
  ])('refuses %j', (name) => {
    expect(entryNameProblem(name)).not.toBeNull();
  });

  it.each([['manifest.json'], ['documents/01_To_trinh.docx'], ['attachments/']])(
    'accepts %j',
    (name) => {
      expect(entryNameProblem(name)).toBeNull();
    },
  );
});
