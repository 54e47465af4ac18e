// `npm run report:sample -- <folder>`, spawned as anyone would run it; the .docx read back.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, tableRows, unzipText } from '../dossier/unzip';
import { tempDir } from '../helpers';

const ROOT = resolve(import.meta.dirname, '../../..');

const reportSample = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'report:sample', '--', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });

describe('npm run report:sample', () => {
  it('writes the result report beside the initiative list', async () => {
    const dir = join(await tempDir(), 'mẫu');
    const run = await reportSample(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      'Bao-cao-ket-qua.docx',
      'Danh-sach-sang-kien.xlsx',
    ]);
    expect(run.stdout).toContain(`Đã ghi báo cáo kết quả và danh sách sáng kiến vào ${dir}.`);

    const body = (await unzipText(await readFile(join(dir, 'Bao-cao-ket-qua.docx')))).get(
      'word/document.xml',
    )!;
    const texts = paragraphs(body).map((p) => p.text);
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain(
      'Số sáng kiến đã ghi nhận: 5/2.800 sáng kiến theo chỉ tiêu (đạt 0,18%).',
    );
    expect(texts).toContain(
      'Số sáng kiến được tặng Bằng Lao động sáng tạo: 1 (chỉ tiêu từ 5 đến 10).',
    );
    expect(tableRows(body, 1).at(-1)).toEqual(['Tổng cộng', '5', '4', '1.393.500.000']);
    expect(texts).toContain('Quy trình bảo dưỡng dự phòng máy tiện CNC');
    expect(texts).toContain('Hoàng Minh Đức');
  });

  it('says how to use it without a folder', async () => {
    const run = await reportSample();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cách dùng: npm run report:sample -- <thư mục>');
  });
});
