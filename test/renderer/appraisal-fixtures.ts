import type { Initiative } from '@shared/model/initiative';
import type { Member } from '@shared/appraisal/model';
import { importInitiatives } from '../../renderer/src/db/initiatives';
import { createCouncil } from '../../renderer/src/db/appraisal/councils';
import { createSession } from '../../renderer/src/db/appraisal/sessions';
import { saveSheet } from '../../renderer/src/db/appraisal/sheets';
import { createUnit } from '../../renderer/src/db/units';
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

/**
 * Three initiatives in two units, scored 80, 46 (not recognised) and 90. Nguyễn Văn An's two
 * (30 and 95 million đồng in 2021) make both candidates: one alone, the other by the three-year sum.
 */
export const scoredProgrammeDb = async () => {
  const { db, programme, office } = await setUpDb();
  const other = await createUnit(
    db,
    { name: 'Công đoàn Xưởng cán', kind: 'cdcs', parentId: null },
    'Bình',
  );
  const initiatives = [
    submitted(programme.id, office.unitId, 1, { economicBenefit: 30_000_000 }),
    submitted(programme.id, office.unitId, 2, {
      authors: [{ ...submitted('', '', 2).authors[0]!, name: 'Phạm Thị Dung' }],
    }),
    submitted(programme.id, other.id, 3, { economicBenefit: 95_000_000 }),
  ];
  await importInitiatives(db, initiatives, 'Bình');
  const council = await createCouncil(
    db,
    { programmeId: programme.id, name: 'Hội đồng sáng kiến', members },
    'Bình',
  );
  const session = await createSession(
    db,
    {
      councilId: council.id,
      date: '2021-04-05',
      place: 'Biên Hòa',
      presentMemberIds: ['m1', 'm2'],
      initiativeIds: initiatives.map((i) => i.id),
    },
    'Bình',
  );
  const totals = [
    { novelty: 27, applicability: 25, benefit: 28 },
    { novelty: 16, applicability: 15, benefit: 15 },
    { novelty: 30, applicability: 30, benefit: 30 },
  ];
  for (const [n, i] of initiatives.entries())
    for (const memberId of ['m1', 'm2'])
      await saveSheet(
        db,
        { sessionId: session.id, initiativeId: i.id, memberId, scores: totals[n]!, comments: {} },
        'Bình',
      );
  return { db, session, other };
};
