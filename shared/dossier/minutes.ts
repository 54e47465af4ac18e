// Biên bản họp Hội đồng — date, place, members present and absent, each initiative's average,
// highest and lowest score and the council's conclusion (docs/documents.md, the dossier set, 6).
import { MEMBER_ROLE_LABELS, type Member } from '../appraisal/model';
import { documentDateLine, formatDate } from '../format';
import type { DossierInput } from './input';
import {
  cell,
  labelled,
  para,
  portrait,
  run,
  type Cell,
  type DossierDocument,
  type Signer,
  type Table,
} from './model';
import { resultsOf, scoreText } from './parts';

export const MINUTES_FILE = '06-Bien-ban-hop-Hoi-dong.docx';

const memberLine = (m: Member): string =>
  `${m.name}${m.title ? `, ${m.title}` : ''} — ${MEMBER_ROLE_LABELS[m.role]}`;

const conclusionText = (input: DossierInput, id: string): string => {
  const c = input.session.conclusions[id];
  if (!c) return 'Chưa kết luận';
  return `${c.recognised ? 'Công nhận' : 'Không công nhận'}${c.reason ? ` (${c.reason})` : ''}`;
};

const resultsTable = (input: DossierInput): Table => {
  const considered = input.session.initiativeIds;
  const titles = new Map(input.considered.map((i) => [i.id, i.title]));
  const resultOf = resultsOf(input);
  const rows: Cell[][] = considered
    .filter((id) => titles.has(id))
    .map((id, n) => {
      const r = resultOf(id);
      return [
        cell(String(n + 1), { align: 'center' }),
        cell(titles.get(id) ?? ''),
        cell(scoreText(r.average), { align: 'center' }),
        cell(scoreText(r.highest), { align: 'center' }),
        cell(scoreText(r.lowest), { align: 'center' }),
        cell(conclusionText(input, id)),
      ];
    });
  return {
    kind: 'table',
    columns: [
      { width: 6, align: 'center' },
      { width: 36, align: 'left' },
      { width: 11, align: 'center' },
      { width: 11, align: 'center' },
      { width: 11, align: 'center' },
      { width: 25, align: 'left' },
    ],
    headerRows: [
      [
        'STT',
        'Tên sáng kiến',
        'Điểm trung bình',
        'Điểm cao nhất',
        'Điểm thấp nhất',
        'Kết luận của Hội đồng',
      ].map((t) => cell(t, { bold: true, align: 'center' })),
    ],
    rows,
  };
};

const signerOf = (input: DossierInput, role: Member['role'], authority: string): Signer => ({
  authority: [authority],
  note: '(Ký, ghi rõ họ tên)',
  name: input.council.members.find((m) => m.role === role)?.name ?? '',
});

export const buildMinutes = (input: DossierInput): DossierDocument => {
  const { session, council, office } = input;
  const present = council.members.filter((m) => session.presentMemberIds.includes(m.id));
  const absent = council.members.filter((m) => !session.presentMemberIds.includes(m.id));
  const shown = input.considered.filter((i) => session.initiativeIds.includes(i.id)).length;
  return {
    fileName: MINUTES_FILE,
    title: 'Biên bản họp Hội đồng',
    sections: [
      portrait([
        {
          kind: 'adminHeader',
          parentBody: office.unitName.toLocaleUpperCase('vi'),
          issuingBody: council.name.toLocaleUpperCase('vi'),
          numberLine: input.numbers.minutes === '' ? '' : `Số: ${input.numbers.minutes}`,
          subjectLine: '',
          dateLine: documentDateLine(office.place, session.date),
        },
        { kind: 'title', type: 'BIÊN BẢN', subject: [`Họp ${council.name}`, input.programme.name] },
        labelled('Thời gian', `ngày ${formatDate(session.date)}`),
        labelled('Địa điểm', session.place),
        para([run('Thành phần có mặt:', { bold: true })]),
        ...present.map((m) => para(`- ${memberLine(m)}`)),
        labelled('Vắng mặt', absent.length === 0 ? 'không' : absent.map(memberLine).join('; ')),
        para([run('Nội dung:', { bold: true })]),
        para(
          `Hội đồng đã xem xét, chấm điểm ${String(shown).padStart(2, '0')} sáng kiến theo thang điểm của chương trình. Kết quả như sau:`,
        ),
        resultsTable(input),
        para(
          'Biên bản được lập thành 02 bản, thông qua tại cuộc họp và được các thành viên có mặt nhất trí./.',
        ),
        {
          kind: 'closing',
          recipients: [],
          signers: [
            signerOf(input, 'thu_ky', 'THƯ KÝ'),
            signerOf(input, 'chu_tich', 'CHỦ TỊCH HỘI ĐỒNG'),
          ],
        },
      ]),
    ],
  };
};
