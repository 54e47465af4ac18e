import type { Programme } from './model/programme';

/**
 * The programme the product was born from, as Báo Đồng Nai announced it (docs/domain.md):
 * LĐLĐ tỉnh Đồng Nai, 08/03/2021. Every number is editable; another programme is another record.
 */
export const DEFAULT_FIELDS = [
  'Sản xuất có giá trị cao',
  'Sáng tạo sản phẩm mới',
  'An toàn, vệ sinh lao động và môi trường',
  'Cải cách hành chính',
  'Xây dựng Đảng và hệ thống chính trị',
  'Quản lý, điều hành',
  'Cộng đồng (y tế, giáo dục)',
  'Hoạt động công đoàn',
  'Khác',
] as const;

/**
 * The built-in programme's id, the same on every installation, so a bundle of it lands in the
 * receiving office's copy without asking (issue 9, item 6).
 */
export const SEED_PROGRAMME_ID = 'ldld-dong-nai-2021-75-ngan-sang-kien';

export const seedProgramme = (
  meta: Pick<Programme, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>,
): Programme => ({
  ...meta,
  rev: 1,
  name: '75 ngàn sáng kiến vượt khó, phát triển',
  issuer: 'Liên đoàn Lao động tỉnh Đồng Nai',
  startsOn: '2021-03-10',
  deadline: '2021-04-20',
  targetInitiatives: 2800,
  targetCertificatesMin: 5,
  targetCertificatesMax: 10,
  quotaPerUnit: 3,
  recipientEmail: 'bancsktxh@gmail.com',
  fields: [...DEFAULT_FIELDS],
  // Initiatives applied from 02 to 05/2021 were eligible in the Confederation's 2021 programme.
  firstAppliedFrom: '2021-02-01',
  firstAppliedTo: '2021-05-31',
  archived: false,
});
