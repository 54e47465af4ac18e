// file:save and folder:reveal against real temp folders.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { dispatch } from '../../main/ipc/dispatch';
import { fakeDeps, tempDir } from './helpers';

const bytes = (...values: number[]) => new Uint8Array(values);

async function setup() {
  const root = await tempDir();
  const dataDir = join(root, 'userData');
  const saveDir = join(root, 'saved');
  await mkdir(dataDir);
  await mkdir(saveDir);
  const deps = fakeDeps(dataDir);
  return { root, dataDir, saveDir, deps, handlers: createHandlers(deps) };
}

describe('file:save', () => {
  it('writes exactly the bytes to the chosen path and leaves no temp file', async () => {
    const { saveDir, deps, handlers } = await setup();
    const target = join(saveDir, 'Hồ sơ sáng kiến.docx');
    deps.answer = target;
    const data = bytes(0, 1, 2, 250, 255, 0x50, 0x4b);

    const result = await handlers['file:save']({
      suggestedName: 'Hồ sơ sáng kiến.docx',
      data,
      kind: 'docx',
    });

    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(new Uint8Array(await readFile(target))).toEqual(data);
    expect(await readdir(saveDir)).toEqual(['Hồ sơ sáng kiến.docx']);
    expect(deps.dialogRequests).toEqual([
      {
        suggestedName: 'Hồ sơ sáng kiến.docx',
        filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }],
      },
    ]);
  });

  it('replaces an existing file whole', async () => {
    const { saveDir, deps, handlers } = await setup();
    const target = join(saveDir, 'bao-cao.xlsx');
    await writeFile(target, 'old content that is longer than the new one');
    deps.answer = target;

    const result = await handlers['file:save']({
      suggestedName: 'bao-cao.xlsx',
      data: bytes(1, 2, 3),
      kind: 'xlsx',
    });

    expect(result.ok).toBe(true);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes(1, 2, 3));
    expect(await readdir(saveDir)).toEqual(['bao-cao.xlsx']);
  });

  it('returns null and writes nothing when the clerk cancels', async () => {
    const { saveDir, deps, handlers } = await setup();
    deps.answer = null;

    const result = await handlers['file:save']({
      suggestedName: 'a.docx',
      data: bytes(1),
      kind: 'docx',
    });

    expect(result).toEqual({ ok: true, value: null });
    expect(await readdir(saveDir)).toEqual([]);
  });

  it('reports WRITE_FAILED in Vietnamese when the folder cannot be written (not a folder)', async () => {
    const { root, deps, handlers } = await setup();
    const notAFolder = join(root, 'plain-file');
    await writeFile(notAFolder, 'x');
    deps.answer = join(notAFolder, 'a.docx');

    const result = await handlers['file:save']({
      suggestedName: 'a.docx',
      data: bytes(1),
      kind: 'docx',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('WRITE_FAILED');
    expect(result.error.message).toContain('Tệp chưa được lưu');
    expect(result.error.message).toContain('chọn thư mục khác');
    expect(await readFile(notAFolder, 'utf8')).toBe('x');
  });

  it('cleans up its temp file when the final rename fails', async () => {
    const { saveDir, deps, handlers } = await setup();
    // A folder where the file should go: the temp file is written, then rename refuses.
    const target = join(saveDir, 'chiem-cho.docx');
    await mkdir(join(target, 'inside'), { recursive: true });
    deps.answer = target;

    const result = await handlers['file:save']({
      suggestedName: 'chiem-cho.docx',
      data: bytes(9, 9),
      kind: 'docx',
    });

    expect(result.ok ? 'ok' : result.error.code).toBe('WRITE_FAILED');
    expect(await readdir(saveDir)).toEqual(['chiem-cho.docx']);
    expect(deps.log.entries.some((e) => e.message.includes('file:save'))).toBe(true);
  });

  // A "folder" that is really a file: refused for every user, root included (a read-only folder
  // is not: root writes into it anyway, so that case cannot run in CI).
  it('reports WRITE_FAILED when the chosen folder cannot hold files, and writes nothing', async () => {
    const { saveDir, deps, handlers } = await setup();
    await writeFile(join(saveDir, 'not-a-folder'), 'x');
    deps.answer = join(saveDir, 'not-a-folder', 'a.docx');

    const result = await handlers['file:save']({
      suggestedName: 'a.docx',
      data: bytes(1),
      kind: 'docx',
    });

    expect(result.ok ? 'ok' : result.error.code).toBe('WRITE_FAILED');
    expect(await readdir(saveDir)).toEqual(['not-a-folder']);
  });
});

describe('file:save: main decides the name and the extension', () => {
  it('refuses a kind it does not know: the page cannot name an extension or a filter', async () => {
    const { deps, handlers } = await setup();
    for (const payload of [
      { suggestedName: 'x.docx.exe', data: bytes(1), kind: 'exe' },
      {
        suggestedName: 'x',
        data: bytes(1),
        kind: 'docx',
        filters: [{ name: 'x', extensions: ['exe'] }],
      },
      { suggestedName: 'x', data: bytes(1) },
    ]) {
      const result = await dispatch(handlers, 'file:save', payload, deps.log);
      expect(result.ok ? 'ok' : result.error.code).toBe('BAD_REQUEST');
    }
    expect(deps.dialogRequests).toEqual([]);
  });

  it('saves x.docx.exe proposed as a Word file as a .docx, with only the Word filter', async () => {
    const { saveDir, deps, handlers } = await setup();
    deps.answer = join(saveDir, 'x.docx.exe.docx');
    const result = await handlers['file:save']({
      suggestedName: 'x.docx.exe',
      data: bytes(7),
      kind: 'docx',
    });
    expect(deps.dialogRequests).toEqual([
      {
        suggestedName: 'x.docx.exe.docx',
        filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }],
      },
    ]);
    expect(result).toEqual({ ok: true, value: { path: join(saveDir, 'x.docx.exe.docx') } });
    expect(await readdir(saveDir)).toEqual(['x.docx.exe.docx']);
  });

  it("keeps the kind's extension when another one is typed in the dialog", async () => {
    const { saveDir, deps, handlers } = await setup();
    deps.answer = join(saveDir, 'Báo cáo.exe');
    const result = await handlers['file:save']({
      suggestedName: 'Báo cáo',
      data: bytes(1),
      kind: 'xlsx',
    });
    expect(result).toEqual({ ok: true, value: { path: join(saveDir, 'Báo cáo.exe.xlsx') } });
    expect(deps.dialogRequests[0]?.suggestedName).toBe('Báo cáo.xlsx');
  });

  it('proposes a sanitised name: Vietnamese kept, reserved characters and trailing dots gone', async () => {
    const { saveDir, deps, handlers } = await setup();
    deps.answer = join(saveDir, 'a.pdf');
    await handlers['file:save']({
      suggestedName: 'Hồ sơ: "Sáng kiến" <2021>?*|. . ',
      data: bytes(1),
      kind: 'pdf',
    });
    expect(deps.dialogRequests[0]?.suggestedName).toBe('Hồ sơ Sáng kiến 2021.pdf');
  });

  it("keeps an attachment's own extension, and refuses one that runs a program", async () => {
    const { saveDir, deps, handlers } = await setup();
    deps.answer = join(saveDir, 'Bản vẽ.dwg');
    const saved = await handlers['file:save']({
      suggestedName: 'Bản vẽ.dwg',
      data: bytes(1),
      kind: 'attachment',
    });
    expect(saved.ok).toBe(true);
    expect(deps.dialogRequests[0]?.filters).toEqual([
      { name: 'Tệp đính kèm', extensions: ['dwg'] },
    ]);

    const refused = await handlers['file:save']({
      suggestedName: 'cai-dat.EXE',
      data: bytes(1),
      kind: 'attachment',
    });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FILE_KIND_REFUSED');
    expect(refused.ok ? '' : refused.error.message).toMatch(/Không lưu tệp có đuôi "\.exe"/);
    expect(deps.dialogRequests).toHaveLength(1);
  });

  it('does not write an attachment under a name that runs a program, even one typed in the dialog', async () => {
    const { saveDir, deps, handlers } = await setup();
    deps.answer = join(saveDir, 'Bản vẽ.dwg.exe');
    const refused = await handlers['file:save']({
      suggestedName: 'Bản vẽ.dwg',
      data: bytes(77, 90),
      kind: 'attachment',
    });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FILE_KIND_REFUSED');
    expect(await readdir(saveDir)).toEqual([]);
  });

  it('says the name is too long (not "read-only or disk full") when the system refuses its length', async () => {
    const { saveDir, deps, handlers } = await setup();
    // The clerk typed a very long name in the dialog: past the 255 bytes a file name may hold.
    deps.answer = join(saveDir, `${'Sáng kiến cải tiến '.repeat(20)}.docx`);
    const result = await handlers['file:save']({
      suggestedName: 'a.docx',
      data: bytes(1),
      kind: 'docx',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('NAME_TOO_LONG');
    expect(result.ok ? '' : result.error.message).toMatch(/quá dài nên tệp chưa được lưu/);
    expect(result.ok ? '' : result.error.message).not.toMatch(/ổ đĩa đã đầy/);
    expect(await readdir(saveDir)).toEqual([]);
  });
});

describe('folder:reveal', () => {
  it('shows a file this session saved', async () => {
    const { saveDir, deps, handlers } = await setup();
    const target = join(saveDir, 'a.docx');
    deps.answer = target;
    await handlers['file:save']({ suggestedName: 'a.docx', data: bytes(1), kind: 'docx' });

    const result = await handlers['folder:reveal']({ path: target });

    expect(result).toEqual({ ok: true, value: { shown: true } });
    expect(deps.revealed).toEqual([target]);
  });

  it('accepts a saved path written with redundant segments, revealing the normalised path', async () => {
    const { saveDir, deps, handlers } = await setup();
    const target = join(saveDir, 'a.docx');
    deps.answer = target;
    await handlers['file:save']({ suggestedName: 'a.docx', data: bytes(1), kind: 'docx' });

    const result = await handlers['folder:reveal']({
      path: `${saveDir}${sep}.${sep}x${sep}..${sep}a.docx`,
    });

    expect(result.ok).toBe(true);
    expect(deps.revealed).toEqual([target]);
  });

  it('shows a file inside the data folder', async () => {
    const { dataDir, deps, handlers } = await setup();
    const backup = join(dataDir, 'backups', 'sao-luu.zip');
    await mkdir(join(dataDir, 'backups'));
    await writeFile(backup, 'zip');

    const result = await handlers['folder:reveal']({ path: backup });

    expect(result.ok).toBe(true);
    expect(deps.revealed).toEqual([backup]);
  });

  it('refuses a path the app did not write, even one that exists', async () => {
    const { root, deps, handlers } = await setup();
    const other = join(root, 'someone-else.txt');
    await writeFile(other, 'x');

    for (const path of [other, '/etc/passwd', 'C:\\Windows\\System32']) {
      const result = await handlers['folder:reveal']({ path });
      expect(result.ok ? 'ok' : result.error.code).toBe('PATH_REFUSED');
    }
    expect(deps.revealed).toEqual([]);
  });

  it('refuses `..` tricks that start inside the data folder or a saved file', async () => {
    const { root, dataDir, saveDir, deps, handlers } = await setup();
    const target = join(saveDir, 'a.docx');
    deps.answer = target;
    await handlers['file:save']({ suggestedName: 'a.docx', data: bytes(1), kind: 'docx' });
    await writeFile(join(root, 'secret.txt'), 'x');

    const tricks = [
      join(dataDir, '..', 'secret.txt'),
      `${dataDir}${sep}..${sep}secret.txt`,
      `${target}${sep}..${sep}..${sep}secret.txt`,
      `${dataDir}-evil${sep}x`,
      `${saveDir}${sep}b.docx`,
    ];
    for (const path of tricks) {
      const result = await handlers['folder:reveal']({ path });
      expect(result.ok ? `ok ${path}` : result.error.code).toBe('PATH_REFUSED');
    }
    expect(deps.revealed).toEqual([]);
  });

  it('refuses in Vietnamese, telling the clerk what to do', async () => {
    const { handlers } = await setup();
    const result = await handlers['folder:reveal']({ path: '/tmp/x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Hãy lưu lại tệp/);
  });

  it('says the file is gone when a saved file was deleted since', async () => {
    const { dataDir, deps, handlers } = await setup();
    const result = await handlers['folder:reveal']({ path: join(dataDir, 'da-xoa.zip') });
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
    expect(deps.revealed).toEqual([]);
  });
});
