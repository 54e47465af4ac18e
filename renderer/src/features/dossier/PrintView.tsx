// The print-only view: one document's sheets directly under <body>, the app hidden while printing,
// so the printed pages hold the document and nothing else (see preview-css.ts).
import { createPortal } from 'react-dom';
import type { DossierDocument } from '@shared/dossier/model';
import { DossierPreview } from './DossierPreview';

const PRINT_ONLY_CSS = `
@media screen { .dossier-print-root { display: none; } }
@media print { body > *:not(.dossier-print-root) { display: none !important; } }
`;

export const PrintView = ({ document: doc }: { document: DossierDocument }) =>
  createPortal(
    <div className="dossier-print-root">
      <style>{PRINT_ONLY_CSS}</style>
      <DossierPreview documents={[doc]} />
    </div>,
    window.document.body,
  );
