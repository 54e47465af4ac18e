import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BODY_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
  fileList,
  renderTemplate,
  unknownPlaceholders,
} from '@shared/mail/template';

const values = {
  don_vi: 'Công đoàn cơ sở Công ty Đồng Tiến',
  chuong_trinh: '75 ngàn sáng kiến vượt khó, phát triển',
  ngay: '15/04/2021',
  danh_sach_tep: fileList(['HoSo_Cong_doan_co_so_2021-04-15.zip']),
};

describe('mail templates', () => {
  it('fills the default subject and body', () => {
    expect(renderTemplate(DEFAULT_SUBJECT_TEMPLATE, values)).toBe(
      'Hồ sơ sáng kiến 75 ngàn sáng kiến vượt khó, phát triển – Công đoàn cơ sở Công ty Đồng Tiến – 15/04/2021',
    );
    const body = renderTemplate(DEFAULT_BODY_TEMPLATE, values);
    expect(body).toContain(
      'Công đoàn cơ sở Công ty Đồng Tiến xin gửi hồ sơ đề xuất sáng kiến, lập ngày 15/04/2021',
    );
    expect(body).toContain('- HoSo_Cong_doan_co_so_2021-04-15.zip');
    expect(body).not.toMatch(/\{[a-z_]+\}/);
  });

  it('fills a placeholder used twice, leaves an unknown one visible and reports it', () => {
    const template = '{don_vi} / {don_vi} / {donvi}';
    expect(renderTemplate(template, values)).toBe(
      'Công đoàn cơ sở Công ty Đồng Tiến / Công đoàn cơ sở Công ty Đồng Tiến / {donvi}',
    );
    expect(unknownPlaceholders(template)).toEqual(['donvi']);
    expect(unknownPlaceholders(DEFAULT_BODY_TEMPLATE)).toEqual([]);
  });

  it('returns NFC text whatever the template was typed in', () => {
    const out = renderTemplate('Kính gửi {ngay}'.normalize('NFD'), values);
    expect(out).toBe(out.normalize('NFC'));
    expect(out).toBe('Kính gửi 15/04/2021');
  });
});
