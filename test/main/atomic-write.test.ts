import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  removeStrayTempFiles,
  tempNameFor,
  writeFileAtomic,
} from '../../main/services/atomic-write';
import { tempDir } from './helpers';

describe('writeFileAtomic', () => {
  it('writes large data exactly, leaving only the target', async () => {
    const dir = await tempDir();
    const data = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    const target = join(dir, 'lớn.bin');

    await writeFileAtomic(target, data);

    expect(Buffer.compare(await readFile(target), Buffer.from(data))).toBe(0);
    expect(await readdir(dir)).toEqual(['lớn.bin']);
  });

  it('keeps the old file intact when the write fails', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.txt');
    await writeFile(target, 'old');
    // A detached buffer cannot be written: the failure happens mid-way, after the temp file exists.
    const data = new Uint8Array(new ArrayBuffer(8));
    structuredClone(data.buffer, { transfer: [data.buffer] });

    await expect(writeFileAtomic(target, data)).rejects.toThrow();

    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('lets two saves to the same folder run at once without clashing', async () => {
    const dir = await tempDir();
    await Promise.all([
      writeFileAtomic(join(dir, 'a'), new Uint8Array([1])),
      writeFileAtomic(join(dir, 'b'), new Uint8Array([2])),
      writeFileAtomic(join(dir, 'a'), new Uint8Array([1])),
    ]);
    expect((await readdir(dir)).sort()).toEqual(['a', 'b']);
  });
});

describe('removeStrayTempFiles', () => {
  it('removes the temp files interrupted writes left, and nothing else', async () => {
    const dir = await tempDir();
    const nested = join(dir, 'backups', 'daily');
    await mkdir(nested, { recursive: true });
    const strays = [
      join(dir, tempNameFor('settings.json')),
      join(nested, tempNameFor('Sao lưu 01-12-2026.zip')),
    ];
    const kept = [
      join(dir, 'settings.json'),
      join(dir, '.hidden.tmp'),
      join(dir, 'bao-cao.12345678-1234-1234-1234-123456789abc.tmp'),
      join(nested, 'Sao lưu 01-12-2026.zip'),
    ];
    for (const path of [...strays, ...kept]) await writeFile(path, 'x');

    const removed = await removeStrayTempFiles(dir);

    expect(removed.sort()).toEqual([...strays].sort());
    for (const path of kept) expect(await readFile(path, 'utf8')).toBe('x');
    expect(await readdir(dir)).not.toContain(basename(strays[0]!));
  });

  it('leaves a missing folder alone', async () => {
    const dir = await tempDir();
    expect(await removeStrayTempFiles(join(dir, 'khong-co'))).toEqual([]);
  });
});
