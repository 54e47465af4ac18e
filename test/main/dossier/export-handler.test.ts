// dossier:export against real temp folders: all files or none, the empty selection explained.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDossier, EMPTY_DOSSIER_MESSAGE } from '@shared/dossier/dossier';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { fakeDeps, tempDir } from '../helpers';
import { tableRows, unzipText } from './unzip';

const dossier = buildDossier(sampleDossierInput());
const names = dossier.documents.map((d) => d.fileName).sort();

async function setup() {
  const root = await tempDir();
  const folder = join(root, 'Hồ sơ đề xuất');
  await mkdir(folder);
  const deps = fakeDeps(join(root, 'userData'), folder);
  return { root, folder, deps, handlers: createHandlers(deps) };
}

describe('dossier:export', () => {
  it('asks for a folder and writes every document there as .docx that parses back', async () => {
    const { folder, deps, handlers } = await setup();

    const result = await handlers['dossier:export']({ documents: dossier.documents });

    expect(deps.folderRequests).toEqual([{ title: 'Chọn thư mục lưu hồ sơ' }]);
    expect(result.ok).toBe(true);
    if (!result.ok || result.value === null) return;
    expect(result.value.folder).toBe(folder);
    expect(result.value.files.map((f) => f.slice(folder.length + 1)).sort()).toEqual(names);
    expect((await readdir(folder)).sort()).toEqual(names);
    const list = await unzipText(await readFile(join(folder, '02-Danh-sach-trich-ngang.docx')));
    expect(tableRows(list.get('word/document.xml')!, 1)).toHaveLength(5);
  });

  it('refuses an empty selection before asking for a folder', async () => {
    const { deps, handlers } = await setup();
    const result = await handlers['dossier:export']({ documents: [] });
    expect(result).toEqual({
      ok: false,
      error: { code: 'EMPTY_DOSSIER', message: EMPTY_DOSSIER_MESSAGE },
    });
    expect(deps.folderRequests).toEqual([]);
  });

  it('writes nothing when the clerk cancels', async () => {
    const { folder, deps, handlers } = await setup();
    deps.answer = null;
    expect(await handlers['dossier:export']({ documents: dossier.documents })).toEqual({
      ok: true,
      value: null,
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('explains a folder that cannot be written', async () => {
    const { root, deps, handlers } = await setup();
    const notAFolder = join(root, 'ghi-chu.txt');
    await writeFile(notAFolder, 'x');
    deps.answer = notAFolder;

    const result = await handlers['dossier:export']({ documents: dossier.documents });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('WRITE_FAILED');
    expect(result.error.message).toContain(`"${notAFolder}"`);
    expect(result.error.message).toContain('Không có tệp nào được ghi dở');
  });

  it('leaves nothing behind when a file fails half way through the set', async () => {
    const { folder, handlers } = await setup();
    // A folder where the last document should go: its rename fails after the others succeeded.
    await mkdir(join(folder, '06-Bien-ban-hop-Hoi-dong.docx'));
    await writeFile(join(folder, '01-To-trinh.docx'), 'bản cũ');

    const result = await handlers['dossier:export']({ documents: dossier.documents });

    expect(result.ok).toBe(false);
    expect((await readdir(folder)).sort()).toEqual([
      '01-To-trinh.docx',
      '06-Bien-ban-hop-Hoi-dong.docx',
    ]);
    // The document that was there before is there still, as it was: not the new one.
    expect(await readFile(join(folder, '01-To-trinh.docx'), 'utf8')).toBe('bản cũ');
  });

  it('replaces the documents already in the folder when the whole set is written', async () => {
    const { folder, handlers } = await setup();
    await writeFile(join(folder, '01-To-trinh.docx'), 'bản cũ');

    const result = await handlers['dossier:export']({ documents: dossier.documents });

    expect(result.ok).toBe(true);
    expect((await readdir(folder)).sort()).toEqual(names);
    const replaced = await unzipText(await readFile(join(folder, '01-To-trinh.docx')));
    expect(replaced.has('word/document.xml')).toBe(true);
  });

  it('refuses through the contract a file name that leaves the folder', async () => {
    const { deps, handlers } = await setup();
    const bad = { ...dossier.documents[0]!, fileName: '../thoat.docx' };
    const result = await dispatch(handlers, 'dossier:export', { documents: [bad] }, deps.log);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('BAD_REQUEST');
    expect(deps.folderRequests).toEqual([]);
  });

  it('refuses two documents with one file name', async () => {
    const { deps, handlers } = await setup();
    const doc = dossier.documents[0]!;
    const result = await dispatch(handlers, 'dossier:export', { documents: [doc, doc] }, deps.log);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (!result.ok) expect(result.error.message).toContain('Hai văn bản trùng tên tệp');
  });
});
