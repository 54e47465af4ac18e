import { describe, expect, it } from 'vitest';
import { describePlan, entryDisplayName } from '@shared/bundle/mail-plan-text';
import { planMail } from '@shared/bundle/mail-size';

const MB = 1024 * 1024;
const sha = 'e'.repeat(64);

describe('describePlan', () => {
  it('one email when the bundle fits', () => {
    const text = describePlan(
      planMail({ files: [{ path: 'a', size: 4 * MB }], commonBytes: 1000 }),
    );
    expect(text.kind).toBe('fits');
    expect(text.messages).toBe(1);
    expect(text.title).toBe('Gửi được trong một thư (khoảng 5,5 MB khi gửi, dưới giới hạn 25 MB).');
  });

  it('one email the size of the encoded .zip when it is known', () => {
    const plan = planMail({ files: [{ path: 'a', size: 4 * MB }], commonBytes: 1000 });
    expect(describePlan(plan, 3 * MB).title).toBe(
      'Gửi được trong một thư (khoảng 4,2 MB khi gửi, dưới giới hạn 25 MB).',
    );
  });

  it('offers N numbered emails or a folder when the whole is over 25 MB', () => {
    const files = [1, 2, 3].map((n) => ({ path: `attachments/${sha}_anh${n}.jpg`, size: 10 * MB }));
    const text = describePlan(planMail({ files, commonBytes: 1000 }));
    expect(text.kind).toBe('split');
    expect(text.messages).toBe(3);
    expect(text.title).toContain('quá 25 MB sau khi mã hoá');
    expect(text.detail).toContain('chia thành 3 thư đánh số');
    expect(text.detail).toContain('lưu ra thư mục');
  });

  it('only the folder when one file alone is too big, naming the file', () => {
    const files = [
      { path: `attachments/${sha}_Video_thu_nghiem.mp4`, size: 19 * MB },
      { path: 'documents/01_To_trinh.docx', size: 30_000 },
    ];
    const text = describePlan(planMail({ files, commonBytes: 1000 }));
    expect(text.kind).toBe('too_big');
    expect(text.messages).toBe(0);
    expect(text.title).toBe(
      'Không gửi qua email được: tệp Video_thu_nghiem.mp4 (19 MB) một mình đã quá 25 MB sau khi mã hoá, kể cả khi chia nhiều thư.',
    );
    expect(text.detail).toContain('lưu hồ sơ ra thư mục (USB)');
  });
});

describe('entryDisplayName', () => {
  it('drops the folder and the hash that keeps attachments apart', () => {
    expect(entryDisplayName(`attachments/${sha}_Anh_chup.jpg`)).toBe('Anh_chup.jpg');
    expect(entryDisplayName('documents/01_To_trinh.docx')).toBe('01_To_trinh.docx');
  });
});
