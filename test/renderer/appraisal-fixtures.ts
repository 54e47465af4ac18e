import type { Initiative } from '@shared/model/initiative';
import type { Member } from '@shared/appraisal/model';
import { importInitiatives } from '../../renderer/src/db/initiatives';
import { createCouncil } from '../../renderer/src/db/appraisal/councils';
import { setUpDb } from './helpers';

export const submitted = (
  programmeId: string,
  unitId: string,
  n: number,
  extra: Partial<Initiative> = {},
): Initiative => ({
  id: `init-${n}`,
  createdAt: '2021-03-01T00:00:00.000Z',
  updatedAt: `2021-03-0${n}T00:00:00.000Z`,
  updatedBy: 'Bình',
  rev: 1,
  programmeId,
  unitId,
  title: `Sáng kiến số ${n}`,
  field: 'Sản xuất có giá trị cao',
  authors: [
    {
      id: `a${n}`,
      name: 'Nguyễn Văn An',
      birthDate: null,
      workplace: 'Xưởng',
      jobTitle: 'Thợ',
      qualification: '12/12',
      sharePercent: 100,
      unionMember: true,
    },
  ],
  investor: '',
  applicationField: 'Xưởng cán',
  firstAppliedOn: '2021-03-15',
  knownSolution: 'Cũ',
  content: 'Mới',
  novelty: 'Mới',
  applicability: 'Rộng',
  economicBenefit: 10_000_000 * n,
  socialBenefit: '',
  conditions: '',
  confidentialInfo: '',
  confidential: false,
  firstAppliers: '',
  attachments: [],
  status: 'submitted',
  deletedAt: null,
  ...extra,
});

export const members: Member[] = [
  { id: 'm1', name: 'Nguyễn Văn An', title: 'Chủ tịch CĐCS', role: 'chu_tich' },
  { id: 'm2', name: 'Trần Thị Bình', title: 'Kỹ sư', role: 'thu_ky' },
  { id: 'm3', name: 'Lê Văn Cường', title: 'Quản đốc', role: 'uy_vien' },
];

/** A set-up database with three submitted initiatives and a council of three. */
export const appraisalDb = async () => {
  const base = await setUpDb();
  const { db, programme, office } = base;
  const initiatives = [1, 2, 3].map((n) => submitted(programme.id, office.unitId, n));
  await importInitiatives(db, initiatives, 'Bình');
  const council = await createCouncil(
    db,
    { programmeId: programme.id, name: 'Hội đồng sáng kiến', members },
    'Bình',
  );
  return { ...base, initiatives, council };
};
