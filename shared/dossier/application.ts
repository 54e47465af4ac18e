// Đơn yêu cầu công nhận sáng kiến — Thông tư 18/2013/TT-BKHCN, Phụ lục I; one per initiative
// (docs/documents.md, the dossier set, 4).
import { documentDateLine, formatDate } from '../format';
import type { Initiative } from '../model/initiative';
import type { DossierInput, ProposedInitiative } from './input';
import {
  cell,
  labelled,
  para,
  portrait,
  run,
  type DossierDocument,
  type Paragraph,
  type Table,
} from './model';
import { moneyWithWords } from './number-words';
import { CONFIDENTIAL_NOTE, initiativeStem, isConfidential } from './parts';
import { effectText } from './initiative-summary';

const AUTHOR_COLUMNS = [
  { label: 'Số TT', width: 6, align: 'center' },
  { label: 'Họ và tên', width: 20, align: 'left' },
  { label: 'Ngày tháng năm sinh', width: 13, align: 'center' },
  { label: 'Nơi công tác (hoặc nơi thường trú)', width: 20, align: 'left' },
  { label: 'Chức danh', width: 14, align: 'left' },
  { label: 'Trình độ chuyên môn', width: 14, align: 'left' },
  { label: 'Tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến', width: 13, align: 'center' },
] as const;

const authorTable = (i: Initiative): Table => ({
  kind: 'table',
  columns: AUTHOR_COLUMNS.map((c) => ({ width: c.width, align: c.align })),
  headerRows: [AUTHOR_COLUMNS.map((c) => cell(c.label, { bold: true, align: 'center' }))],
  rows: i.authors.map((a, n) => [
    cell(String(n + 1), { align: 'center' }),
    cell(a.name),
    cell(formatDate(a.birthDate), { align: 'center' }),
    cell(a.workplace),
    cell(a.jobTitle),
    cell(a.qualification),
    cell(`${String(a.sharePercent).replace('.', ',')}%`, { align: 'center' }),
  ]),
});

const dash = (label: string, value: string): Paragraph =>
  labelled(`- ${label}`, value.trim() === '' ? 'Không có.' : value.trim());

const benefitByAuthor = (i: Initiative): string =>
  [
    i.economicBenefit === null ? '' : `Giá trị làm lợi ${moneyWithWords(i.economicBenefit)}/năm.`,
    i.socialBenefit,
  ]
    .filter((s) => s.trim() !== '')
    .join(' ');

const fullBody = (p: ProposedInitiative): (Paragraph | Table)[] => {
  const i = p.initiative;
  return [
    para('Tôi (chúng tôi):'),
    authorTable(i),
    para([
      run('Là tác giả (nhóm tác giả) đề nghị xét công nhận sáng kiến: '),
      run(i.title, { bold: true }),
    ]),
    dash('Chủ đầu tư tạo ra sáng kiến', i.investor || 'Tác giả'),
    dash('Lĩnh vực áp dụng sáng kiến', i.applicationField || i.field),
    dash('Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử', formatDate(i.firstAppliedOn)),
    dash(
      'Mô tả bản chất của sáng kiến',
      [i.content, i.novelty].filter((s) => s.trim() !== '').join(' '),
    ),
    dash('Những thông tin cần được bảo mật (nếu có)', i.confidentialInfo),
    dash('Những điều kiện cần thiết để áp dụng sáng kiến', i.conditions),
    dash(
      'Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý kiến của tác giả',
      benefitByAuthor(i),
    ),
    dash(
      'Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả áp dụng thử (nếu có)',
      i.applicability,
    ),
    dash(
      'Danh sách những người đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu (nếu có)',
      i.firstAppliers,
    ),
    para(
      'Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật và hoàn toàn chịu trách nhiệm trước pháp luật.',
    ),
  ];
};

const confidentialBody = (p: ProposedInitiative): Paragraph[] => [
  para([run(CONFIDENTIAL_NOTE, { italic: true })]),
  para([run('Tên sáng kiến: ', { bold: true }), run(p.initiative.title)]),
  dash('Tóm tắt hiệu quả', effectText(p.initiative).replace(/\n/g, ' ')),
  dash('Mức khen đề nghị', p.award),
];

export const buildApplication = (
  input: DossierInput,
  p: ProposedInitiative,
  index: number,
): DossierDocument => {
  const i = p.initiative;
  const first = i.authors[0];
  return {
    fileName: `04-Don-yeu-cau-${initiativeStem(p, index)}.docx`,
    title: `Đơn yêu cầu công nhận sáng kiến — ${i.title}`,
    sections: [
      portrait([
        { kind: 'nationHeader' },
        { kind: 'title', type: 'ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN', subject: [] },
        para([run('Kính gửi: ', { bold: true }), run(input.council.name)], {
          align: 'center',
          indent: false,
        }),
        ...(isConfidential(i) ? confidentialBody(p) : fullBody(p)),
        para([run(documentDateLine(input.office.place, input.numbers.date), { italic: true })], {
          align: 'right',
          indent: false,
        }),
        {
          kind: 'closing',
          recipients: [],
          signers: [
            {
              authority: ['NGƯỜI NỘP ĐƠN'],
              note: '(Ký và ghi rõ họ tên)',
              name: isConfidential(i) ? '' : (first?.name ?? ''),
            },
          ],
        },
      ]),
    ],
  };
};
