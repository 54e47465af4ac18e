import type { Initiative } from '../model/initiative';

/** Vietnamese labels of the application form (Thông tư 18/2013/TT-BKHCN, Phụ lục I). */
export const INITIATIVE_FIELD_LABELS = {
  title: 'Tên sáng kiến',
  unitId: 'Đơn vị',
  programmeId: 'Chương trình',
  field: 'Lĩnh vực',
  authors: 'Tác giả, đồng tác giả',
  investor: 'Chủ đầu tư tạo ra sáng kiến',
  applicationField: 'Lĩnh vực áp dụng',
  firstAppliedOn: 'Ngày áp dụng lần đầu',
  knownSolution: 'Tình trạng giải pháp đã biết',
  content: 'Nội dung giải pháp',
  novelty: 'Tính mới',
  applicability: 'Khả năng áp dụng',
  economicBenefit: 'Giá trị làm lợi (đồng/năm)',
  socialBenefit: 'Lợi ích xã hội',
  conditions: 'Điều kiện cần thiết để áp dụng',
  confidentialInfo: 'Thông tin cần bảo mật',
  confidential: 'Sáng kiến mật',
  firstAppliers: 'Những người tham gia áp dụng lần đầu',
  attachments: 'Tài liệu kèm theo',
  status: 'Trạng thái',
} as const satisfies Partial<Record<keyof Initiative, string>>;

export type LabelledField = keyof typeof INITIATIVE_FIELD_LABELS;
