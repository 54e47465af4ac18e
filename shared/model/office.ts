import { z } from 'zod';
import { EMAIL_HINT } from '../email';
import { text, id } from './common';
import { UNIT_KINDS } from './unit';

/** Who this office is: asked once at first run, written on every document. */
export const officeSchema = z.object({
  unitId: id,
  unitName: text(300).pipe(z.string().min(1, 'Nhập tên đơn vị')),
  kind: z.enum(UNIT_KINDS),
  parentBody: text(300).pipe(z.string().min(1, 'Nhập tên cơ quan cấp trên')),
  place: text(100).pipe(z.string().min(1, 'Nhập địa danh ghi trên văn bản')),
  chairName: text(200).pipe(z.string().min(1, 'Nhập họ tên người ký')),
  chairTitle: text(200).pipe(z.string().min(1, 'Nhập chức vụ người ký')),
  email: z.email(`Email không hợp lệ: ${EMAIL_HINT}.`),
  userName: text(200).pipe(z.string().min(1, 'Nhập tên người sử dụng')),
});
export type Office = z.infer<typeof officeSchema>;
