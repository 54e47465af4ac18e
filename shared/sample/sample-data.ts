// A built-in sample: a district office under LĐLĐ tỉnh Đồng Nai, three grassroots units, five
// initiatives with their authors, a council of three with a scored and closed session. It feeds
// `npm run dossier:sample`, and is meant for the first-run demo profile and the bundle sample too.
// Every record is fixed (ids, dates), so what it produces is the same on every machine.
import type { AppraisalSettings, Council, ScoreSheet, Session } from '../appraisal/model';
import { DEFAULT_CERTIFICATE_THRESHOLDS, DEFAULT_RUBRIC } from '../appraisal/rubric';
import type { Commendation } from '../model/commendation';
import type { Author, Initiative } from '../model/initiative';
import type { Office } from '../model/office';
import type { Programme } from '../model/programme';
import type { Unit } from '../model/unit';
import { seedProgramme } from '../seed-programme';

const AT = '2021-03-20T08:00:00.000Z';
const BY = 'Lê Thị Thu Hà';
const meta = (id: string) => ({ id, createdAt: AT, updatedAt: AT, updatedBy: BY, rev: 1 });

export const SAMPLE_OFFICE: Office = {
  unitId: 'sample-unit-office',
  unitName: 'Liên đoàn Lao động huyện Trảng Bom',
  kind: 'ldld_huyen',
  parentBody: 'LĐLĐ tỉnh Đồng Nai',
  place: 'Trảng Bom',
  chairName: 'Phạm Văn Hùng',
  chairTitle: 'Chủ tịch',
  email: 'ldldtrangbom@example.vn',
  userName: BY,
};

export const SAMPLE_PROGRAMME: Programme = seedProgramme(meta('sample-programme'));

export const SAMPLE_UNITS: Unit[] = [
  {
    ...meta(SAMPLE_OFFICE.unitId),
    name: SAMPLE_OFFICE.unitName,
    kind: 'ldld_huyen',
    parentId: null,
    archived: false,
  },
  {
    ...meta('sample-unit-giay'),
    name: 'CĐCS Công ty TNHH Giày da Phú Thịnh',
    kind: 'cdcs',
    parentId: SAMPLE_OFFICE.unitId,
    archived: false,
  },
  {
    ...meta('sample-unit-co-khi'),
    name: 'CĐCS Công ty CP Cơ khí Sông Mây',
    kind: 'cdcs',
    parentId: SAMPLE_OFFICE.unitId,
    archived: false,
  },
  {
    ...meta('sample-unit-truong'),
    name: 'CĐCS Trường THPT Trảng Bom',
    kind: 'cdcs',
    parentId: SAMPLE_OFFICE.unitId,
    archived: false,
  },
];

const author = (
  id: string,
  name: string,
  birthDate: string,
  workplace: string,
  jobTitle: string,
  qualification: string,
  sharePercent: number,
): Author => ({
  id,
  name,
  birthDate,
  workplace,
  jobTitle,
  qualification,
  sharePercent,
  unionMember: true,
});

const initiative = (
  id: string,
  unitId: string,
  over: Partial<Initiative> & Pick<Initiative, 'title' | 'field' | 'authors'>,
): Initiative => ({
  ...meta(id),
  programmeId: SAMPLE_PROGRAMME.id,
  unitId,
  investor: '',
  applicationField: over.field,
  firstAppliedOn: '2021-02-15',
  knownSolution: '',
  content: '',
  novelty: '',
  applicability: '',
  economicBenefit: null,
  socialBenefit: '',
  conditions: '',
  confidentialInfo: '',
  confidential: false,
  firstAppliers: '',
  attachments: [],
  status: 'recognised',
  deletedAt: null,
  ...over,
});

export const SAMPLE_INITIATIVES: Initiative[] = [
  initiative('sample-i-1', 'sample-unit-giay', {
    title: 'Cải tiến máy ép đế giày giảm thời gian gia nhiệt',
    field: 'Sản xuất có giá trị cao',
    authors: [
      author(
        'sample-a-1',
        'Nguyễn Văn Tâm',
        '1984-05-12',
        'Xưởng đế, Công ty TNHH Giày da Phú Thịnh',
        'Tổ trưởng',
        'Kỹ sư cơ khí',
        60,
      ),
      author(
        'sample-a-2',
        'Trần Thị Lan',
        '1990-11-03',
        'Xưởng đế, Công ty TNHH Giày da Phú Thịnh',
        'Kỹ thuật viên',
        'Cao đẳng điện',
        40,
      ),
    ],
    knownSolution: 'Máy ép gia nhiệt bằng điện trở, mỗi mẻ mất 12 phút, hao điện và nóng xưởng.',
    content:
      'Lắp bộ gia nhiệt cảm ứng và cảm biến nhiệt độ điều khiển theo khuôn.\nCài đặt chu trình ép theo từng mã đế.',
    novelty: 'Lần đầu dùng gia nhiệt cảm ứng cho máy ép đế tại công ty.',
    applicability: 'Đã áp dụng cho 8 máy ép của xưởng đế; áp dụng được cho máy ép cùng loại.',
    economicBenefit: 125_000_000,
    socialBenefit: 'Giảm nhiệt độ nơi làm việc, người lao động bớt mệt mỏi.',
    conditions: 'Máy ép thủy lực có khuôn kim loại.',
    firstAppliers: 'Tổ ép đế số 2',
  }),
  initiative('sample-i-2', 'sample-unit-giay', {
    title: 'Bàn gá may mũ giày nhiều lớp',
    field: 'An toàn, vệ sinh lao động và môi trường',
    authors: [
      author(
        'sample-a-3',
        'Lê Thị Hồng',
        '1988-07-21',
        'Xưởng may, Công ty TNHH Giày da Phú Thịnh',
        'Công nhân may',
        'Trung cấp may',
        100,
      ),
    ],
    knownSolution: 'May từng lớp bằng tay, dễ lệch đường may.',
    content: 'Bàn gá định vị ba lớp vật liệu bằng chốt và kẹp từ.',
    novelty: 'Chưa có bàn gá tương tự ở các chuyền may.',
    applicability: 'Áp dụng cho mọi chuyền may mũ giày.',
    economicBenefit: 48_500_000,
    socialBenefit: 'Giảm thao tác lặp lại, giảm đau cổ tay.',
  }),
  initiative('sample-i-3', 'sample-unit-co-khi', {
    title: 'Quy trình bảo dưỡng dự phòng máy tiện CNC',
    field: 'Quản lý, điều hành',
    authors: [
      author(
        'sample-a-4',
        'Hoàng Minh Đức',
        '1979-01-30',
        'Phân xưởng gia công, Công ty CP Cơ khí Sông Mây',
        'Quản đốc',
        'Kỹ sư chế tạo máy',
        70,
      ),
      author(
        'sample-a-5',
        'Vũ Văn Khoa',
        '1992-09-08',
        'Phân xưởng gia công, Công ty CP Cơ khí Sông Mây',
        'Thợ vận hành',
        'Cao đẳng cơ khí',
        30,
      ),
    ],
    knownSolution: 'Sửa chữa khi máy hỏng, dừng chuyền trung bình 6 ngày mỗi quý.',
    content: 'Lịch bảo dưỡng theo giờ chạy máy, phiếu kiểm tra hằng ca và kho phụ tùng tối thiểu.',
    novelty: 'Lần đầu áp dụng bảo dưỡng theo giờ chạy máy tại công ty.',
    applicability: 'Áp dụng cho 14 máy CNC của công ty.',
    economicBenefit: 1_005_000_000,
  }),
  initiative('sample-i-4', 'sample-unit-co-khi', {
    title: 'Hợp kim phủ trục cán chống mài mòn',
    field: 'Sáng tạo sản phẩm mới',
    authors: [
      author(
        'sample-a-6',
        'Đặng Quốc Bảo',
        '1982-04-04',
        'Phòng Kỹ thuật, Công ty CP Cơ khí Sông Mây',
        'Trưởng phòng',
        'Thạc sĩ vật liệu',
        100,
      ),
    ],
    knownSolution: 'Trục cán nhập khẩu, thay mới sau 4 tháng.',
    content: 'Thành phần hợp kim phủ và chế độ phun phủ (bí mật kinh doanh).',
    novelty: 'Thành phần hợp kim do công ty tự nghiên cứu.',
    applicability: 'Áp dụng cho trục cán của dây chuyền thép tấm.',
    economicBenefit: 210_000_000,
    socialBenefit: 'Tuổi thọ trục cán tăng gấp ba, giảm nhập khẩu phụ tùng.',
    confidential: true,
    confidentialInfo: 'Thành phần hợp kim và nhiệt độ phun phủ.',
  }),
  initiative('sample-i-5', 'sample-unit-truong', {
    title: 'Sổ điểm điện tử dùng chung cho tổ chuyên môn',
    field: 'Cộng đồng (y tế, giáo dục)',
    authors: [
      author(
        'sample-a-7',
        'Bùi Thị Mai',
        '1986-12-15',
        'Tổ Toán, Trường THPT Trảng Bom',
        'Giáo viên',
        'Cử nhân sư phạm Toán',
        100,
      ),
    ],
    knownSolution: 'Mỗi giáo viên giữ bảng tính riêng, tổng hợp cuối kỳ mất nhiều ngày.',
    content: 'Bảng tính dùng chung có kiểm tra dữ liệu và báo cáo tự động.',
    novelty: 'Cải tiến nhỏ trên công cụ sẵn có.',
    applicability: 'Áp dụng trong tổ Toán.',
    economicBenefit: 5_000_000,
    status: 'not_recognised',
  }),
];

export const SAMPLE_COUNCIL: Council = {
  ...meta('sample-council'),
  programmeId: SAMPLE_PROGRAMME.id,
  name: 'Hội đồng xét chọn sáng kiến LĐLĐ huyện Trảng Bom',
  members: [
    { id: 'sample-m-1', name: 'Phạm Văn Hùng', title: 'Chủ tịch LĐLĐ huyện', role: 'chu_tich' },
    { id: 'sample-m-2', name: 'Lê Thị Thu Hà', title: 'Trưởng ban Tuyên giáo', role: 'thu_ky' },
    {
      id: 'sample-m-3',
      name: 'Ngô Thanh Sơn',
      title: 'Kỹ sư, Phòng Kinh tế huyện',
      role: 'uy_vien',
    },
  ],
};

/** Scores per initiative, one triple (novelty, applicability, benefit) per member. */
const SCORES: Record<string, [number, number, number][]> = {
  'sample-i-1': [
    [27, 26, 36],
    [26, 27, 35],
    [28, 25, 37],
  ],
  'sample-i-2': [
    [20, 22, 25],
    [21, 20, 24],
    [19, 23, 26],
  ],
  'sample-i-3': [
    [24, 28, 38],
    [25, 27, 39],
    [23, 28, 37],
  ],
  'sample-i-4': [
    [29, 24, 35],
    [28, 25, 34],
    [29, 23, 36],
  ],
  'sample-i-5': [
    [10, 15, 10],
    [12, 14, 12],
    [11, 16, 11],
  ],
};

export const SAMPLE_SHEETS: ScoreSheet[] = Object.entries(SCORES).flatMap(([initiativeId, rows]) =>
  rows.map(([novelty, applicability, benefit], n) => {
    const member = SAMPLE_COUNCIL.members[n] ?? SAMPLE_COUNCIL.members[0]!;
    return {
      ...meta(`sample-sheet-${initiativeId}-${member.id}`),
      sessionId: 'sample-session',
      initiativeId,
      memberId: member.id,
      scores: { novelty, applicability, benefit },
      comments: {
        novelty: novelty >= 21 ? 'Có tính mới rõ rệt.' : 'Cải tiến trên giải pháp sẵn có.',
      },
    };
  }),
);

export const SAMPLE_SESSION: Session = {
  ...meta('sample-session'),
  councilId: SAMPLE_COUNCIL.id,
  programmeId: SAMPLE_PROGRAMME.id,
  date: '2021-04-02',
  place: 'Hội trường LĐLĐ huyện Trảng Bom',
  presentMemberIds: SAMPLE_COUNCIL.members.map((m) => m.id),
  initiativeIds: SAMPLE_INITIATIVES.map((i) => i.id),
  closed: true,
  conclusions: {
    'sample-i-1': { recognised: true, reason: 'Điểm trung bình 89 đạt mức 50' },
    'sample-i-2': { recognised: true, reason: 'Điểm trung bình 66,67 đạt mức 50' },
    'sample-i-3': { recognised: true, reason: 'Điểm trung bình 89,67 đạt mức 50' },
    'sample-i-4': { recognised: true, reason: 'Điểm trung bình 87,67 đạt mức 50' },
    'sample-i-5': { recognised: false, reason: 'Điểm trung bình 37 dưới mức 50' },
  },
};

export const SAMPLE_SETTINGS: AppraisalSettings = {
  programmeId: SAMPLE_PROGRAMME.id,
  rubric: DEFAULT_RUBRIC,
  certificateThresholds: DEFAULT_CERTIFICATE_THRESHOLDS,
  updatedAt: AT,
  updatedBy: BY,
  rev: 1,
};

/**
 * Two decisions of the levels above, so the result report has people in it: the Confederation's
 * Bằng Lao động sáng tạo for both authors of the shoe press, the province's Bằng khen for the first
 * author of the CNC maintenance.
 */
export const SAMPLE_COMMENDATIONS: Commendation[] = [
  {
    ...meta('sample-c-1'),
    programmeId: SAMPLE_PROGRAMME.id,
    initiativeId: 'sample-i-1',
    authorIds: [],
    level: 'tong_lien_doan',
    form: 'bang_lao_dong_sang_tao',
    decidingBody: 'Tổng Liên đoàn Lao động Việt Nam',
    decisionNumber: '1520/QĐ-TLĐ',
    decisionDate: '2021-09-28',
    amount: 3_000_000,
    note: '',
  },
  {
    ...meta('sample-c-2'),
    programmeId: SAMPLE_PROGRAMME.id,
    initiativeId: 'sample-i-3',
    authorIds: ['sample-a-4'],
    level: 'tinh',
    form: 'bang_khen',
    decidingBody: 'Liên đoàn Lao động tỉnh Đồng Nai',
    decisionNumber: '215/QĐ-LĐLĐ',
    decisionDate: '2021-06-15',
    amount: 1_500_000,
    note: '',
  },
];
