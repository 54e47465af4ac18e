// Tờ trình — the cover submission asking the level above to consider the listed initiatives
// (docs/documents.md, the dossier set, 1).
import { formatDate } from '../format';
import type { DossierInput, ProposedInitiative } from './input';
import { para, portrait, run, type DossierDocument, type Paragraph } from './model';
import { moneyWithWords } from './number-words';
import {
  authorNames,
  DEFAULT_RECIPIENTS,
  isConfidential,
  officeHeader,
  officeSigner,
  unitName,
} from './parts';

export const COVER_FILE = '01-To-trinh.docx';

const listItem = (input: DossierInput, p: ProposedInitiative, index: number): Paragraph => {
  const i = p.initiative;
  const effect =
    i.economicBenefit === null ? '' : `; giá trị làm lợi ${moneyWithWords(i.economicBenefit)}`;
  if (isConfidential(i))
    return para([
      run(`${index + 1}. `),
      run(i.title, { bold: true }),
      run(` (sáng kiến mật)${effect}; ${p.award}.`),
    ]);
  const unit = unitName(input, i.unitId);
  return para([
    run(`${index + 1}. `),
    run(i.title, { bold: true }),
    run(` — tác giả: ${authorNames(i.authors)}${unit ? ` (${unit})` : ''}${effect}.`),
  ]);
};

export const buildCover = (input: DossierInput): DossierDocument => {
  const { office, programme, session, council, proposals, numbers } = input;
  const n = proposals.length;
  const nText = String(n).padStart(2, '0');
  return {
    fileName: COVER_FILE,
    title: 'Tờ trình đề nghị xét chọn sáng kiến',
    sections: [
      portrait([
        officeHeader(input, numbers.cover, numbers.date),
        {
          kind: 'title',
          type: 'TỜ TRÌNH',
          subject: [`Về việc đề nghị xét chọn sáng kiến tham gia ${programme.name}`],
        },
        para([run('Kính gửi: ', { bold: true }), run(numbers.recipient)], {
          align: 'center',
          indent: false,
        }),
        para(
          programme.issuer === ''
            ? `Thực hiện ${programme.name};`
            : `Thực hiện ${programme.issuer} về ${programme.name};`,
        ),
        para(
          `Ngày ${formatDate(session.date)}, ${council.name} đã họp xét chọn các sáng kiến do các đơn vị đề xuất. ${office.unitName} kính trình ${numbers.recipient} xem xét, công nhận ${nText} sáng kiến sau:`,
        ),
        ...proposals.map((p, index) => listItem(input, p, index)),
        para(
          '(Có danh sách trích ngang, bản tóm tắt sáng kiến, đơn yêu cầu công nhận, phiếu chấm điểm và biên bản họp Hội đồng kèm theo.)',
          {
            indent: true,
          },
        ),
        para(`Kính trình ${numbers.recipient} xem xét, quyết định./.`),
        { kind: 'closing', recipients: DEFAULT_RECIPIENTS, signers: [officeSigner(input)] },
      ]),
    ],
  };
};
