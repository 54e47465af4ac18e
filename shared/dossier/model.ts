// The dossier's document model (docs/architecture.md, "Data that leaves the machine"): plain data,
// all strings in Vietnamese, nothing Word- or HTML-specific. main/dossier/ turns it into .docx and
// the renderer into an A4 print preview, so the printed page and the Word file say the same thing.
// The schema is the contract too: `dossier:export` validates what the renderer sends with it.
import { z } from 'zod';
import { nfc } from '../text';

/** Text in NFC, whatever the records held. */
const str = (max = 100_000) => z.string().max(max).transform(nfc);

/** Sizes in points, one set for every document (NĐ 30/2020, Appendix I: 13–14, 12–13, 11). */
export const DOC_SIZES = {
  body: 14,
  header: 13,
  motto: 14,
  numberLine: 13,
  dateLine: 14,
  title: 14,
  table: 13,
  wideTable: 12,
  recipientsTitle: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

/** Margins in millimetres: top, bottom, left, right 20/20/30/15 (docs/documents.md). */
export const DEFAULT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** A4 in millimetres, portrait. */
export const A4_MM = { width: 210, height: 297 } as const;
/** First-line indent of body paragraphs, millimetres (1,27 cm), and the space after them in points. */
export const BODY_INDENT_MM = 12.7;
export const BODY_SPACE_AFTER_PT = 6;

export const alignSchema = z.enum(['left', 'center', 'right', 'justify']);
export type Align = z.infer<typeof alignSchema>;

export const runSchema = z.object({
  text: str(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Run = z.infer<typeof runSchema>;

/** A paragraph of body text: justified with a first-line indent unless it says otherwise. */
export const paragraphSchema = z.object({
  kind: z.literal('paragraph'),
  runs: z.array(runSchema),
  align: alignSchema.optional(),
  /** First-line indent of the body; false for lines such as "Kính gửi". */
  indent: z.boolean().optional(),
  sizePt: z.number().min(6).max(30).optional(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** The two-column administrative header of NĐ 30/2020, Appendix I. */
export const adminHeaderSchema = z.object({
  kind: z.literal('adminHeader'),
  /** Upper-case, upright: "LĐLĐ TỈNH ĐỒNG NAI". */
  parentBody: str(300),
  /** Upper-case, bold, with a short rule under it. */
  issuingBody: str(300),
  /** "Số: 05/TTr-LĐLĐ"; empty for documents without a number. */
  numberLine: str(200),
  /** "V/v đề nghị xét chọn sáng kiến" for a letter; empty otherwise. */
  subjectLine: str(300),
  /** "Biên Hòa, ngày 05 tháng 4 năm 2021", in italics. */
  dateLine: str(200),
});
export type AdminHeader = z.infer<typeof adminHeaderSchema>;

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The national name and motto alone, centred: forms filed by a person (Circular 18/2013, App. I). */
export const nationHeaderSchema = z.object({ kind: z.literal('nationHeader') });
export type NationHeader = z.infer<typeof nationHeaderSchema>;

/** Type of document in bold capitals, centred, and its subject lines in bold with a short rule. */
export const titleSchema = z.object({
  kind: z.literal('title'),
  type: str(200),
  subject: z.array(str(500)),
});
export type Title = z.infer<typeof titleSchema>;

export const cellSchema = z.object({
  runs: z.array(runSchema),
  align: alignSchema.optional(),
  colSpan: z.number().int().min(1).max(30).optional(),
});
export type Cell = z.infer<typeof cellSchema>;

export const tableSchema = z.object({
  kind: z.literal('table'),
  /** Relative widths of the columns; the emitters share the text width in these proportions. */
  columns: z.array(z.object({ width: z.number().positive(), align: alignSchema })).min(1),
  headerRows: z.array(z.array(cellSchema)),
  rows: z.array(z.array(cellSchema)),
  sizePt: z.number().min(6).max(30).optional(),
});
export type Table = z.infer<typeof tableSchema>;

export const signerSchema = z.object({
  /** Bold capitals, one line each: "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH". */
  authority: z.array(str(200)),
  /** "(Ký, ghi rõ họ tên)" or empty. */
  note: str(200),
  name: str(200),
});
export type Signer = z.infer<typeof signerSchema>;

/**
 * The foot of a document: "Nơi nhận" on the left and the signer on the right; or two signers side by
 * side (chair and secretary of the minutes) when there is no list of recipients.
 */
export const closingSchema = z.object({
  kind: z.literal('closing'),
  recipients: z.array(str(300)),
  signers: z.array(signerSchema).min(1).max(2),
});
export type Closing = z.infer<typeof closingSchema>;

export const blockSchema = z.discriminatedUnion('kind', [
  adminHeaderSchema,
  nationHeaderSchema,
  titleSchema,
  paragraphSchema,
  tableSchema,
  closingSchema,
]);
export type Block = z.infer<typeof blockSchema>;

export const sectionSchema = z.object({
  orientation: z.enum(['portrait', 'landscape']),
  marginsMm: z.object({
    top: z.number().min(0).max(60),
    bottom: z.number().min(0).max(60),
    left: z.number().min(0).max(60),
    right: z.number().min(0).max(60),
  }),
  /** Arabic page numbers centred in the top margin from page 2 on (NĐ 30/2020); none at all with "none". */
  pageNumbers: z.enum(['fromSecondPage', 'none']),
  blocks: z.array(blockSchema),
});
export type Section = z.infer<typeof sectionSchema>;

/** A safe file name: ASCII letters, digits, dot, dash and underscore, ending in .docx. */
export const docxFileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.docx$/, 'Tên tệp văn bản không hợp lệ');

export const dossierDocumentSchema = z.object({
  fileName: docxFileName,
  /** What the clerk reads in lists: "Tờ trình", "Bản tóm tắt sáng kiến – …". */
  title: str(500),
  sections: z.array(sectionSchema).min(1),
});
export type DossierDocument = z.infer<typeof dossierDocumentSchema>;

export const dossierSchema = z.object({
  documents: z.array(dossierDocumentSchema).max(2000),
});
export type Dossier = z.infer<typeof dossierSchema>;

// Small constructors the builders share.

export const run = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Run => ({
  text: nfc(text),
  ...style,
});

export const para = (
  runs: string | Run[],
  options: { align?: Align; indent?: boolean; sizePt?: number } = {},
): Paragraph => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [run(runs)] : runs,
  ...options,
});

/** "Label: value" with the label in bold, as forms write their entries. */
export const labelled = (label: string, value: string): Paragraph =>
  para([run(`${label}: `, { bold: true }), run(value)]);

export const cell = (
  text: string,
  options: { bold?: boolean; italic?: boolean; align?: Align; colSpan?: number } = {},
): Cell => {
  const { align, colSpan, ...style } = options;
  return {
    runs: [run(text, style)],
    ...(align ? { align } : {}),
    ...(colSpan ? { colSpan } : {}),
  };
};

export const portrait = (blocks: Block[]): Section => ({
  orientation: 'portrait',
  marginsMm: { ...DEFAULT_MARGINS_MM },
  pageNumbers: 'fromSecondPage',
  blocks,
});

export const landscape = (blocks: Block[]): Section => ({
  ...portrait(blocks),
  orientation: 'landscape',
});

/** Every string of a document in reading order: the text the Word file and the preview must share. */
export const documentStrings = (doc: DossierDocument): string[] =>
  doc.sections.flatMap((s) => s.blocks.flatMap(blockStrings));

const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

const blockStrings = (b: Block): string[] => {
  switch (b.kind) {
    case 'adminHeader':
      return [
        b.parentBody,
        b.issuingBody,
        b.numberLine,
        b.subjectLine,
        NATION,
        MOTTO,
        b.dateLine,
      ].filter((s) => s !== '');
    case 'nationHeader':
      return [NATION, MOTTO];
    case 'title':
      return [b.type, ...b.subject];
    case 'paragraph':
      return [runsText(b.runs)];
    case 'table':
      return [...b.headerRows, ...b.rows].flatMap((row) => row.map((c) => runsText(c.runs)));
    case 'closing':
      return [
        ...(b.recipients.length > 0 ? ['Nơi nhận:', ...b.recipients] : []),
        ...b.signers.flatMap((s) => [...s.authority, s.note, s.name].filter((x) => x !== '')),
      ];
  }
};
