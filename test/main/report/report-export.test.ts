// report:export through the contract's parser and the real handler, into a real temp folder; the
// .docx unzipped and its XML checked against the administrative format (docs/documents.md).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc';
import { documentStrings } from '@shared/dossier/model';
import { buildResultReport } from '@shared/report/result-report';
import { sampleReportInput } from '@shared/sample/sample-report';
import { createHandlers } from '../../../main/handlers';
import { paragraphs, tableRows, unzipText } from '../dossier/unzip';
import { fakeDeps, tempDir } from '../helpers';

const report = buildResultReport(sampleReportInput());

const exported = async () => {
  const root = await tempDir();
  const deps = fakeDeps(join(root, 'userData'), join(root, 'Báo cáo'));
  const handlers = createHandlers(deps);
  const request = contract['report:export'].request.parse({
    suggestedName: 'Báo cáo kết quả',
    document: report,
  });
  const result = await handlers['report:export'](request);
  return { root, deps, handlers, result };
};

describe('report:export', () => {
  it('asks where with the docx filter and writes the report there', async () => {
    const { root, deps, result, handlers } = await exported();
    expect(deps.dialogRequests).toEqual([
      {
        suggestedName: 'Báo cáo kết quả.docx',
        filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }],
      },
    ]);
    const path = join(root, 'Báo cáo.docx');
    expect(result).toEqual({ ok: true, value: { path } });
    // Only the file: no temporary file left beside it.
    expect((await readdir(root)).filter((f) => f !== 'userData')).toEqual(['Báo cáo.docx']);
    expect((await handlers['file:open']({ path })).ok).toBe(true);
  });

  it('is A4 portrait, 20/20/30/15 mm, in Times New Roman, with the model’s text', async () => {
    const { root } = await exported();
    const files = await unzipText(await readFile(join(root, 'Báo cáo.docx')));
    const body = files.get('word/document.xml')!;
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(files.get('word/styles.xml')).toContain('w:ascii="Times New Roman"');
    const texts = paragraphs(body)
      .map((p) => p.text)
      .filter((t) => t !== '');
    // Empty cells (a confidential initiative's field) hold no text in either.
    expect(texts).toEqual(documentStrings(report).filter((t) => t !== ''));
  });

  it('holds the figures in its tables and the commended people', async () => {
    const { root } = await exported();
    const body = (await unzipText(await readFile(join(root, 'Báo cáo.docx')))).get(
      'word/document.xml',
    )!;
    // Table 0 is the header, 1 the figures by unit.
    expect(tableRows(body, 1)).toEqual([
      ['STT', 'Đơn vị', 'Số sáng kiến', 'Được công nhận', 'Giá trị làm lợi (đồng)'],
      ['1', 'CĐCS Công ty CP Cơ khí Sông Mây', '2', '2', '1.215.000.000'],
      ['2', 'CĐCS Công ty TNHH Giày da Phú Thịnh', '2', '2', '173.500.000'],
      ['3', 'CĐCS Trường THPT Trảng Bom', '1', '0', '5.000.000'],
      ['Tổng cộng', '5', '4', '1.393.500.000'],
    ]);
    const people = tableRows(body, 5);
    expect(people.map((r) => r[1])).toEqual([
      'Họ và tên',
      'Nguyễn Văn Tâm',
      'Trần Thị Lan',
      'Hoàng Minh Đức',
    ]);
    expect(body).toContain('Một tỷ ba trăm chín mươi ba triệu năm trăm nghìn đồng');
  });

  it('writes nothing when the clerk cancels, and names the folder it could not write', async () => {
    const root = await tempDir();
    const cancel = createHandlers(fakeDeps(join(root, 'userData'), null));
    expect(await cancel['report:export']({ suggestedName: 'x', document: report })).toEqual({
      ok: true,
      value: null,
    });
    expect(await readdir(root)).toEqual([]);
    const gone = createHandlers(fakeDeps(join(root, 'userData'), join(root, 'gone', 'x')));
    expect(await gone['report:export']({ suggestedName: 'x', document: report })).toMatchObject({
      ok: false,
      error: { code: 'WRITE_FAILED' },
    });
  });
});
