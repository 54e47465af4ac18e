// The initiative's fields, once (docs/architecture.md): the zod schema's limits, the form, the
// submit rule, the history's labels and the documents derive from this list. Labels follow the
// application form of Thông tư 18/2013/TT-BKHCN, Phụ lục I; the summary list's columns follow the
// danh sách trích ngang (docs/documents.md).

/** How a field is typed and shown. */
export type FieldKind =
  /** One line of text. */
  | 'text'
  /** Paragraphs of text. */
  | 'longText'
  /** One of the programme's fields (lĩnh vực). */
  | 'choice'
  /** A unit of the office's tree. */
  | 'unit'
  | 'programme'
  /** A calendar date, typed dd/mm/yyyy. */
  | 'date'
  /** Whole đồng, typed 1.250.000. */
  | 'money'
  | 'boolean'
  | 'authors'
  | 'attachments'
  | 'status';

export interface FieldSpec {
  /** The Vietnamese label, as the form and the documents print it. */
  label: string;
  kind: FieldKind;
  /** Most characters, counted on NFC text; text kinds only. */
  max?: number;
  /** Must be filled before the initiative may be submitted. */
  requiredForSubmission: boolean;
  /** Kept inside the unit when the initiative is a trade secret (docs/documents.md). */
  hiddenWhenConfidential: boolean;
  /** Column of the summary list (danh sách trích ngang), counted after STT; null when not listed. */
  summaryColumn: number | null;
}

/** Long answers of the form: room for several pages, still bounded. */
export const LONG_TEXT_MAX = 20_000;

const spec = <K extends FieldKind>(
  label: string,
  kind: K,
  more: Partial<Omit<FieldSpec, 'label' | 'kind'>> = {},
): FieldSpec & { kind: K } => ({
  label,
  kind,
  ...(kind === 'longText' ? { max: LONG_TEXT_MAX } : {}),
  requiredForSubmission: false,
  hiddenWhenConfidential: false,
  summaryColumn: null,
  ...more,
});

const required = { requiredForSubmission: true };
const secret = { hiddenWhenConfidential: true };

/** Every field of an initiative the clerk or the council sets, in the order of the form. */
export const INITIATIVE_FIELDS = {
  title: spec('Tên sáng kiến', 'text', { max: 500, ...required, summaryColumn: 1 }),
  unitId: spec('Đơn vị', 'unit', { ...required, summaryColumn: 3 }),
  programmeId: spec('Chương trình', 'programme'),
  field: spec('Lĩnh vực', 'choice', { max: 200, ...required, summaryColumn: 4 }),
  authors: spec('Tác giả, đồng tác giả', 'authors', { ...required, summaryColumn: 2 }),
  investor: spec('Chủ đầu tư tạo ra sáng kiến', 'text', { max: 500, ...secret }),
  applicationField: spec('Lĩnh vực áp dụng', 'longText', { max: 2000, ...required, ...secret }),
  firstAppliedOn: spec('Ngày áp dụng lần đầu', 'date', { ...required, summaryColumn: 5 }),
  knownSolution: spec('Tình trạng giải pháp đã biết', 'longText', { ...required, ...secret }),
  content: spec('Nội dung giải pháp', 'longText', { ...required, ...secret }),
  novelty: spec('Tính mới', 'longText', { ...required, ...secret }),
  applicability: spec('Khả năng áp dụng', 'longText', { ...required, ...secret }),
  economicBenefit: spec('Giá trị làm lợi (đồng/năm)', 'money', { summaryColumn: 6 }),
  socialBenefit: spec('Lợi ích xã hội', 'longText'),
  conditions: spec('Điều kiện cần thiết để áp dụng', 'longText', secret),
  confidentialInfo: spec('Thông tin cần bảo mật', 'longText', secret),
  confidential: spec('Sáng kiến mật', 'boolean'),
  firstAppliers: spec('Những người tham gia áp dụng lần đầu', 'longText', secret),
  attachments: spec('Tài liệu kèm theo', 'attachments', secret),
  status: spec('Trạng thái', 'status'),
} as const satisfies Record<string, FieldSpec>;

export type RegisteredField = keyof typeof INITIATIVE_FIELDS;

export const FIELD_KEYS = Object.keys(INITIATIVE_FIELDS) as RegisteredField[];

type Spec = typeof INITIATIVE_FIELDS;
/** The keys of the fields of the given kinds. */
type KeysOf<K extends FieldKind> = {
  [P in RegisteredField]: Spec[P]['kind'] extends K ? P : never;
}[RegisteredField];

const keysOf = <K extends FieldKind>(kinds: readonly K[]): readonly KeysOf<K>[] =>
  FIELD_KEYS.filter((k): k is KeysOf<K> =>
    (kinds as readonly FieldKind[]).includes(INITIATIVE_FIELDS[k].kind),
  );

/** Fields typed as text, whose limit the schema and the form's counter share. */
export const TEXT_FIELDS = keysOf(['text', 'longText', 'choice']);
export type TextField = (typeof TEXT_FIELDS)[number];

/** The plain inputs of the form, in its order (authors and attachments have their own editors). */
export const FORM_FIELDS = keysOf([
  'text',
  'longText',
  'choice',
  'unit',
  'date',
  'money',
  'boolean',
]);
export type FormField = (typeof FORM_FIELDS)[number];

/** Most characters of a text field. */
export const limitOf = (key: TextField): number => INITIATIVE_FIELDS[key].max ?? LONG_TEXT_MAX;

export const labelOf = (key: RegisteredField): string => INITIATIVE_FIELDS[key].label;

/** Fields that must be filled before submission, in the registry's order. */
export const REQUIRED_FIELDS = FIELD_KEYS.filter((k) => INITIATIVE_FIELDS[k].requiredForSubmission);

/** Fields that may leave the unit when the initiative is confidential. */
export const PUBLIC_WHEN_CONFIDENTIAL = FIELD_KEYS.filter(
  (k) => !INITIATIVE_FIELDS[k].hiddenWhenConfidential,
);

/** The summary list's columns, in order. */
export const SUMMARY_COLUMNS = FIELD_KEYS.flatMap((key) => {
  const { label, summaryColumn: column } = INITIATIVE_FIELDS[key];
  return column === null ? [] : [{ key, label, column }];
}).sort((a, b) => a.column - b.column);

/** The author table's columns (TT 18/2013, Phụ lục I), with the limits of their text. */
export const AUTHOR_FIELDS = {
  name: { label: 'Họ và tên', max: 200 },
  birthDate: { label: 'Ngày sinh' },
  workplace: { label: 'Nơi công tác', max: 300 },
  jobTitle: { label: 'Chức danh', max: 200 },
  qualification: { label: 'Trình độ chuyên môn', max: 200 },
  sharePercent: { label: 'Tỷ lệ đóng góp (%)' },
  unionMember: { label: 'Đoàn viên' },
} as const;

/** A field's value before anything is typed, by its kind. */
export const blankOf = (kind: FieldKind): string | null | boolean | never[] => {
  switch (kind) {
    case 'date':
    case 'money':
      return null;
    case 'boolean':
      return false;
    case 'authors':
    case 'attachments':
      return [];
    default:
      return '';
  }
};
