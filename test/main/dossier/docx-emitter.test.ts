// The .docx files are unzipped and their XML asserted (docs/documents.md, administrative format).
import { describe, expect, it } from 'vitest';
import { buildDossier } from '@shared/dossier/dossier';
import { documentStrings, type DossierDocument } from '@shared/dossier/model';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { emitDocx } from '../../../main/dossier/docx-emitter';
import { paragraphs, tableRows, unzipText, wordTexts } from './unzip';

const dossier = buildDossier(sampleDossierInput());

/** One style's definition in styles.xml. */
const styleXml = (styles: string, id: string): string =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
const byPrefix = (prefix: string): DossierDocument =>
  dossier.documents.find((d) => d.fileName.startsWith(prefix))!;

const read = async (doc: DossierDocument) => {
  const files = await unzipText(await emitDocx(doc));
  const body = files.get('word/document.xml')!;
  const rels = files.get('word/_rels/document.xml.rels')!;
  /** The header part of a reference type ("default" or "first") of the n-th section. */
  const header = (type: 'default' | 'first', section = 0): string | undefined => {
    const sect = [...body.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)][section]?.[0] ?? '';
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sect)?.[1];
    if (!id) return undefined;
    const target = new RegExp(
      `Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`,
    ).exec(rels);
    const name = target?.[1] ?? target?.[2];
    return name ? files.get(`word/${name}`) : undefined;
  };
  return { files, body, header };
};

describe('docx emitter: the cover', () => {
  it('is A4 portrait with margins 20/20/30/15 mm and a different first page', async () => {
    const { body } = await read(byPrefix('01'));
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(body).toContain('<w:titlePg/>');
  });

  it('numbers pages with a centred PAGE field in the header, none on page 1', async () => {
    const { header } = await read(byPrefix('01'));
    const numbered = header('default')!;
    expect(numbered).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(numbered).toContain('<w:fldChar w:fldCharType="begin"/>');
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(numbered).toContain('<w:sz w:val="26"/>');
    const first = header('first')!;
    expect(first).not.toContain('PAGE');
    expect(wordTexts(first)).toEqual([]);
  });

  it('sets Times New Roman 14 as the default and Vietnamese as the language', async () => {
    const { files } = await read(byPrefix('01'));
    const styles = files.get('word/styles.xml')!;
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('puts the bodies and the motto in a borderless two-column header, with rules', async () => {
    const { body } = await read(byPrefix('01'));
    const header = /<w:tbl>.*?<\/w:tbl>/s.exec(body)![0];
    expect(header).toMatch(/<w:tblBorders>(<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    expect(tableRows(body, 0)).toEqual([
      [
        'LĐLĐ TỈNH ĐỒNG NAILIÊN ĐOÀN LAO ĐỘNG HUYỆN TRẢNG BOMSố: 05/TTr-LĐLĐ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcTrảng Bom, ngày 05 tháng 4 năm 2021',
      ],
    ]);
    const ps = paragraphs(header);
    const at = (text: string) => ps.findIndex((p) => p.text === text);
    const issuing = ps[at('LIÊN ĐOÀN LAO ĐỘNG HUYỆN TRẢNG BOM')]!;
    expect(issuing.xml).toContain('<w:b/>');
    expect(issuing.xml).toContain('<w:sz w:val="26"/>');
    expect(ps[at('LIÊN ĐOÀN LAO ĐỘNG HUYỆN TRẢNG BOM') + 1]!.xml).toContain(
      '<w:bottom w:val="single"',
    );
    expect(ps[at('LĐLĐ TỈNH ĐỒNG NAI')]!.xml).not.toContain('<w:b/>');
    const motto = ps[at('Độc lập - Tự do - Hạnh phúc')]!;
    expect(motto.xml).toContain('<w:b/>');
    expect(motto.xml).toContain('<w:sz w:val="28"/>');
    expect(ps[at('Độc lập - Tự do - Hạnh phúc') + 1]!.xml).toContain('<w:bottom w:val="single"');
    const date = ps[at('Trảng Bom, ngày 05 tháng 4 năm 2021')]!;
    expect(date.xml).toContain('<w:i/>');
  });

  it('writes the type in bold capitals and a justified body with a 1,27 cm indent and 6 pt after', async () => {
    const { body, files } = await read(byPrefix('01'));
    const ps = paragraphs(body);
    const type = ps.find((p) => p.text === 'TỜ TRÌNH')!;
    expect(type.xml).toContain('<w:b/>');
    expect(type.xml).toContain('<w:jc w:val="center"/>');
    const text = ps.find((p) => p.text.startsWith('Ngày 02/04/2021, Hội đồng xét chọn'))!;
    expect(text.xml).toContain('<w:pStyle w:val="DossierBody"/>');
    expect(text.xml).not.toMatch(/<w:jc |<w:ind |<w:sz /);
    const style = styleXml(files.get('word/styles.xml')!, 'DossierBody');
    expect(style).toContain('<w:jc w:val="both"/>');
    expect(style).toContain('<w:ind w:firstLine="720"/>');
    expect(style).toMatch(/<w:spacing w:after="120"/);
    const kinhGui = ps.find((p) => p.text.startsWith('Kính gửi'))!;
    expect(kinhGui.xml).toContain('<w:jc w:val="center"/>');
    expect(kinhGui.xml).toContain('<w:ind w:firstLine="0"/>');
  });

  it('closes with "Nơi nhận" bold italic 12, entries 11, and the signer in bold', async () => {
    const { body } = await read(byPrefix('01'));
    const rows = tableRows(body, 1);
    expect(rows).toEqual([
      ['Nơi nhận:- Như trên;- Lưu: VT.', 'TM. BAN THƯỜNG VỤCHỦ TỊCHPhạm Văn Hùng'],
    ]);
    const ps = paragraphs(body);
    const title = ps.find((p) => p.text === 'Nơi nhận:')!;
    expect(title.xml).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/s);
    expect(ps.find((p) => p.text === '- Lưu: VT.')!.xml).toContain('<w:sz w:val="22"/>');
    expect(ps.find((p) => p.text === 'Phạm Văn Hùng')!.xml).toContain('<w:b/>');
  });

  it('holds exactly the strings of the model, in NFC', async () => {
    const doc = byPrefix('01');
    const { body } = await read(doc);
    const texts = paragraphs(body)
      .map((p) => p.text)
      .filter((t) => t !== '');
    expect(texts).toEqual(documentStrings(doc));
    for (const t of wordTexts(body)) expect(t).toBe(t.normalize('NFC'));
  });
});

describe('docx emitter: the other documents', () => {
  it('lays the summary list on landscape A4 with its table rows and cells', async () => {
    const { body, files } = await read(byPrefix('02'));
    expect(body).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const rows = tableRows(body, 1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([
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
    expect(rows[1]!.slice(0, 4)).toEqual([
      '1',
      'Quy trình bảo dưỡng dự phòng máy tiện CNC',
      'Hoàng Minh Đức, Vũ Văn Khoa',
      'CĐCS Công ty CP Cơ khí Sông Mây',
    ]);
    expect(body).toContain('<w:tblHeader/>');
    expect(/<w:tbl>.*?<\/w:tbl>.*?<w:tbl>(.*?)<\/w:tbl>/s.exec(body)![1]).toContain(
      '<w:pStyle w:val="DossierTable12"/>',
    );
    expect(styleXml(files.get('word/styles.xml')!, 'DossierTable12')).toContain(
      '<w:sz w:val="24"/>',
    );
  });

  it('writes the money in figures and words in the summary', async () => {
    const { body } = await read(byPrefix('03-Tom-tat-02'));
    expect(paragraphs(body).map((p) => p.text)).toContain(
      'Giá trị làm lợi: 125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng)/năm.',
    );
  });

  it('starts each score sheet on a new section with its own numbering from 1 and no number on its first page', async () => {
    const { body, header } = await read(byPrefix('05-Phieu-cham-01'));
    const sections = [...body.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    for (const [n, s] of sections.entries()) {
      expect(s).toContain('<w:titlePg/>');
      expect(s).toContain('<w:pgNumType w:start="1"/>');
      expect(header('default', n)).toContain('PAGE');
      expect(header('first', n)).not.toContain('PAGE');
    }
    const sheet = tableRows(body, 1);
    expect(sheet[0]).toEqual(['TT', 'Tiêu chí', 'Thang điểm', 'Điểm chấm']);
    expect(sheet[1]).toEqual(['1', 'Tính mới', '30', '24']);
    expect(sheet.at(-1)).toEqual(['Tổng cộng', '100', '90']);
    expect(body).toContain('<w:gridSpan w:val="4"/>');
  });

  it('centres the national name and motto alone on the application', async () => {
    const { body } = await read(byPrefix('04-Don-yeu-cau-02'));
    const ps = paragraphs(body);
    expect(ps[0]!.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ps[1]!.text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tableRows(body, 0)[1]).toEqual([
      '1',
      'Nguyễn Văn Tâm',
      '12/05/1984',
      'Xưởng đế, Công ty TNHH Giày da Phú Thịnh',
      'Tổ trưởng',
      'Kỹ sư cơ khí',
      '60%',
    ]);
  });

  it('emits every document of the dossier as a zip Word can open', async () => {
    for (const doc of dossier.documents) {
      const { files } = await read(doc);
      expect(files.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    }
  });
});
