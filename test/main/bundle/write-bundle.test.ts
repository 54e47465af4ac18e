// The writer against a real temp folder, read back with yauzl directly.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '@shared/bundle/manifest';
import type { BundleData } from '@shared/bundle/data';
import { writeBundle } from '../../../main/bundle/write-bundle';
import { bundleData, manifestHead } from '../../shared/bundle/bundle-fixtures';
import { tempDir } from '../helpers';
import {
  dataWithPhoto,
  docxBytes,
  photo,
  readZip,
  sha256,
  writeSampleBundle,
} from './bundle-helpers';

describe('writeBundle', () => {
  it('tells the bytes written of the total as the zip reaches the disk, ending at its size', async () => {
    const dir = await tempDir();
    // A 6 MB photo: the zip goes out in pieces of at most 1 MiB, each told.
    const attachment = photo(6_000_000);
    const calls: [number, number][] = [];
    const written = await writeBundle({
      folder: dir,
      fileName: 'HoSo_tien_do.zip',
      head: manifestHead(),
      data: dataWithPhoto(attachment),
      documents: [{ title: 'Tờ trình', bytes: docxBytes('to trinh') }],
      attachments: [attachment],
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBeGreaterThanOrEqual(6);
    const [, total] = calls[0]!;
    expect(total).toBeGreaterThan(6_000_000);
    const moving = calls.slice(0, -1);
    // One total while writing, the count growing and never past it.
    expect(moving.every(([, t]) => t === total)).toBe(true);
    expect(moving.every(([d], i) => d <= total && (i === 0 || d >= moving[i - 1]![0]))).toBe(true);
    expect(moving.some(([d]) => d > 1_000_000 && d < 5_000_000)).toBe(true);
    expect(calls.at(-1)).toEqual([written.size, written.size]);
    expect((await readFile(written.path)).length).toBe(written.size);
  });

  it('writes a zip whose manifest lists every other entry with its size and SHA-256', async () => {
    const dir = await tempDir();
    const written = await writeSampleBundle(dir);

    expect(await readdir(dir)).toEqual(['HoSo_Cong_doan_co_so_75_ngan_sang_kien_2021-04-15.zip']);
    const bytes = await readFile(written.path);
    expect(written.size).toBe(bytes.length);
    const entries = await readZip(bytes);
    expect([...entries.keys()]).toEqual([
      'data.json',
      'documents/01_To_trinh.docx',
      'documents/02_Bien_ban_hop_Hoi_dong.docx',
      `attachments/${photo().sha256}_Anh_day_chuyen.jpg`,
      'manifest.json', // last
    ]);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest).toEqual(written.manifest);
    expect(manifest.files.map((f) => f.path)).toEqual([...entries.keys()].slice(0, -1));
    for (const file of manifest.files) {
      const entry = entries.get(file.path)!;
      expect(entry.length).toBe(file.size);
      expect(sha256(entry)).toBe(file.sha256);
    }
    expect(entries.get(`attachments/${photo().sha256}_Anh_day_chuyen.jpg`)).toEqual(
      Buffer.from(photo().bytes),
    );
  });

  it('redacts confidential initiatives and leaves their attachments behind', async () => {
    const dir = await tempDir();
    const secretFile = { sha256: '', name: 'Công thức.pdf', bytes: Buffer.from('bí mật') };
    const secret = { ...secretFile, sha256: sha256(secretFile.bytes) };
    const data: BundleData = bundleData();
    data.initiatives[2] = {
      ...data.initiatives[2]!,
      attachments: [{ sha256: secret.sha256, name: secret.name, type: 'application/pdf', size: 8 }],
    };
    const written = await writeBundle({
      folder: dir,
      fileName: 'b.zip',
      head: manifestHead(),
      data,
      documents: [],
      attachments: [secret],
    });
    const entries = await readZip(await readFile(written.path));
    expect([...entries.keys()]).toEqual(['data.json', 'manifest.json']);
    const json = entries.get('data.json')!.toString('utf8');
    expect(json).not.toContain('Tỷ lệ pha trộn');
    expect(json).toContain('Công thức phụ gia bí mật');
  });

  it('refuses an attachment whose bytes do not match its hash and leaves nothing behind', async () => {
    const dir = await tempDir();
    const attachment = photo();
    await expect(
      writeBundle({
        folder: dir,
        fileName: 'b.zip',
        head: manifestHead(),
        data: dataWithPhoto(attachment),
        documents: [{ title: 'Tờ trình', bytes: docxBytes('x') }],
        attachments: [{ ...attachment, bytes: new Uint8Array([1, 2, 3]) }],
      }),
    ).rejects.toThrow(/SHA-256/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails cleanly when the folder cannot be written', async () => {
    const dir = await tempDir();
    await expect(
      writeBundle({
        folder: join(dir, 'không có'),
        fileName: 'b.zip',
        head: manifestHead(),
        data: bundleData(),
        documents: [],
        attachments: [],
      }),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
