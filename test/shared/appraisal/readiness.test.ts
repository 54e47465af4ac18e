import { describe, expect, it } from 'vitest';
import { readinessProblems } from '@shared/appraisal/readiness';
import { sheetWriteProblem, type Session } from '@shared/appraisal/model';
import type { Initiative } from '@shared/model/initiative';

const ready: Initiative = {
  id: 'i1',
  createdAt: '2021-03-01T00:00:00.000Z',
  updatedAt: '2021-03-01T00:00:00.000Z',
  updatedBy: 'x',
  rev: 1,
  programmeId: 'p',
  unitId: 'u',
  title: 'Cải tiến máy cắt tôn',
  field: 'Sản xuất có giá trị cao',
  authors: [
    {
      id: 'a',
      name: 'Nguyễn Văn An',
      birthDate: null,
      workplace: '',
      jobTitle: '',
      qualification: '',
      sharePercent: 60,
      unionMember: true,
    },
    {
      id: 'b',
      name: 'Lê Thị Hoa',
      birthDate: null,
      workplace: '',
      jobTitle: '',
      qualification: '',
      sharePercent: 40,
      unionMember: true,
    },
  ],
  investor: '',
  applicationField: 'Xưởng cán',
  firstAppliedOn: '2021-03-15',
  knownSolution: 'Cắt tay',
  content: 'Gá kẹp mới',
  novelty: 'Lần đầu',
  applicability: 'Toàn xưởng',
  economicBenefit: 90_000_000,
  socialBenefit: '',
  conditions: '',
  confidentialInfo: '',
  confidential: false,
  firstAppliers: '',
  attachments: [{ sha256: 'a'.repeat(64), name: 'ban-ve.pdf', type: 'application/pdf', size: 10 }],
  status: 'recognised',
  deletedAt: null,
};
const programme = { firstAppliedFrom: '2021-02-01', firstAppliedTo: '2021-05-31' };
const stored = new Set(['a'.repeat(64)]);

describe('readiness check', () => {
  it('finds nothing wrong with a complete, recognised, scored initiative', () => {
    expect(
      readinessProblems({
        initiative: ready,
        programme,
        sheetCount: 3,
        recognised: true,
        storedAttachments: stored,
      }),
    ).toEqual([]);
  });

  it('lists every blocker with a message a clerk can act on', () => {
    const bad: Initiative = {
      ...ready,
      title: ' ',
      firstAppliedOn: '2020-12-31',
      authors: ready.authors.map((a) => ({ ...a, sharePercent: 40 })),
    };
    const codes = readinessProblems({
      initiative: bad,
      programme,
      sheetCount: 0,
      recognised: null,
      storedAttachments: new Set(),
    }).map((p) => p.code);
    expect(codes).toEqual([
      'missing_field',
      'shares',
      'outside_window',
      'no_sheets',
      'attachment_missing',
    ]);
  });

  it('tells apart not recognised and not yet concluded', () => {
    const base = { initiative: ready, programme, storedAttachments: stored };
    expect(
      readinessProblems({ ...base, sheetCount: 3, recognised: false }).map((p) => p.message),
    ).toEqual(['Hội đồng không công nhận']);
    expect(
      readinessProblems({ ...base, sheetCount: 3, recognised: null }).map((p) => p.code),
    ).toEqual(['not_concluded']);
  });
});

describe('score sheet locking', () => {
  const session: Session = {
    id: 's',
    createdAt: '',
    updatedAt: '',
    updatedBy: '',
    rev: 1,
    councilId: 'c',
    programmeId: 'p',
    date: '2021-04-05',
    place: 'Biên Hòa',
    presentMemberIds: ['m1', 'm2'],
    initiativeIds: ['i1'],
    closed: false,
    conclusions: {},
  };
  it('allows a present member on a considered initiative of an open session', () => {
    expect(sheetWriteProblem(session, 'm1', 'i1')).toBeNull();
  });
  it('refuses an absent member, a foreign initiative and a closed session', () => {
    expect(sheetWriteProblem(session, 'm3', 'i1')).toMatch(/không có mặt/);
    expect(sheetWriteProblem(session, 'm1', 'i9')).toMatch(/không thuộc phiên họp/);
    expect(sheetWriteProblem({ ...session, closed: true }, 'm1', 'i1')).toMatch(/Mở lại phiên họp/);
  });
});
