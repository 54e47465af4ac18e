// Phiếu chấm điểm — one per council member per initiative (docs/documents.md, the dossier set, 5).
// The sheets of one initiative go in one file, a section each, so every sheet starts a new page
// and carries no page number on its first page.
import { MEMBER_ROLE_LABELS, type Member, type ScoreSheet } from '../appraisal/model';
import { sheetTotal } from '../appraisal/scores';
import { documentDateLine } from '../format';
import type { DossierInput, ProposedInitiative } from './input';
import {
  cell,
  labelled,
  para,
  portrait,
  run,
  type Cell,
  type DossierDocument,
  type Section,
  type Table,
} from './model';
import { authorNames, initiativeStem, isConfidential, scoreText, unitName } from './parts';

const scoreTable = (input: DossierInput, sheet: ScoreSheet | undefined): Table => {
  const rows: Cell[][] = [];
  input.rubric.criteria.forEach((c, n) => {
    rows.push([
      cell(String(n + 1), { align: 'center' }),
      cell(c.name),
      cell(scoreText(c.max), { align: 'center' }),
      cell(scoreText(sheet?.scores[c.id] ?? null), { align: 'center' }),
    ]);
    const comment = sheet?.comments[c.id]?.trim() ?? '';
    rows.push([cell(`Nhận xét: ${comment}`, { italic: true, colSpan: 4 })]);
  });
  const max = input.rubric.criteria.reduce((s, c) => s + c.max, 0);
  const total = sheet ? sheetTotal(input.rubric, sheet.scores) : null;
  rows.push([
    cell('Tổng cộng', { bold: true, align: 'center', colSpan: 2 }),
    cell(scoreText(max), { bold: true, align: 'center' }),
    cell(scoreText(total), { bold: true, align: 'center' }),
  ]);
  return {
    kind: 'table',
    columns: [
      { width: 8, align: 'center' },
      { width: 52, align: 'left' },
      { width: 20, align: 'center' },
      { width: 20, align: 'center' },
    ],
    headerRows: [
      ['TT', 'Tiêu chí', 'Thang điểm', 'Điểm chấm'].map((t) =>
        cell(t, { bold: true, align: 'center' }),
      ),
    ],
    rows,
  };
};

const sheetSection = (input: DossierInput, p: ProposedInitiative, member: Member): Section => {
  const i = p.initiative;
  const sheet = input.sheets.find(
    (s) => s.sessionId === input.session.id && s.initiativeId === i.id && s.memberId === member.id,
  );
  const secret = isConfidential(i);
  return portrait([
    {
      kind: 'adminHeader',
      parentBody: input.office.unitName.toLocaleUpperCase('vi'),
      issuingBody: input.council.name.toLocaleUpperCase('vi'),
      numberLine: '',
      subjectLine: '',
      dateLine: documentDateLine(input.office.place, input.session.date),
    },
    { kind: 'title', type: 'PHIẾU CHẤM ĐIỂM SÁNG KIẾN', subject: [input.programme.name] },
    labelled('Tên sáng kiến', i.title),
    ...(secret
      ? [para([run('Sáng kiến mật: không nêu tác giả và nội dung.', { italic: true })])]
      : [labelled('Lĩnh vực', i.field), labelled('Tác giả', authorNames(i.authors))]),
    labelled('Đơn vị', unitName(input, i.unitId)),
    labelled('Thành viên chấm', `${member.name} — ${MEMBER_ROLE_LABELS[member.role]}`),
    scoreTable(input, sheet),
    {
      kind: 'closing',
      recipients: [],
      signers: [
        { authority: ['THÀNH VIÊN HỘI ĐỒNG'], note: '(Ký, ghi rõ họ tên)', name: member.name },
      ],
    },
  ]);
};

/** The members whose sheets the dossier carries: those present at the session. */
export const scoringMembers = (input: DossierInput): Member[] =>
  input.council.members.filter((m) => input.session.presentMemberIds.includes(m.id));

export const buildScoreSheets = (
  input: DossierInput,
  p: ProposedInitiative,
  index: number,
): DossierDocument => ({
  fileName: `05-Phieu-cham-${initiativeStem(p, index)}.docx`,
  title: `Phiếu chấm điểm — ${p.initiative.title}`,
  sections: scoringMembers(input).map((m) => sheetSection(input, p, m)),
});
