// A small, valid bundle's records: one grassroots unit, three proposed initiatives (one of them
// confidential), a council, a closed session with sheets and conclusions.
import type { Council, ScoreSheet, Session } from '@shared/appraisal/model';
import type { BundleData } from '@shared/bundle/data';
import type { Manifest } from '@shared/bundle/manifest';
import type { Unit } from '@shared/model/unit';
import { seedProgramme } from '@shared/seed-programme';
import { author, completeInitiative } from '../initiative-fixtures';

const at = '2021-04-01T08:00:00.000Z';
const meta = (id: string) => ({
  id,
  createdAt: at,
  updatedAt: at,
  updatedBy: 'Trần Thị Bình',
  rev: 1,
});

export const unit: Unit = {
  ...meta('u-1'),
  name: 'Công đoàn cơ sở Công ty Đồng Tiến',
  kind: 'cdcs',
  parentId: null,
  archived: false,
};

export const council: Council = {
  ...meta('c-1'),
  programmeId: 'p-1',
  name: 'Hội đồng sáng kiến Công ty Đồng Tiến',
  members: [
    { id: 'm-1', name: 'Lê Văn Chủ', title: 'Chủ tịch CĐCS', role: 'chu_tich' },
    { id: 'm-2', name: 'Phạm Thị Thư', title: 'Ủy viên BCH', role: 'thu_ky' },
  ],
};

export function bundleData(): BundleData {
  const initiatives = [
    completeInitiative({ id: 'i-1', status: 'proposed' }),
    completeInitiative({
      id: 'i-2',
      title: 'Quy trình sơn tĩnh điện tiết kiệm',
      status: 'proposed',
      authors: [author('Hoàng Thị Mai', 60, 1), author('Đỗ Văn Hùng', 40, 2)],
    }),
    completeInitiative({
      id: 'i-3',
      title: 'Công thức phụ gia bí mật',
      status: 'proposed',
      confidential: true,
      confidentialInfo: 'Tỷ lệ pha trộn 3:7',
      content: 'Chi tiết công thức',
      socialBenefit: 'Giảm 30% hao hụt nguyên liệu',
      attachments: [
        { sha256: 'a'.repeat(64), name: 'Công thức.pdf', type: 'application/pdf', size: 10 },
      ],
    }),
  ];
  const session: Session = {
    ...meta('s-1'),
    councilId: 'c-1',
    programmeId: 'p-1',
    date: '2021-04-10',
    place: 'Biên Hòa',
    presentMemberIds: ['m-1', 'm-2'],
    initiativeIds: ['i-1', 'i-2', 'i-3'],
    closed: true,
    conclusions: {
      'i-1': { recognised: true, reason: '' },
      'i-2': { recognised: true, reason: 'Hiệu quả rõ' },
      'i-3': { recognised: true, reason: 'Tỷ lệ pha trộn mới' },
    },
  };
  const sheets: ScoreSheet[] = ['i-1', 'i-2', 'i-3'].map((initiativeId) => ({
    ...meta(`sh-${initiativeId}`),
    sessionId: 's-1',
    initiativeId,
    memberId: 'm-1',
    scores: { novelty: 25, benefit: 30 },
    comments: { novelty: `Nhận xét về ${initiativeId}` },
  }));
  return {
    programme: seedProgramme({
      id: 'p-1',
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Trần Thị Bình',
    }),
    units: [unit],
    initiatives,
    councils: [council],
    sessions: [session],
    scoreSheets: sheets,
  };
}

export const manifestHead = (): Omit<Manifest, 'files'> => ({
  formatVersion: 1,
  unit: { id: unit.id, name: unit.name },
  programme: { id: 'p-1', name: '75 ngàn sáng kiến vượt khó, phát triển' },
  createdAt: '2021-04-15T09:30:00.000Z',
  appVersion: '0.1.0',
});
