// file:open: a document the dossier export wrote opens in the system's program; nothing else does.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '@shared/dossier/dossier';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { createHandlers } from '../../../main/handlers';
import { fakeDeps, tempDir } from '../helpers';

const dossier = buildDossier(sampleDossierInput());

async function exported() {
  const root = await tempDir();
  const folder = join(root, 'Hồ sơ');
  await mkdir(folder);
  const deps = fakeDeps(join(root, 'userData'), folder);
  const handlers = createHandlers(deps);
  const result = await handlers['dossier:export']({ documents: dossier.documents.slice(0, 2) });
  if (!result.ok || result.value === null) throw new Error('export failed');
  return { root, deps, handlers, files: result.value.files };
}

describe('file:open', () => {
  it('opens a document the export wrote', async () => {
    const { deps, handlers, files } = await exported();
    const result = await handlers['file:open']({ path: files[1]! });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(deps.opened).toEqual([files[1]]);
  });

  it('refuses a path the app did not write, even one that exists, and opens nothing', async () => {
    const { root, deps, handlers } = await exported();
    const other = join(root, 'khac.docx');
    await writeFile(other, 'x');
    for (const path of [other, join(root, 'userData', 'x.docx'), '/etc/passwd']) {
      const result = await handlers['file:open']({ path });
      expect(result.ok ? '' : result.error.code).toBe('PATH_REFUSED');
    }
    expect(deps.opened).toEqual([]);
  });

  it('opens only the Word, Excel and PDF files the app makes: a saved attachment of another kind is not opened', async () => {
    const { root, deps, handlers } = await exported();
    // An attachment comes from whoever sent the initiative; a page or a drawing with scripts opens
    // in the browser, so the page cannot have main start them.
    for (const name of ['trang.html', 'anh.svg', 'so-do.xml']) {
      deps.answer = join(root, name);
      const saved = await handlers['file:save']({
        suggestedName: name,
        data: new Uint8Array([1]),
        kind: 'attachment',
      });
      if (!saved.ok || saved.value === null) throw new Error(`${name} was not saved`);
      const result = await handlers['file:open']({ path: saved.value.path });
      expect(result.ok ? '' : result.error.code, name).toBe('PATH_REFUSED');
      if (!result.ok) expect(result.error.message).toContain('Mở thư mục');
    }
    expect(deps.opened).toEqual([]);
  });

  it('says so when the file is gone or no program opens it', async () => {
    const { deps, handlers, files } = await exported();
    await rm(files[0]!);
    const gone = await handlers['file:open']({ path: files[0]! });
    expect(gone.ok ? '' : gone.error.code).toBe('NOT_FOUND');
    deps.openError = 'No application is associated with the specified file';
    const failed = await handlers['file:open']({ path: files[1]! });
    expect(failed.ok ? '' : failed.error.code).toBe('OPEN_FAILED');
    expect(failed.ok ? '' : failed.error.message).toContain('02-Danh-sach-trich-ngang.docx');
  });
});
