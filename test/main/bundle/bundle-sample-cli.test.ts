// `npm run bundle:sample`, spawned as anyone trying the format would run it; its zip is checked by
// the shared verifier and read back: data.json's records and a document's text.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDataSchema } from '@shared/bundle/data';
import { sampleBundleSource } from '@shared/sample/sample-bundle';
import { verifyBundle } from '../../../main/bundle/verify-bundle';
import { unzipText } from '../dossier/unzip';
import { tempDir } from '../helpers';
import { readZip } from './bundle-helpers';

const ROOT = resolve(import.meta.dirname, '../../..');

function bundleSample(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'bundle:sample', '--', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run bundle:sample', () => {
  it("writes the sample's bundle, which the verifier accepts and which reads back", async () => {
    const folder = join(await tempDir(), 'mau');

    const run = await bundleSample(folder);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const names = await readdir(folder);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(
      /^HoSo_Lien_doan_Lao_dong_huyen_Trang_75_ngan_sang_kien_vuot_kho_phat_\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const path = join(folder, names[0]!);
    expect(run.stdout).toContain(path);
    expect(run.stdout).toContain('Đã ghi hồ sơ mẫu: 4 sáng kiến, 15 tệp');

    const verified = await verifyBundle(path);
    if (!verified.ok) throw new Error(verified.error.message);
    expect(verified.value.manifest.unit.name).toBe('Liên đoàn Lao động huyện Trảng Bom');
    expect(verified.value.documents).toHaveLength(15);

    const entries = await readZip(await readFile(path));
    const data = bundleDataSchema.parse(JSON.parse(entries.get('data.json')!.toString('utf8')));
    expect(data.initiatives.map((i) => i.id)).toEqual(
      sampleBundleSource().initiatives.map((i) => i.id),
    );
    const secret = data.initiatives.find((i) => i.confidential)!;
    expect(secret.content).toBe('');
    expect(secret.authors).toEqual([]);
    const cover = await unzipText(entries.get(verified.value.documents[0]!.path)!);
    expect(cover.get('word/document.xml')).toContain('TỜ TRÌNH');
    expect(cover.get('word/document.xml')).toContain(
      'Liên đoàn Lao động huyện Trảng Bom'.toUpperCase(),
    );
  });

  it('explains its use when no folder is given', async () => {
    const run = await bundleSample();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cách dùng: npm run bundle:sample');
  });
});
