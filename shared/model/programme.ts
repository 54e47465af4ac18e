import { z } from 'zod';
import { EMAIL_HINT } from '../email';
import { recordMeta, text, isoDate } from './common';

export const programmeSchema = z
  .object({
    ...recordMeta,
    name: text(300).pipe(z.string().min(1, 'Nhập tên chương trình')),
    issuer: text(300),
    startsOn: isoDate.nullable(),
    deadline: isoDate,
    targetInitiatives: z.number().int().nonnegative(),
    targetCertificatesMin: z.number().int().nonnegative(),
    targetCertificatesMax: z.number().int().nonnegative(),
    quotaPerUnit: z.number().int().min(1, 'Hạn mức ít nhất là 1'),
    recipientEmail: z.email(`Email nhận hồ sơ không hợp lệ: ${EMAIL_HINT}.`),
    fields: z.array(text(200).pipe(z.string().min(1))).min(1, 'Cần ít nhất một lĩnh vực'),
    /** Eligibility window for the first-application date. */
    firstAppliedFrom: isoDate.nullable(),
    firstAppliedTo: isoDate.nullable(),
    archived: z.boolean(),
  })
  .refine((p) => p.targetCertificatesMin <= p.targetCertificatesMax, {
    message: 'Chỉ tiêu Bằng LĐST: số tối thiểu lớn hơn số tối đa',
    path: ['targetCertificatesMax'],
  })
  .refine(
    (p) => !p.firstAppliedFrom || !p.firstAppliedTo || p.firstAppliedFrom <= p.firstAppliedTo,
    {
      message: 'Khoảng thời gian áp dụng lần đầu: ngày bắt đầu sau ngày kết thúc',
      path: ['firstAppliedTo'],
    },
  );
export type Programme = z.infer<typeof programmeSchema>;
