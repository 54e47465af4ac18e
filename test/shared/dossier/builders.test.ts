import { describe, expect, it } from 'vitest';
import { buildApplication } from '@shared/dossier/application';
import { buildCover } from '@shared/dossier/cover';
import { buildDossier, dossierProblem, EMPTY_DOSSIER_MESSAGE } from '@shared/dossier/dossier';
import { buildInitiativeSummary } from '@shared/dossier/initiative-summary';
import { buildMinutes } from '@shared/dossier/minutes';
import {
  documentStrings,
  dossierSchema,
  type Block,
  type DossierDocument,
  type Table,
} from '@shared/dossier/model';
import { buildScoreSheets } from '@shared/dossier/score-sheet';
import { buildSummaryList } from '@shared/dossier/summary-list';
import { sampleDossierInput } from '@shared/sample/sample-dossier';

const input = sampleDossierInput();
const secret = input.proposals.find((p) => p.initiative.confidential)!;
const secretIndex = input.proposals.indexOf(secret);
const open = input.proposals.find((p) => !p.initiative.confidential)!;
const openIndex = input.proposals.indexOf(open);

const text = (doc: DossierDocument): string => documentStrings(doc).join('\n');
const blocks = (doc: DossierDocument): Block[] => doc.sections.flatMap((s) => s.blocks);
const tables = (doc: DossierDocument): Table[] =>
  blocks(doc).filter((b): b is Table => b.kind === 'table');
const cellText = (t: Table, row: number, col: number): string =>
  (t.rows[row]?.[col]?.runs ?? []).map((r) => r.text).join('');

describe('the sample input', () => {
  it('proposes the four recognised initiatives, best average first, within the quota', () => {
    expect(input.proposals.map((p) => p.initiative.id)).toEqual([
      'sample-i-3',
      'sample-i-1',
      'sample-i-4',
      'sample-i-2',
    ]);
    expect(input.proposals.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
  });
});

describe('cover (Tờ trình)', () => {
  const doc = buildCover(input);

  it('carries the header, number, date line, type and subject', () => {
    const header = blocks(doc)[0];
    expect(header).toEqual({
      kind: 'adminHeader',
      parentBody: 'LĐLĐ TỈNH ĐỒNG NAI',
      issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN TRẢNG BOM',
      numberLine: 'Số: 05/TTr-LĐLĐ',
      subjectLine: '',
      dateLine: 'Trảng Bom, ngày 05 tháng 4 năm 2021',
    });
    expect(text(doc)).toContain('TỜ TRÌNH');
    expect(text(doc)).toContain('Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai');
    expect(text(doc)).toContain('công nhận 04 sáng kiến sau:');
  });

  it('lists each proposal, the confidential one without its authors', () => {
    for (const p of input.proposals) expect(text(doc)).toContain(p.initiative.title);
    expect(text(doc)).toContain('Nguyễn Văn Tâm, Trần Thị Lan');
    expect(text(doc)).not.toContain(secret.initiative.authors[0]!.name);
    expect(text(doc)).toContain(
      '1.005.000.000 đồng (Bằng chữ: Một tỷ không trăm linh năm triệu đồng)',
    );
  });

  it('ends with the recipients and the standing committee signing for a district office', () => {
    const closing = blocks(doc).at(-1);
    expect(closing).toMatchObject({
      kind: 'closing',
      recipients: ['- Như trên;', '- Lưu: VT.'],
      signers: [{ authority: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'], name: 'Phạm Văn Hùng' }],
    });
    expect(doc.sections[0]!.pageNumbers).toBe('fromSecondPage');
  });
});

describe('summary list (Danh sách trích ngang)', () => {
  const doc = buildSummaryList(input);
  const table = tables(doc)[0]!;

  it('is landscape with one row per proposal and the nine columns', () => {
    expect(doc.sections[0]!.orientation).toBe('landscape');
    expect(table.rows).toHaveLength(4);
    expect(table.headerRows[0]!.map((c) => c.runs[0]!.text)).toEqual([
      'STT',
      'Tên sáng kiến',
      'Tác giả, đồng tác giả',
      'Đơn vị',
      'Lĩnh vực',
      'Thời gian áp dụng',
      'Giá trị làm lợi (đồng/năm)',
      'Điểm',
      'Ghi chú',
    ]);
    expect(cellText(table, 0, 1)).toBe('Quy trình bảo dưỡng dự phòng máy tiện CNC');
    expect(cellText(table, 0, 6)).toBe('1.005.000.000');
    expect(cellText(table, 0, 7)).toBe('89,67');
    expect(cellText(table, 0, 3)).toBe('CĐCS Công ty CP Cơ khí Sông Mây');
  });

  it('shows a confidential initiative by name, effect and award only', () => {
    expect(cellText(table, secretIndex, 1)).toBe(secret.initiative.title);
    expect(cellText(table, secretIndex, 2)).toBe('');
    expect(cellText(table, secretIndex, 4)).toBe('');
    expect(cellText(table, secretIndex, 6)).toBe('210.000.000');
    expect(cellText(table, secretIndex, 8)).toBe(`Sáng kiến mật; ${secret.award}`);
  });
});

describe('initiative summary (Bản tóm tắt)', () => {
  it('has every item and the benefit in figures and words', () => {
    const doc = buildInitiativeSummary(input, open, openIndex);
    const t = text(doc);
    expect(t).toContain('BẢN TÓM TẮT SÁNG KIẾN');
    expect(t).toContain(open.initiative.knownSolution);
    expect(t).toContain(
      `Giá trị làm lợi: 1.005.000.000 đồng (Bằng chữ: Một tỷ không trăm linh năm triệu đồng)/năm.`,
    );
    expect(doc.fileName).toBe('03-Tom-tat-01-Quy-trinh-bao-duong-du-phong-may-tien-CNC.docx');
  });

  it('keeps a confidential initiative to name, effect and award', () => {
    const t = text(buildInitiativeSummary(input, secret, secretIndex));
    expect(t).toContain(secret.initiative.title);
    expect(t).toContain('Tuổi thọ trục cán tăng gấp ba');
    expect(t).toContain(secret.award);
    expect(t).not.toContain(secret.initiative.content);
    expect(t).not.toContain(secret.initiative.confidentialInfo);
    expect(t).not.toContain(secret.initiative.authors[0]!.name);
  });
});

describe('application (Đơn yêu cầu công nhận sáng kiến)', () => {
  it('follows Circular 18/2013, Appendix I, with the author table', () => {
    const p = input.proposals[1]!;
    const doc = buildApplication(input, p, 1);
    const t = text(doc);
    expect(blocks(doc)[0]).toEqual({ kind: 'nationHeader' });
    expect(t).toContain('ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN');
    expect(t).toContain('Kính gửi: Hội đồng xét chọn sáng kiến LĐLĐ huyện Trảng Bom');
    const authors = tables(doc)[0]!;
    expect(authors.headerRows[0]).toHaveLength(7);
    expect(authors.rows.map((r) => r.map((c) => c.runs[0]!.text))).toEqual([
      [
        '1',
        'Nguyễn Văn Tâm',
        '12/05/1984',
        'Xưởng đế, Công ty TNHH Giày da Phú Thịnh',
        'Tổ trưởng',
        'Kỹ sư cơ khí',
        '60%',
      ],
      [
        '2',
        'Trần Thị Lan',
        '03/11/1990',
        'Xưởng đế, Công ty TNHH Giày da Phú Thịnh',
        'Kỹ thuật viên',
        'Cao đẳng điện',
        '40%',
      ],
    ]);
    expect(t).toContain('Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử: 15/02/2021');
    expect(t).toContain('125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng)');
    expect(t).toContain('xin cam đoan mọi thông tin nêu trong đơn là trung thực');
    expect(t).toContain('Trảng Bom, ngày 05 tháng 4 năm 2021');
  });

  it('leaves out what a confidential initiative keeps secret', () => {
    const doc = buildApplication(input, secret, secretIndex);
    expect(tables(doc)).toHaveLength(0);
    expect(text(doc)).not.toContain(secret.initiative.confidentialInfo);
    expect(text(doc)).toContain(secret.initiative.title);
  });
});

describe('score sheets (Phiếu chấm điểm)', () => {
  const doc = buildScoreSheets(input, open, openIndex);

  it('has one sheet per member present, each its own section', () => {
    expect(doc.sections).toHaveLength(3);
    const first = doc.sections[0]!;
    expect(documentStrings({ ...doc, sections: [first] }).join('\n')).toContain(
      'Phạm Văn Hùng — Chủ tịch Hội đồng',
    );
  });

  it('lists each criterion with its scale, the score, a comment line and the total', () => {
    const t = tables(doc)[0]!;
    expect(t.headerRows[0]!.map((c) => c.runs[0]!.text)).toEqual([
      'TT',
      'Tiêu chí',
      'Thang điểm',
      'Điểm chấm',
    ]);
    expect(t.rows[0]!.map((c) => c.runs[0]!.text)).toEqual(['1', 'Tính mới', '30', '24']);
    expect(t.rows[1]![0]).toMatchObject({ colSpan: 4 });
    expect(cellText(t, 1, 0)).toBe('Nhận xét: Có tính mới rõ rệt.');
    expect(t.rows.at(-1)!.map((c) => c.runs[0]!.text)).toEqual(['Tổng cộng', '100', '90']);
  });
});

describe('minutes (Biên bản)', () => {
  const doc = buildMinutes(input);

  it('records members, every initiative considered with its figures and conclusion', () => {
    const t = text(doc);
    expect(t).toContain('Số: 01/BB-HĐXC');
    expect(t).toContain('Trảng Bom, ngày 02 tháng 4 năm 2021');
    expect(t).toContain('- Ngô Thanh Sơn, Kỹ sư, Phòng Kinh tế huyện — Ủy viên');
    expect(t).toContain('Vắng mặt: không');
    const table = tables(doc)[0]!;
    expect(table.rows).toHaveLength(5);
    expect(table.rows[4]!.map((c) => c.runs[0]!.text)).toEqual([
      '5',
      'Sổ điểm điện tử dùng chung cho tổ chuyên môn',
      '37',
      '38',
      '35',
      'Không công nhận (Điểm trung bình 37 dưới mức 50)',
    ]);
  });

  it('is signed by the secretary and the chair', () => {
    expect(blocks(doc).at(-1)).toMatchObject({
      signers: [
        { authority: ['THƯ KÝ'], name: 'Lê Thị Thu Hà' },
        { authority: ['CHỦ TỊCH HỘI ĐỒNG'], name: 'Phạm Văn Hùng' },
      ],
    });
  });
});

describe('the whole dossier', () => {
  const dossier = buildDossier(input);

  it('holds every document in filing order, valid against the model schema', () => {
    expect(dossier.documents.map((d) => d.fileName.slice(0, 2))).toEqual([
      '01',
      '02',
      ...Array<string>(4).fill('03'),
      ...Array<string>(4).fill('04'),
      ...Array<string>(4).fill('05'),
      '06',
    ]);
    expect(dossierSchema.parse(dossier)).toEqual(dossier);
    const names = dossier.documents.map((d) => d.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9._-]+\.docx$/);
  });

  it('holds NFC text only, even from decomposed records', () => {
    const decomposed = sampleDossierInput();
    const first = decomposed.proposals[0]!;
    const nfd = {
      ...first,
      initiative: { ...first.initiative, title: 'Máy cắt ống'.normalize('NFD') },
    };
    const doc = buildCover({ ...decomposed, proposals: [nfd] });
    for (const s of documentStrings(doc)) expect(s).toBe(s.normalize('NFC'));
    expect(text(doc)).toContain('Máy cắt ống'.normalize('NFC'));
  });

  it('normalises every string of the dossier to NFC, headers and names included', () => {
    const base = sampleDossierInput();
    const nfd = (s: string) => s.normalize('NFD');
    const decomposed = {
      ...base,
      office: {
        ...base.office,
        unitName: nfd(base.office.unitName),
        chairName: nfd(base.office.chairName),
      },
      council: { ...base.council, name: nfd(base.council.name) },
    };
    const all = buildDossier(decomposed).documents.flatMap(documentStrings);
    expect(all).toContain('LIÊN ĐOÀN LAO ĐỘNG HUYỆN TRẢNG BOM');
    for (const s of all) expect(s).toBe(s.normalize('NFC'));
  });

  it('prints names and titles tidied, as typed with stray spaces or a pasted zero-width space', () => {
    const base = sampleDossierInput();
    const first = base.proposals[0]!;
    const author = first.initiative.authors[0]!;
    const typed = {
      ...first,
      initiative: {
        ...first.initiative,
        title: '  Máy cắt \u200bống   tự động ',
        authors: [{ ...author, name: 'Nguyễn  Văn An ' }, ...first.initiative.authors.slice(1)],
      },
    };
    const all = buildDossier({ ...base, proposals: [typed, ...base.proposals.slice(1)] })
      .documents.flatMap(documentStrings)
      .join('\n');
    expect(all).toContain('Máy cắt ống tự động');
    expect(all).not.toContain('Máy cắt \u200bống');
    expect(all).toContain('Nguyễn Văn An');
    expect(all).not.toContain('Nguyễn  Văn An');
  });

  it('explains an empty selection instead of building empty files', () => {
    expect(dossierProblem({ ...input, proposals: [] })).toBe(EMPTY_DOSSIER_MESSAGE);
    expect(dossierProblem(input)).toBeNull();
  });
});
