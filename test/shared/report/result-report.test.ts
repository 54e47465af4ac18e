// The result report of the built-in sample, against figures counted by hand from
// shared/sample/sample-data.ts: five initiatives, four recognised (the fifth not), all four
// proposed, two of them commended (one Bằng Lao động sáng tạo, one Bằng khen).
import { describe, expect, it } from 'vitest';
import {
  documentStrings,
  type Block,
  type DossierDocument,
  type Table,
} from '@shared/dossier/model';
import { buildResultReport, percentText } from '@shared/report/result-report';
import { sampleReportInput } from '@shared/sample/sample-report';

const input = sampleReportInput();
const doc = buildResultReport(input);
const blocks = doc.sections.flatMap((s) => s.blocks);
const tables = blocks.filter((b): b is Table => b.kind === 'table');
const texts = (rows: Table['rows']) =>
  rows.map((r) => r.map((c) => c.runs.map((x) => x.text).join('')));
const lines = (d: DossierDocument) => documentStrings(d);

describe('the result report', () => {
  it('computes the figures as the dashboard does', () => {
    const f = input.figures;
    expect(f.recorded).toBe(5);
    expect(f.recognised).toBe(4);
    expect(f.proposed).toBe(4);
    expect(f.certificatesAwarded).toBe(1);
    // 125.000.000 + 48.500.000 + 1.005.000.000 + 210.000.000 + 5.000.000
    expect(f.benefit).toBe(1_393_500_000);
    expect(f.recognisedBenefit).toBe(1_388_500_000);
  });

  it('opens with the office header, number, date and the title', () => {
    expect(blocks[0]).toMatchObject({
      kind: 'adminHeader',
      parentBody: 'LĐLĐ TỈNH ĐỒNG NAI',
      issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN TRẢNG BOM',
      numberLine: 'Số: 18/BC-LĐLĐ',
      dateLine: 'Trảng Bom, ngày 15 tháng 10 năm 2021',
    });
    expect(blocks[1]).toMatchObject({ kind: 'title', type: 'BÁO CÁO' });
    expect(doc.sections[0]?.orientation).toBe('portrait');
  });

  it('states the totals, the benefit in figures and in words', () => {
    const all = lines(doc);
    expect(all).toContain('Số sáng kiến đã ghi nhận: 5/2.800 sáng kiến theo chỉ tiêu (đạt 0,18%).');
    expect(all).toContain(
      'Số sáng kiến được tặng Bằng Lao động sáng tạo: 1 (chỉ tiêu từ 5 đến 10).',
    );
    expect(all).toContain(
      'Tổng giá trị làm lợi: 1.393.500.000 đồng (Bằng chữ: Một tỷ ba trăm chín mươi ba triệu năm trăm nghìn đồng).',
    );
  });

  it('tables the figures by unit, by field and by status, with totals', () => {
    const [unit, field, status] = tables;
    expect(texts(unit!.rows)).toEqual([
      ['1', 'CĐCS Công ty CP Cơ khí Sông Mây', '2', '2', '1.215.000.000'],
      ['2', 'CĐCS Công ty TNHH Giày da Phú Thịnh', '2', '2', '173.500.000'],
      ['3', 'CĐCS Trường THPT Trảng Bom', '1', '0', '5.000.000'],
      ['Tổng cộng', '5', '4', '1.393.500.000'],
    ]);
    expect(unit!.rows.at(-1)?.[0]?.colSpan).toBe(2);
    expect(texts(field!.rows)).toContainEqual(['6', 'Quản lý, điều hành', '1']);
    expect(texts(field!.rows).at(-1)).toEqual(['Tổng cộng', '5']);
    expect(texts(status!.rows)).toContainEqual(['5', 'Không công nhận', '1']);
    expect(texts(status!.rows)).toContainEqual(['6', 'Đề xuất lên cấp trên', '2']);
    expect(texts(status!.rows)).toContainEqual(['7', 'Được biểu dương', '2']);
  });

  it('lists the recognised initiatives, commended first, the confidential one without authors', () => {
    const list = texts(tables[3]!.rows);
    expect(list).toHaveLength(4);
    expect(list[0]?.[1]).toBe('Cải tiến máy ép đế giày giảm thời gian gia nhiệt');
    expect(list[0]?.[6]).toBe('Được biểu dương');
    const secret = list.find((r) => r[1] === 'Hợp kim phủ trục cán chống mài mòn')!;
    expect(secret[2]).toBe('Sáng kiến mật');
    expect(secret[4]).toBe('');
  });

  it('lists each commended person with the decision, and signs', () => {
    expect(texts(tables[4]!.rows)).toEqual([
      [
        '1',
        'Nguyễn Văn Tâm',
        'CĐCS Công ty TNHH Giày da Phú Thịnh',
        'Cải tiến máy ép đế giày giảm thời gian gia nhiệt',
        'Bằng Lao động sáng tạo cấp Tổng Liên đoàn',
        'Số 1520/QĐ-TLĐ ngày 28/09/2021 của Tổng Liên đoàn Lao động Việt Nam',
      ],
      [
        '2',
        'Trần Thị Lan',
        'CĐCS Công ty TNHH Giày da Phú Thịnh',
        'Cải tiến máy ép đế giày giảm thời gian gia nhiệt',
        'Bằng Lao động sáng tạo cấp Tổng Liên đoàn',
        'Số 1520/QĐ-TLĐ ngày 28/09/2021 của Tổng Liên đoàn Lao động Việt Nam',
      ],
      [
        '3',
        'Hoàng Minh Đức',
        'CĐCS Công ty CP Cơ khí Sông Mây',
        'Quy trình bảo dưỡng dự phòng máy tiện CNC',
        'Bằng khen cấp tỉnh',
        'Số 215/QĐ-LĐLĐ ngày 15/06/2021 của Liên đoàn Lao động tỉnh Đồng Nai',
      ],
    ]);
    const closing = blocks.at(-1) as Extract<Block, { kind: 'closing' }>;
    expect(closing.signers[0]).toEqual({
      authority: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
      note: '',
      name: 'Phạm Văn Hùng',
    });
  });

  it('says so when no one is commended yet and nothing is recognised', () => {
    const bare = buildResultReport({ ...input, people: [], initiatives: [] });
    expect(lines(bare)).toContain('Chưa có cá nhân được khen thưởng.');
    expect(lines(bare)).toContain('Chưa có sáng kiến được công nhận.');
    expect(bare.sections[0]!.blocks.filter((b) => b.kind === 'table')).toHaveLength(3);
  });

  it('writes the share of the target with a decimal comma, two decimals below 1%', () => {
    expect(percentText(5, 2800)).toBe('0,18%');
    expect(percentText(1, 2800)).toBe('0,04%');
    expect(percentText(350, 2800)).toBe('12,5%');
    expect(percentText(1400, 2800)).toBe('50%');
    expect(percentText(3, 0)).toBe('');
  });
});
