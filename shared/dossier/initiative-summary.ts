// Bản tóm tắt sáng kiến — one per initiative (docs/documents.md, the dossier set, 3).
import type { Initiative } from '../model/initiative';
import { labelOf } from '../domain/field-registry';
import type { DossierInput, ProposedInitiative } from './input';
import { labelled, para, portrait, run, type DossierDocument, type Paragraph } from './model';
import { moneyWithWords } from './number-words';
import {
  appliedSince,
  authorNames,
  CONFIDENTIAL_NOTE,
  initiativeStem,
  isConfidential,
  officeHeader,
  officeSigner,
  unitName,
} from './parts';

/** Each heading in bold with its number, then the text as body paragraphs (one per line). */
const item = (n: number, label: string, value: string): Paragraph[] => {
  const lines = value
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length <= 1) return [labelled(`${n}. ${label}`, lines[0] ?? 'Không có.')];
  return [para([run(`${n}. ${label}:`, { bold: true })]), ...lines.map((l) => para(l))];
};

export const effectText = (i: Initiative): string => {
  const parts: string[] = [];
  if (i.economicBenefit !== null)
    parts.push(`Giá trị làm lợi: ${moneyWithWords(i.economicBenefit)}/năm.`);
  if (i.socialBenefit.trim() !== '') parts.push(i.socialBenefit.trim());
  return parts.join('\n') || 'Không có.';
};

const fullItems = (input: DossierInput, p: ProposedInitiative): Paragraph[] => {
  const i = p.initiative;
  const authors = i.authors.map((a) => `${a.name} — ${a.jobTitle}, ${a.workplace}`).join('\n');
  const attachments = i.attachments.map((a) => `- ${a.name}`).join('\n');
  return [
    ...item(1, labelOf('title'), i.title),
    ...item(2, labelOf('field'), i.field),
    ...item(3, labelOf('authors'), authors || authorNames(i.authors)),
    ...item(4, 'Đơn vị', unitName(input, i.unitId)),
    ...item(5, 'Thời gian áp dụng', appliedSince(i)),
    ...item(6, labelOf('knownSolution'), i.knownSolution),
    ...item(
      7,
      labelOf('content'),
      [i.content, i.novelty && `Tính mới: ${i.novelty}`].filter(Boolean).join('\n'),
    ),
    ...item(8, labelOf('applicability'), i.applicability),
    ...item(9, 'Hiệu quả, lợi ích', effectText(i)),
    ...item(10, labelOf('attachments'), attachments),
  ];
};

const confidentialItems = (p: ProposedInitiative): Paragraph[] => [
  para([run(CONFIDENTIAL_NOTE, { italic: true })]),
  ...item(1, labelOf('title'), p.initiative.title),
  ...item(2, 'Tóm tắt hiệu quả', effectText(p.initiative)),
  ...item(3, 'Mức khen đề nghị', p.award),
];

export const buildInitiativeSummary = (
  input: DossierInput,
  p: ProposedInitiative,
  index: number,
): DossierDocument => ({
  fileName: `03-Tom-tat-${initiativeStem(p, index)}.docx`,
  title: `Bản tóm tắt sáng kiến — ${p.initiative.title}`,
  sections: [
    portrait([
      officeHeader(input, '', input.numbers.date),
      { kind: 'title', type: 'BẢN TÓM TẮT SÁNG KIẾN', subject: [p.initiative.title] },
      ...(isConfidential(p.initiative) ? confidentialItems(p) : fullItems(input, p)),
      { kind: 'closing', recipients: [], signers: [officeSigner(input)] },
    ]),
  ],
});
