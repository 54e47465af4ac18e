// The subject and body of a bundle's email, from a template the clerk may edit. Placeholders in
// braces are filled in; an unknown one is left as typed and reported, so a typo is visible.

export const MAIL_PLACEHOLDERS = ['don_vi', 'chuong_trinh', 'ngay', 'danh_sach_tep'] as const;
export type MailPlaceholder = (typeof MAIL_PLACEHOLDERS)[number];

export const MAIL_PLACEHOLDER_LABELS: Record<MailPlaceholder, string> = {
  don_vi: 'Tên đơn vị gửi',
  chuong_trinh: 'Tên chương trình',
  ngay: 'Ngày lập hồ sơ (dd/mm/yyyy)',
  danh_sach_tep: 'Danh sách tệp đính kèm',
};

export type MailValues = Record<MailPlaceholder, string>;

export const DEFAULT_SUBJECT_TEMPLATE = 'Hồ sơ sáng kiến {chuong_trinh} – {don_vi} – {ngay}';

export const DEFAULT_BODY_TEMPLATE = [
  'Kính gửi Ban Tổ chức chương trình {chuong_trinh},',
  '',
  '{don_vi} xin gửi hồ sơ đề xuất sáng kiến, lập ngày {ngay}, gồm:',
  '{danh_sach_tep}',
  '',
  'Tệp .zip mở được bằng Sáng kiến Desk (Nhập hồ sơ) hoặc bằng bất kỳ chương trình giải nén nào để đọc các văn bản.',
  '',
  'Trân trọng.',
].join('\n');

const PLACEHOLDER = /\{([a-z_]+)\}/g;

const isPlaceholder = (name: string): name is MailPlaceholder =>
  (MAIL_PLACEHOLDERS as readonly string[]).includes(name);

export function renderTemplate(template: string, values: MailValues): string {
  return template
    .replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole))
    .normalize('NFC');
}

/** Placeholders the template uses that this app does not know, e.g. a typo `{donvi}`. */
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((n) => !isPlaceholder(n)))];
}

/** "- 01_To_trinh.docx" lines for {danh_sach_tep}. */
export const fileList = (names: readonly string[]): string => names.map((n) => `- ${n}`).join('\n');
