// The print preview and the Word file come from one model: they must say the same thing.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '@shared/dossier/dossier';
import type { DossierDocument } from '@shared/dossier/model';
import { buildResultReport } from '@shared/report/result-report';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { sampleReportInput } from '@shared/sample/sample-report';
import { emitDocx } from '../../../main/dossier/docx-emitter';
import { DossierPreview } from '../../../renderer/src/features/dossier/DossierPreview';
import { paragraphs, unzipText } from '../../main/dossier/unzip';

const dossier = buildDossier(sampleDossierInput());
/** The result report is a document of the same model, drawn by the same two emitters. */
const report = buildResultReport(sampleReportInput());

/** Every non-empty paragraph of the Word file, in document order. */
const docxTexts = async (doc: DossierDocument): Promise<string[]> => {
  const files = await unzipText(await emitDocx(doc));
  return paragraphs(files.get('word/document.xml')!)
    .map((p) => p.text)
    .filter((t) => t !== '');
};

/** Every non-empty line of the preview: paragraphs, and table cells that hold no paragraph. */
const previewTexts = (root: HTMLElement): string[] =>
  [...root.querySelectorAll('p, td, th')]
    .filter((e) => e.tagName === 'P' || e.querySelector('p') === null)
    .map((e) => e.textContent ?? '')
    .filter((t) => t !== '');

describe('DossierPreview', () => {
  it.each([...dossier.documents, report].map((d) => [d.fileName, d] as const))(
    '%s shows the same strings as the Word file',
    async (_name, doc) => {
      const { container } = render(<DossierPreview documents={[doc]} />);
      expect(previewTexts(container)).toEqual(await docxTexts(doc));
    },
  );

  it('lays each section on an A4 sheet, landscape for the summary list, in Times New Roman', () => {
    render(<DossierPreview documents={dossier.documents.slice(0, 2)} />);
    const cover = screen.getByRole('region', { name: 'Tờ trình đề nghị xét chọn sáng kiến' });
    expect(cover).toHaveClass('dossier-sheet', 'portrait');
    expect(cover).toHaveStyle({ padding: '20mm 15mm 20mm 30mm' });
    const list = screen.getByRole('region', {
      name: 'Danh sách trích ngang các sáng kiến đề nghị',
    });
    expect(list).toHaveClass('landscape');
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).toContain("font-family: 'Times New Roman'");
    expect(css).toContain('width: 210mm; min-height: 297mm');
    expect(css).toContain('@page :first { @top-center { content: none; } }');
    expect(css).toContain('@top-center { content: counter(page)');
  });

  it('shows every title of the proposed initiatives', () => {
    render(<DossierPreview documents={dossier.documents} />);
    for (const p of sampleDossierInput().proposals)
      expect(screen.getAllByText(p.initiative.title).length).toBeGreaterThan(0);
  });
});
