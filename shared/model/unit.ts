import { z } from 'zod';
import { recordMeta, text, id } from './common';

/** Union levels of the programme (docs/domain.md, Glossary). */
export const UNIT_KINDS = [
  'ldld_tinh',
  'ldld_huyen',
  'cd_nganh',
  'cd_tong_cong_ty',
  'cdcs',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  ldld_tinh: 'LĐLĐ tỉnh',
  ldld_huyen: 'LĐLĐ huyện/thành phố',
  cd_nganh: 'Công đoàn ngành',
  cd_tong_cong_ty: 'Công đoàn Tổng công ty',
  cdcs: 'Công đoàn cơ sở',
};

export const unitSchema = z.object({
  ...recordMeta,
  name: text(300).pipe(z.string().min(1, 'Nhập tên đơn vị')),
  kind: z.enum(UNIT_KINDS),
  parentId: id.nullable(),
  archived: z.boolean(),
});
export type Unit = z.infer<typeof unitSchema>;
