import type { Author, Initiative } from '@shared/model/initiative';

export const author = (name: string, sharePercent: number, n = 0): Author => ({
  id: `author-${n}-${name}`,
  name,
  birthDate: '1985-06-01',
  workplace: 'Phân xưởng cơ khí',
  jobTitle: 'Tổ trưởng',
  qualification: 'Kỹ sư cơ khí',
  sharePercent,
  unionMember: true,
});

/** A complete initiative that may be submitted as it is. */
export const completeInitiative = (over: Partial<Initiative> = {}): Initiative => ({
  id: 'i-1',
  createdAt: '2021-03-10T08:00:00.000Z',
  updatedAt: '2021-03-10T08:00:00.000Z',
  updatedBy: 'Trần Thị Bình',
  rev: 1,
  programmeId: 'p-1',
  unitId: 'u-1',
  title: 'Cải tiến máy hàn tự động',
  field: 'Sản xuất có giá trị cao',
  authors: [author('Nguyễn Văn An', 100)],
  investor: '',
  applicationField: 'Cơ khí chế tạo',
  firstAppliedOn: '2021-03-01',
  knownSolution: 'Hàn thủ công',
  content: 'Gắn bộ điều khiển',
  novelty: 'Lần đầu áp dụng tại công ty',
  applicability: 'Áp dụng cho mọi dây chuyền',
  economicBenefit: 125_000_000,
  socialBenefit: '',
  conditions: '',
  confidentialInfo: '',
  confidential: false,
  firstAppliers: '',
  attachments: [],
  status: 'draft',
  deletedAt: null,
  ...over,
});
