// Print styles of the dossier preview: A4 sheets in millimetres on screen; on paper the margins
// come from @page and the page number is centred in the top margin from page 2 on (NĐ 30/2020,
// Appendix I; docs/documents.md). Chromium honours @page margin boxes and named pages; the named
// landscape page applies only to sheets in the normal flow, so the preview is printed from a view
// that holds nothing else (no absolute positioning, no hidden app chrome taking pages).
import {
  A4_MM,
  BODY_INDENT_MM,
  BODY_SPACE_AFTER_PT,
  DEFAULT_MARGINS_MM,
} from '@shared/dossier/model';

const m = DEFAULT_MARGINS_MM;
const margins = `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;

export const PREVIEW_CSS = `
.dossier-preview { background: #e5e5e5; padding: 8mm 0; }
.dossier-sheet {
  box-sizing: border-box; width: ${A4_MM.width}mm; min-height: ${A4_MM.height}mm; margin: 0 auto 8mm;
  padding: ${margins}; background: #fff; color: #000; box-shadow: 0 1mm 3mm rgba(0,0,0,.25);
  font-family: 'Times New Roman', Times, serif; font-size: 14pt; line-height: 1.15; position: relative;
}
.dossier-sheet.landscape { width: ${A4_MM.height}mm; min-height: ${A4_MM.width}mm; }
.dossier-sheet p { margin: 0; }
.dossier-sheet .body { text-align: justify; text-indent: ${BODY_INDENT_MM}mm; margin-bottom: ${BODY_SPACE_AFTER_PT}pt; line-height: 1.3; }
.dossier-sheet .line { text-align: center; }
.dossier-sheet .rule { border-bottom: 0.5pt solid #000; margin: 1.2mm auto 2mm; height: 0; }
.dossier-sheet table { border-collapse: collapse; width: 100%; table-layout: fixed; }
.dossier-sheet table.grid td, .dossier-sheet table.grid th { border: 0.5pt solid #000; padding: 0.3mm 1.5mm; vertical-align: top; font-weight: normal; }
.dossier-sheet table.grid { margin-bottom: 6pt; }
.dossier-sheet table.plain td { vertical-align: top; padding: 0; }
.dossier-sheet .sign-space { height: 22mm; }
@page { size: A4 portrait; margin: ${margins}; @top-center { content: counter(page); font: 13pt 'Times New Roman', serif; } }
@page :first { @top-center { content: none; } }
@page landscape { size: A4 landscape; }
@media print {
  .dossier-preview { background: none; padding: 0; }
  .dossier-sheet { box-shadow: none; margin: 0; padding: 0 !important; width: auto; min-height: 0; break-after: page; }
  .dossier-sheet.landscape { page: landscape; width: auto; min-height: 0; }
}
`;
