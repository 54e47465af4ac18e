// dossier:export from the page, through the same bridge and handlers main registers: the sample's
// documents go to the folder the clerk picks and parse back as Word files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDossier, EMPTY_DOSSIER_MESSAGE } from '@shared/dossier/dossier';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { paragraphs, tableRows, unzipText } from '../main/dossier/unzip';
import { startApp, type App } from './harness';

const input = sampleDossierInput();
const dossier = buildDossier(input);

describe('dossier export from the page', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('writes every document into the chosen folder, and each parses back', async () => {
    app = await startApp();
    const result = await app.invoke('dossier:export', { documents: dossier.documents });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value === null) throw new Error('export failed');
    const folder = result.value.folder;
    expect(folder.startsWith(app.tempDir)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(dossier.documents.map((d) => d.fileName).sort());

    const list = await unzipText(readFileSync(join(folder, '02-Danh-sach-trich-ngang.docx')));
    const rows = tableRows(list.get('word/document.xml')!, 1);
    expect(rows.slice(1).map((r) => r[1])).toEqual(input.proposals.map((p) => p.initiative.title));
    for (const [n, p] of input.proposals.entries()) {
      const name = dossier.documents.find((d) => d.fileName.startsWith(`03-Tom-tat-0${n + 1}-`))!;
      const summary = await unzipText(readFileSync(join(folder, name.fileName)));
      const texts = paragraphs(summary.get('word/document.xml')!).map((x) => x.text);
      expect(texts).toContain(p.initiative.title);
    }
  });

  it('explains an empty selection and asks for no folder', async () => {
    app = await startApp();
    const result = await app.invoke('dossier:export', { documents: [] });
    expect(result).toEqual({
      ok: false,
      error: { code: 'EMPTY_DOSSIER', message: EMPTY_DOSSIER_MESSAGE },
    });
  });

  it('returns null when the clerk cancels the folder dialog', async () => {
    app = await startApp();
    app.cancelNextSaveDialog();
    const result = await app.invoke('dossier:export', { documents: dossier.documents });
    expect(result).toEqual({ ok: true, value: null });
  });
});
