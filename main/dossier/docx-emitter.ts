// Turns the dossier's document model (shared/dossier/model.ts) into a Word file with the `docx`
// package, in the administrative format of NĐ 30/2020/NĐ-CP, Appendix I (docs/documents.md):
// A4, margins 20/20/30/15 mm, Times New Roman, a borderless two-column header with rules under
// the issuing body and the motto, justified body with a 1,27 cm first-line indent and 6 pt after,
// and the page number as a PAGE field centred in the header from page 2 (titlePage).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  A4_MM,
  BODY_INDENT_MM,
  BODY_SPACE_AFTER_PT,
  DOC_SIZES,
  MOTTO,
  NATION,
  type AdminHeader,
  type Align,
  type Block,
  type Cell,
  type Closing,
  type DossierDocument,
  type Paragraph as ModelParagraph,
  type Run,
  type Section,
  type Signer,
  type Table as ModelTable,
  type Title,
} from '@shared/dossier/model';

export const FONT = 'Times New Roman';

/** Millimetres to twentieths of a point (twips), the unit of Word's page geometry. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** Points to half-points, the unit of Word's font sizes. */
const half = (pt: number): number => Math.round(pt * 2);
/** Points to twentieths of a point, the unit of Word's paragraph spacing. */
const twentieths = (pt: number): number => Math.round(pt * 20);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** A run; without a size it takes its paragraph style's (fonts come from the document defaults). */
const textRun = (r: Run, sizePt?: number): TextRun =>
  new TextRun({
    text: r.text,
    bold: r.bold,
    italics: r.italic,
    size: sizePt === undefined ? undefined : half(sizePt),
  });

// Body text and table text are paragraph styles, so a 2,800-row table does not repeat its spacing
// and size in every cell (the summary list has a speed aim: test/bench/dossier.ts).
const BODY_STYLE = 'DossierBody';
const tableStyleId = (sizePt: number): string => `DossierTable${sizePt}`;
const TABLE_SIZES = [DOC_SIZES.table, DOC_SIZES.wideTable] as const;

interface LineOptions {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  align?: Align;
  after?: number;
}

/** One line of fixed text, no indent: header lines, titles, signatures. */
const line = (text: string, o: LineOptions): Paragraph =>
  new Paragraph({
    alignment: ALIGN[o.align ?? 'center'],
    spacing: { after: twentieths(o.after ?? 0), line: 240 },
    children: [textRun({ text, bold: o.bold, italic: o.italic }, o.sizePt)],
  });

/** A centred horizontal rule `widthMm` long, drawn as the bottom border of an empty paragraph. */
const rule = (columnMm: number, widthMm: number): Paragraph => {
  const side = Math.max(0, (columnMm - widthMm) / 2);
  return new Paragraph({
    indent: { left: mmToTwip(side), right: mmToTwip(side) },
    spacing: { after: twentieths(4), line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
};

/** Rough width of a line of Times New Roman, for sizing rules to the text above them. */
const textWidthMm = (text: string, sizePt: number, bold: boolean): number =>
  text.length * sizePt * (bold ? 0.2 : 0.185);

const borderless = (widthsMm: readonly number[], cells: TableCell[]): Table =>
  new Table({
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwip(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(mmToTwip),
    rows: [new TableRow({ children: cells })],
  });

const column = (widthMm: number, children: Paragraph[]): TableCell =>
  new TableCell({
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    margins: { left: 0, right: 0 },
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  });

/** Left column 42 % of the text width, right 58 %, as the two-column header is usually laid out. */
const headerColumns = (textMm: number): [number, number] => {
  const left = Math.round(textMm * 0.42);
  return [left, textMm - left];
};

const adminHeader = (h: AdminHeader, textMm: number): (Table | Paragraph)[] => {
  const [leftMm, rightMm] = headerColumns(textMm);
  const size = DOC_SIZES.header;
  const left: Paragraph[] = [];
  if (h.parentBody) left.push(line(h.parentBody, { sizePt: size }));
  if (h.issuingBody) {
    left.push(line(h.issuingBody, { sizePt: size, bold: true }));
    left.push(rule(leftMm, Math.min(leftMm * 0.4, textWidthMm(h.issuingBody, size, true))));
  }
  if (h.numberLine) left.push(line(h.numberLine, { sizePt: DOC_SIZES.numberLine, after: 0 }));
  if (h.subjectLine) left.push(line(h.subjectLine, { sizePt: size }));
  const right = nationLines(rightMm);
  if (h.dateLine)
    right.push(line(h.dateLine, { sizePt: DOC_SIZES.dateLine, italic: true, after: 0 }));
  return [borderless([leftMm, rightMm], [column(leftMm, left), column(rightMm, right)]), spacer()];
};

const nationLines = (columnMm: number): Paragraph[] => [
  line(NATION, { sizePt: DOC_SIZES.header, bold: true }),
  line(MOTTO, { sizePt: DOC_SIZES.motto, bold: true }),
  rule(columnMm, Math.min(columnMm, textWidthMm(MOTTO, DOC_SIZES.motto, true))),
];

const spacer = (pt = 12): Paragraph =>
  new Paragraph({ spacing: { after: 0, line: twentieths(pt), lineRule: 'exact' }, children: [] });

const title = (t: Title, textMm: number): Paragraph[] => {
  const out = [line(t.type, { sizePt: DOC_SIZES.title, bold: true, after: 0 })];
  for (const s of t.subject) out.push(line(s, { sizePt: DOC_SIZES.title, bold: true }));
  const longest = Math.max(0, ...t.subject.map((s) => textWidthMm(s, DOC_SIZES.title, true)));
  if (t.subject.length > 0) out.push(rule(textMm, Math.min(textMm * 0.3, longest)));
  out.push(spacer(6));
  return out;
};

/** Justified with a first-line indent by its style; other alignments drop the indent. */
const bodyParagraph = (p: ModelParagraph): Paragraph => {
  const align = p.align ?? 'justify';
  const indent = p.indent ?? align === 'justify';
  return new Paragraph({
    style: BODY_STYLE,
    alignment: align === 'justify' ? undefined : ALIGN[align],
    indent: indent ? undefined : { firstLine: 0 },
    children: p.runs.map((r) => textRun(r, p.sizePt)),
  });
};

const tableCell = (c: Cell, align: Align, style: string, widthMm: number): TableCell =>
  new TableCell({
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    columnSpan: c.colSpan,
    children: [
      new Paragraph({
        style,
        // Left is the default; leaving it out keeps a long table's XML short.
        alignment: (c.align ?? align) === 'left' ? undefined : ALIGN[c.align ?? align],
        children: c.runs.map((r) => textRun(r)),
      }),
    ],
  });

const table = (t: ModelTable, textMm: number): (Table | Paragraph)[] => {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => (c.width / total) * textMm);
  const style = tableStyleId(t.sizePt ?? DOC_SIZES.table);
  const row = (cells: readonly Cell[], header: boolean): TableRow => {
    let at = 0;
    const children = cells.map((c) => {
      const span = c.colSpan ?? 1;
      const width = widths.slice(at, at + span).reduce((a, b) => a + b, 0);
      const align = t.columns[at]?.align ?? 'left';
      at += span;
      return tableCell(c, align, style, width);
    });
    // Body rows leave tableHeader out rather than writing "off" into every row.
    return new TableRow({ tableHeader: header || undefined, cantSplit: true, children });
  };
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: mmToTwip(textMm), type: WidthType.DXA },
      margins: { left: mmToTwip(1.5), right: mmToTwip(1.5), top: 0, bottom: 0 },
      columnWidths: widths.map(mmToTwip),
      rows: [...t.headerRows.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
    }),
    spacer(6),
  ];
};

const signerLines = (s: Signer): Paragraph[] => [
  ...s.authority.map((a) => line(a, { sizePt: DOC_SIZES.body, bold: true })),
  ...(s.note ? [line(s.note, { sizePt: DOC_SIZES.body, italic: true })] : []),
  ...Array.from({ length: 4 }, () => line('', { sizePt: DOC_SIZES.body })),
  line(s.name, { sizePt: DOC_SIZES.body, bold: true }),
];

const recipientLines = (entries: readonly string[]): Paragraph[] => [
  line('Nơi nhận:', { sizePt: DOC_SIZES.recipientsTitle, bold: true, italic: true, align: 'left' }),
  ...entries.map((e) => line(e, { sizePt: DOC_SIZES.recipients, align: 'left' })),
];

const closing = (c: Closing, textMm: number): Table => {
  const [leftMm, rightMm] = headerColumns(textMm);
  const [first, second] = c.signers;
  const left = second
    ? signerLines(first!)
    : c.recipients.length > 0
      ? recipientLines(c.recipients)
      : [];
  const right = signerLines(second ?? first!);
  return borderless([leftMm, rightMm], [column(leftMm, left), column(rightMm, right)]);
};

const block = (b: Block, textMm: number): (Paragraph | Table)[] => {
  switch (b.kind) {
    case 'adminHeader':
      return adminHeader(b, textMm);
    case 'nationHeader':
      return [...nationLines(textMm), spacer()];
    case 'title':
      return title(b, textMm);
    case 'paragraph':
      return [bodyParagraph(b)];
    case 'table':
      return table(b, textMm);
    case 'closing':
      return [closing(b, textMm)];
  }
};

const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            size: half(DOC_SIZES.pageNumber),
            font: FONT,
          }),
        ],
      }),
    ],
  });

const section = (s: Section): ISectionOptions => {
  const landscape = s.orientation === 'landscape';
  const pageWidth = landscape ? A4_MM.height : A4_MM.width;
  const textMm = pageWidth - s.marginsMm.left - s.marginsMm.right;
  const numbered = s.pageNumbers === 'fromSecondPage';
  return {
    properties: {
      titlePage: numbered,
      page: {
        // docx swaps width and height itself for a landscape section.
        size: {
          width: mmToTwip(A4_MM.width),
          height: mmToTwip(A4_MM.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(s.marginsMm.top),
          bottom: mmToTwip(s.marginsMm.bottom),
          left: mmToTwip(s.marginsMm.left),
          right: mmToTwip(s.marginsMm.right),
          header: mmToTwip(10),
          footer: mmToTwip(10),
        },
        // Each section is a document of its own (a score sheet): it counts its pages from 1.
        pageNumbers: { start: 1 },
      },
    },
    headers: numbered
      ? {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        }
      : undefined,
    children: s.blocks.flatMap((b) => block(b, textMm)),
  };
};

/** The `docx` Document of one dossier document. */
export const toDocxDocument = (doc: DossierDocument): Document =>
  new Document({
    title: doc.title,
    creator: 'Sáng kiến Desk',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: half(DOC_SIZES.body), language: { value: 'vi-VN' } },
        },
      },
      paragraphStyles: [
        {
          id: BODY_STYLE,
          name: 'Dossier body',
          basedOn: 'Normal',
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: mmToTwip(BODY_INDENT_MM) },
            spacing: { after: twentieths(BODY_SPACE_AFTER_PT), line: 276 },
          },
        },
        ...TABLE_SIZES.map((size) => ({
          id: tableStyleId(size),
          name: `Dossier table ${size}`,
          basedOn: 'Normal',
          run: { size: half(size) },
          paragraph: { spacing: { before: twentieths(2), after: twentieths(2), line: 240 } },
        })),
      ],
    },
    sections: doc.sections.map(section),
  });

/** The .docx bytes of one dossier document. */
export const emitDocx = async (doc: DossierDocument): Promise<Uint8Array> => {
  const buffer = await Packer.toBuffer(toDocxDocument(doc));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};
