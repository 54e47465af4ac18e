// A commendation (issue 10, item 5): the level above rewards an initiative and, optionally, some of
// its authors with a Giấy khen, a Bằng khen or a Bằng Lao động sáng tạo, by a numbered decision.
// Dates are stored yyyy-mm-dd and shown dd/mm/yyyy; the reward is whole đồng (docs/domain.md).
import { z } from 'zod';
import { id, isoDate, recordMeta, text } from './common';

/** Who decided: the grassroots union, the district, the province, the Confederation. */
export const COMMENDATION_LEVELS = ['co_so', 'huyen', 'tinh', 'tong_lien_doan'] as const;
export type CommendationLevel = (typeof COMMENDATION_LEVELS)[number];

export const COMMENDATION_LEVEL_LABELS: Record<CommendationLevel, string> = {
  co_so: 'Cơ sở',
  huyen: 'Huyện',
  tinh: 'Tỉnh',
  tong_lien_doan: 'Tổng Liên đoàn',
};

/** The level as a sentence writes it: "Bằng khen cấp tỉnh". */
export const COMMENDATION_LEVEL_PHRASES: Record<CommendationLevel, string> = {
  co_so: 'cấp cơ sở',
  huyen: 'cấp huyện',
  tinh: 'cấp tỉnh',
  tong_lien_doan: 'cấp Tổng Liên đoàn',
};

export const COMMENDATION_FORMS = ['giay_khen', 'bang_khen', 'bang_lao_dong_sang_tao'] as const;
export type CommendationForm = (typeof COMMENDATION_FORMS)[number];

export const COMMENDATION_FORM_LABELS: Record<CommendationForm, string> = {
  giay_khen: 'Giấy khen',
  bang_khen: 'Bằng khen',
  bang_lao_dong_sang_tao: 'Bằng Lao động sáng tạo',
};

/** The certificate the programme's target of 5–10 counts. */
export const CERTIFICATE_FORM: CommendationForm = 'bang_lao_dong_sang_tao';

/** What the clerk types for a commendation; the record adds the bookkeeping. */
export const commendationInputSchema = z.object({
  initiativeId: id,
  /** The authors named in the decision; empty: every author of the initiative. */
  authorIds: z.array(id).max(50),
  level: z.enum(COMMENDATION_LEVELS, 'Chọn cấp khen thưởng'),
  form: z.enum(COMMENDATION_FORMS, 'Chọn hình thức khen thưởng'),
  decidingBody: text(300, 'Cơ quan quyết định').pipe(
    z.string().trim().min(1, 'Nhập cơ quan ra quyết định khen thưởng'),
  ),
  decisionNumber: text(100, 'Số quyết định').pipe(
    z.string().trim().min(1, 'Nhập số quyết định, ví dụ 125/QĐ-LĐLĐ'),
  ),
  decisionDate: isoDate,
  /** The reward in whole đồng; null when the decision gives none. */
  amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable(),
  note: text(1000, 'Ghi chú'),
});
export type CommendationInput = z.infer<typeof commendationInputSchema>;

export const commendationSchema = commendationInputSchema.extend({
  ...recordMeta,
  programmeId: id,
});
export type Commendation = z.infer<typeof commendationSchema>;
