// `npm run bundle:verify`, spawned as a clerk or a support person would run it.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { dataJson, handBundle, writeSampleBundle } from './bundle-helpers';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function bundleVerify(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'bundle:verify', '--', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run bundle:verify', () => {
  it("prints a good bundle's summary and exits 0", async () => {
    const dir = await tempDir();
    const written = await writeSampleBundle(dir);

    const run = await bundleVerify(written.path);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Hồ sơ hợp lệ: HoSo_Cong_doan_co_so_75_ngan_sang_kien_2021-04-15.zip',
    );
    expect(run.stdout).toContain('Đơn vị gửi: Công đoàn cơ sở Công ty Đồng Tiến');
    expect(run.stdout).toContain('Chương trình: 75 ngàn sáng kiến vượt khó, phát triển');
    expect(run.stdout).toMatch(/Ngày lập: 15\/04\/2021 \d\d:\d\d/);
    expect(run.stdout).toContain('Sáng kiến: 3 (1 sáng kiến mật');
    expect(run.stdout).toContain('Tệp: 4 (2 văn bản, 1 tệp đính kèm)');
    expect(run.stdout).toMatch(/Dung lượng: \d+ KB/);
  });

  it('prints the exact problem and exits 1', async () => {
    const dir = await tempDir();
    const bad = await handBundle(dir, 'bad.zip', [dataJson()], {
      extra: [{ name: '../x', data: Buffer.from('x') }],
    });
    const notZip = join(dir, 'notes.zip');
    await writeFile(notZip, 'ghi chú');

    const run = await bundleVerify(bad, notZip);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Hồ sơ không hợp lệ: bad.zip');
    expect(run.stderr).toContain('[BUNDLE_BAD_ENTRY_NAME]');
    expect(run.stderr).toContain('"../x"');
    expect(run.stderr).toContain('[BUNDLE_NOT_ZIP]');
  });

  it('explains its use when no file is given', async () => {
    const run = await bundleVerify();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cách dùng: npm run bundle:verify');
  });
});
