// Báo cáo kết quả — the programme's result report (issue 10, item 2) in the administrative format
// of docs/documents.md: the office's header, number and date, the title, the dashboard's figures as
// tables (by unit, by field, by status), the total economic benefit in figures and in words, the
// recognised and proposed initiatives, the people commended, and the signature block. One document
// of the dossier's model (shared/dossier/model.ts), so the .docx emitter and the A4 preview share it.
import { moneyWithWords } from '../dossier/number-words';
import {
  cell,
  DOC_SIZES,
  para,
  portrait,
  run,
  type Align,
  type Block,
  type Cell,
  type DossierDocument,
  type Table,
} from '../dossier/model';
import { authorNames, officeHeader, officeSigner } from '../dossier/parts';
import { decisionText } from '../commendations/people';
import { groupDigits } from '../format';
import { INITIATIVE_STATUSES, STATUS_LABELS } from '../model/initiative';
import type { ReportInitiative, ResultReportInput } from './input';

export const RESULT_REPORT_FILE = 'Bao-cao-ket-qua.docx';
export const RESULT_REPORT_TITLE = 'Báo cáo kết quả chương trình';

/** Where a confidential initiative's hidden fields would be (docs/documents.md). */
export const CONFIDENTIAL_CELL = 'Sáng kiến mật';

/** A heading inside the body: bold, not indented. */
const heading = (text: string): Block => para([run(text, { bold: true })], { indent: false });

const table = (
  columns: readonly { label: string; width: number; align: Align }[],
  rows: Cell[][],
  sizePt: number = DOC_SIZES.table,
): Table => ({
  kind: 'table',
  columns: columns.map((c) => ({ width: c.width, align: c.align })),
  headerRows: [columns.map((c) => cell(c.label, { bold: true, align: 'center' }))],
  rows,
  sizePt,
});

const num = (n: number): Cell => cell(groupDigits(n), { align: 'right' });
const stt = (n: number): Cell => cell(String(n + 1), { align: 'center' });
const total = (label: string, span: number): Cell =>
  cell(label, { bold: true, align: 'center', colSpan: span });
const boldNum = (n: number): Cell => cell(groupDigits(n), { bold: true, align: 'right' });

/** "0,18%", "12,5%": the share of the target reached, decimal comma; two decimals below 1%. */
export const percentText = (count: number, target: number): string => {
  if (target <= 0) return '';
  const percent = (count / target) * 100;
  const scale = percent < 1 ? 100 : 10;
  return `${String(Math.round(percent * scale) / scale).replace('.', ',')}%`;
};

const rangeText = (min: number, max: number): string =>
  min === max ? groupDigits(min) : `từ ${groupDigits(min)} đến ${groupDigits(max)}`;

const summary = (input: ResultReportInput): Block[] => {
  const f = input.figures;
  const reached = percentText(f.recorded, f.target);
  return [
    heading('I. KẾT QUẢ CHUNG'),
    para(
      `Số sáng kiến đã ghi nhận: ${groupDigits(f.recorded)}/${groupDigits(f.target)} sáng kiến theo chỉ tiêu${reached ? ` (đạt ${reached})` : ''}.`,
    ),
    para(
      `Số sáng kiến được Hội đồng công nhận: ${groupDigits(f.recognised)}; số sáng kiến đề xuất lên cấp trên: ${groupDigits(f.proposed)}.`,
    ),
    para(
      `Số sáng kiến được tặng Bằng Lao động sáng tạo: ${groupDigits(f.certificatesAwarded)} (chỉ tiêu ${rangeText(f.certificatesMin, f.certificatesMax)}).`,
    ),
    para(`Tổng giá trị làm lợi: ${moneyWithWords(f.benefit)}.`),
    para(`Trong đó, của các sáng kiến được công nhận: ${moneyWithWords(f.recognisedBenefit)}.`),
  ];
};

const UNIT_COLUMNS = [
  { label: 'STT', width: 6, align: 'center' },
  { label: 'Đơn vị', width: 40, align: 'left' },
  { label: 'Số sáng kiến', width: 14, align: 'right' },
  { label: 'Được công nhận', width: 14, align: 'right' },
  { label: 'Giá trị làm lợi (đồng)', width: 26, align: 'right' },
] as const;

const byUnit = (input: ResultReportInput): Block[] => {
  const f = input.figures;
  const rows = f.byUnit.map((u, n) => [
    stt(n),
    cell(input.unitNames.get(u.unitId) ?? 'Đơn vị đã xoá'),
    num(u.count),
    num(u.recognised),
    num(u.benefit),
  ]);
  return [
    heading('1. Theo đơn vị'),
    table(UNIT_COLUMNS, [
      ...rows,
      [total('Tổng cộng', 2), boldNum(f.recorded), boldNum(f.recognised), boldNum(f.benefit)],
    ]),
  ];
};

const byField = (input: ResultReportInput): Block[] => [
  heading('2. Theo lĩnh vực'),
  table(
    [
      { label: 'STT', width: 6, align: 'center' },
      { label: 'Lĩnh vực', width: 70, align: 'left' },
      { label: 'Số sáng kiến', width: 24, align: 'right' },
    ],
    [
      ...input.figures.byField.map((b, n) => [stt(n), cell(b.key), num(b.count)]),
      [total('Tổng cộng', 2), boldNum(input.figures.recorded)],
    ],
  ),
];

const byStatus = (input: ResultReportInput): Block[] => [
  heading('3. Theo trạng thái'),
  table(
    [
      { label: 'STT', width: 6, align: 'center' },
      { label: 'Trạng thái', width: 70, align: 'left' },
      { label: 'Số sáng kiến', width: 24, align: 'right' },
    ],
    [
      ...INITIATIVE_STATUSES.map((s, n) => [
        stt(n),
        cell(STATUS_LABELS[s]),
        num(input.figures.byStatus[s]),
      ]),
      [total('Tổng cộng', 2), boldNum(input.figures.recorded)],
    ],
  ),
];

const INITIATIVE_COLUMNS = [
  { label: 'STT', width: 5, align: 'center' },
  { label: 'Tên sáng kiến', width: 27, align: 'left' },
  { label: 'Tác giả', width: 18, align: 'left' },
  { label: 'Đơn vị', width: 18, align: 'left' },
  { label: 'Lĩnh vực', width: 12, align: 'left' },
  { label: 'Giá trị làm lợi (đồng)', width: 12, align: 'right' },
  { label: 'Kết quả', width: 10, align: 'left' },
] as const;

/** Proposed and commended first (they went furthest), then by title. */
const statusOrder = (i: ReportInitiative): number =>
  i.status === 'commended' ? 0 : i.status === 'proposed' ? 1 : 2;

const initiatives = (input: ResultReportInput): Block[] => {
  const listed = [...input.initiatives].sort(
    (a, b) => statusOrder(a) - statusOrder(b) || a.title.localeCompare(b.title, 'vi'),
  );
  return [
    heading('II. DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN VÀ ĐỀ XUẤT'),
    listed.length === 0
      ? para('Chưa có sáng kiến được công nhận.')
      : table(
          INITIATIVE_COLUMNS,
          listed.map((i, n) => [
            stt(n),
            cell(i.title, { bold: true }),
            cell(i.confidential ? CONFIDENTIAL_CELL : authorNames(i.authors)),
            cell(input.unitNames.get(i.unitId) ?? ''),
            cell(i.confidential ? '' : i.field),
            cell(i.economicBenefit === null ? '' : groupDigits(i.economicBenefit), {
              align: 'right',
            }),
            cell(STATUS_LABELS[i.status]),
          ]),
          DOC_SIZES.wideTable,
        ),
  ];
};

const PEOPLE_COLUMNS = [
  { label: 'STT', width: 5, align: 'center' },
  { label: 'Họ và tên', width: 18, align: 'left' },
  { label: 'Đơn vị', width: 19, align: 'left' },
  { label: 'Sáng kiến', width: 22, align: 'left' },
  { label: 'Hình thức, cấp khen', width: 16, align: 'left' },
  { label: 'Quyết định', width: 20, align: 'left' },
] as const;

const people = (input: ResultReportInput): Block[] => [
  heading('III. DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG'),
  input.people.length === 0
    ? para('Chưa có cá nhân được khen thưởng.')
    : table(
        PEOPLE_COLUMNS,
        input.people.map((p, n) => [
          stt(n),
          cell(p.name, { bold: true }),
          cell(p.unitName),
          cell(p.initiativeTitle),
          cell(`${p.form} ${p.levelPhrase}`),
          cell(decisionText(p)),
        ]),
        DOC_SIZES.wideTable,
      ),
];

export const buildResultReport = (input: ResultReportInput): DossierDocument => ({
  fileName: RESULT_REPORT_FILE,
  title: RESULT_REPORT_TITLE,
  sections: [
    portrait([
      officeHeader(input, input.numbers.number, input.numbers.date),
      {
        kind: 'title',
        type: 'BÁO CÁO',
        subject: [`Kết quả ${input.programme.name}`],
      },
      para(
        `Thực hiện ${input.programme.name}, ${input.office.unitName} báo cáo kết quả thực hiện như sau:`,
      ),
      ...summary(input),
      ...byUnit(input),
      ...byField(input),
      ...byStatus(input),
      ...initiatives(input),
      ...people(input),
      {
        kind: 'closing',
        recipients: [`- ${input.office.parentBody} (để báo cáo);`, '- Lưu: VT.'],
        signers: [officeSigner(input)],
      },
    ]),
  ],
});

/** The report's file name as the save dialog proposes it. */
export const resultReportName = (programmeName: string): string =>
  `Báo cáo kết quả - ${programmeName}`.slice(0, 150);
