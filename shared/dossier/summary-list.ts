// Danh sách trích ngang — one row per proposed initiative, landscape for the wide table
// (docs/documents.md, the dossier set, 2).
import type { Aggregate } from '../appraisal/results';
import { groupDigits } from '../format';
import type { DossierInput, ProposedInitiative } from './input';
import {
  cell,
  DOC_SIZES,
  landscape,
  para,
  run,
  type Cell,
  type DossierDocument,
  type Table,
} from './model';
import {
  appliedSince,
  authorNames,
  isConfidential,
  officeHeader,
  officeSigner,
  resultsOf,
  scoreText,
  unitName,
} from './parts';

export const SUMMARY_LIST_FILE = '02-Danh-sach-trich-ngang.docx';

export const SUMMARY_LIST_COLUMNS = [
  { label: 'STT', width: 4, align: 'center' },
  { label: 'Tên sáng kiến', width: 22, align: 'left' },
  { label: 'Tác giả, đồng tác giả', width: 15, align: 'left' },
  { label: 'Đơn vị', width: 13, align: 'left' },
  { label: 'Lĩnh vực', width: 10, align: 'left' },
  { label: 'Thời gian áp dụng', width: 9, align: 'center' },
  { label: 'Giá trị làm lợi (đồng/năm)', width: 11, align: 'right' },
  { label: 'Điểm', width: 6, align: 'center' },
  { label: 'Ghi chú', width: 10, align: 'left' },
] as const;

const row = (
  input: DossierInput,
  result: (id: string) => Aggregate,
  p: ProposedInitiative,
  index: number,
): Cell[] => {
  const i = p.initiative;
  const money = i.economicBenefit === null ? '' : groupDigits(i.economicBenefit);
  const score = scoreText(result(i.id).average);
  const secret = isConfidential(i);
  return [
    cell(String(index + 1), { align: 'center' }),
    cell(i.title, { bold: true }),
    cell(secret ? '' : authorNames(i.authors)),
    cell(unitName(input, i.unitId)),
    cell(secret ? '' : i.field),
    cell(secret ? '' : appliedSince(i), { align: 'center' }),
    cell(money, { align: 'right' }),
    cell(score, { align: 'center' }),
    cell(secret ? `Sáng kiến mật; ${p.award}` : p.award),
  ];
};

export const summaryTable = (input: DossierInput): Table => {
  const result = resultsOf(input);
  return {
    kind: 'table',
    columns: SUMMARY_LIST_COLUMNS.map((c) => ({ width: c.width, align: c.align })),
    headerRows: [SUMMARY_LIST_COLUMNS.map((c) => cell(c.label, { bold: true, align: 'center' }))],
    rows: input.proposals.map((p, index) => row(input, result, p, index)),
    sizePt: DOC_SIZES.wideTable,
  };
};

export const buildSummaryList = (input: DossierInput): DossierDocument => ({
  fileName: SUMMARY_LIST_FILE,
  title: 'Danh sách trích ngang các sáng kiến đề nghị',
  sections: [
    landscape([
      officeHeader(input, '', input.numbers.date),
      {
        kind: 'title',
        type: 'DANH SÁCH TRÍCH NGANG',
        subject: [`Các sáng kiến đề nghị xét chọn tham gia ${input.programme.name}`],
      },
      para(
        [
          run(`(Kèm theo Tờ trình số ${input.numbers.cover} của ${input.office.unitName})`, {
            italic: true,
          }),
        ],
        {
          align: 'center',
          indent: false,
        },
      ),
      summaryTable(input),
      { kind: 'closing', recipients: [], signers: [officeSigner(input)] },
    ]),
  ],
});
