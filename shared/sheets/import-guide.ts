// What the template's "Hướng dẫn" sheet says of each column (issue 10): how to write it so the
// import reads it, in the words of the checker's messages (shared/sheets/import-check.ts).
import { limitOf, LONG_TEXT_MAX } from '../domain/field-registry';
import { groupDigits } from '../format';
import { MAX_IMPORT_ROWS } from './import-rows';
import { IMPORT_REQUIRED, importLabel, type ImportField } from './import-columns';

/** The names of the template's sheets; the first is the one the import reads. */
export const TEMPLATE_SHEET = 'Sáng kiến';
export const GUIDE_SHEET = 'Hướng dẫn';
/** A hidden sheet holding the lists the drop-downs of the first sheet offer. */
export const LISTS_SHEET = 'Danh mục';

/** Rows of the first sheet that carry the drop-down lists. */
export const TEMPLATE_VALIDATED_ROWS = 2000;

const textRule = (max: number): string => `Văn bản, tối đa ${groupDigits(max)} ký tự.`;

/** How to fill one column. */
export const importGuide = (key: ImportField): string => {
  switch (key) {
    case 'unitId':
      return 'Tên đơn vị đúng như trong cây đơn vị của văn phòng (chọn trong danh sách của ô). Tên không có trong cây bị báo lỗi, không được đoán.';
    case 'field':
      return 'Một trong các lĩnh vực của chương trình (chọn trong danh sách của ô).';
    case 'authors':
      return 'Họ và tên các tác giả, cách nhau bằng dấu chấm phẩy (;), tác giả chính ghi trước. Ví dụ: Nguyễn Văn An; Trần Thị Bình.';
    case 'shares':
      return 'Tỷ lệ đóng góp (%) của từng tác giả theo cùng thứ tự, cách nhau bằng dấu chấm phẩy, cộng lại đúng 100. Ví dụ: 60; 40. Để trống thì chia đều.';
    case 'firstAppliedOn':
      return 'Ngày dạng dd/mm/yyyy, ví dụ 05/04/2021 (ô định dạng ngày của Excel cũng được).';
    case 'economicBenefit':
      return 'Số đồng làm lợi mỗi năm, số nguyên, ví dụ 1.250.000 hoặc 1250000 (ô số của Excel cũng được). Không có phần lẻ, không âm.';
    case 'confidential':
      return 'Ghi «Có» nếu sáng kiến là bí mật, «Không» hoặc để trống nếu không.';
    case 'id':
      return 'Mã của sáng kiến do Sáng kiến Desk ghi khi xuất danh sách. Không sửa; dòng sáng kiến mới để trống. Dòng có mã đã có được bỏ qua, mã không có trong chương trình bị báo lỗi.';
    default:
      return textRule(limitOf(key));
  }
};

/** The general notes above the column list. */
export const IMPORT_NOTES: readonly string[] = [
  'Mỗi dòng của trang «Sáng kiến» là một sáng kiến; dòng 1 là tiêu đề, không sửa tên cột.',
  'Cột có dấu (*) là bắt buộc; các cột khác có thể để trống và bổ sung sau trong Sáng kiến Desk.',
  `Một lần nhập nhận tối đa ${groupDigits(MAX_IMPORT_ROWS)} dòng; danh sách dài hơn hãy chia thành nhiều tệp.`,
  'Nếu còn một dòng có lỗi thì không dòng nào được nhập: sửa các lỗi được báo (theo số dòng và tên cột) rồi nhập lại.',
  'Sáng kiến đã có (cùng mã ở cột «Mã», hoặc với dòng không có mã: cùng đơn vị, tên sáng kiến và tác giả đầu tiên) được bỏ qua, không ghi đè, nên nhập lại cùng tệp không tạo bản trùng.',
  'Tệp danh sách xuất từ Sáng kiến Desk cũng nhập lại được: cột «STT» và «Trạng thái» được bỏ qua.',
  `Văn bản dài tối đa ${groupDigits(LONG_TEXT_MAX)} ký tự mỗi ô.`,
];

/** The guide's rows: column, required or not, how to write it. */
export const importGuideRows = (keys: readonly ImportField[]): [string, string, string][] =>
  keys.map((k) => [
    importLabel(k),
    IMPORT_REQUIRED.has(k) ? 'Bắt buộc' : 'Không bắt buộc',
    importGuide(k),
  ]);
