// Turns the rows of an imported sheet into initiative drafts (issue 10), or names each problem
// by the row and column the clerk sees in Excel: "Dòng 7, cột «Ngày áp dụng lần đầu»: …".
// Pure: the page passes the programme, the units and the identities already in the register.
import { emptyDraft } from '../domain/empty-draft';
import { AUTHOR_FIELDS, INITIATIVE_FIELDS, limitOf } from '../domain/field-registry';
import { formatDate, groupDigits, isIsoCalendarDate, readDate, readMoney } from '../format';
import { newId, tooLongMessage } from '../model/common';
import type { Author, Initiative, InitiativeDraft } from '../model/initiative';
import { cleanText, fold, nfc } from '../text';
import {
  IMPORT_REQUIRED,
  importLabel,
  type ImportField,
  type ImportLayout,
} from './import-columns';
import { isUnknownCell, type ImportCell, type ImportRow, type ImportValue } from './import-rows';

export interface ImportUnit {
  id: string;
  name: string;
  archived: boolean;
}

export interface ImportContext {
  programmeId: string;
  /** The programme's fields (lĩnh vực); a row names one of them. */
  fields: readonly string[];
  units: readonly ImportUnit[];
  /** Identities (importKey) of the initiatives already in the register. */
  existingKeys: ReadonlySet<string>;
  /**
   * Ids of the programme's initiatives, the trash included: a row's Mã must be one of them
   * (docs/decisions.md D55). Left out, every Mã is unknown.
   */
  existingIds?: ReadonlySet<string>;
}

/** One problem of one cell, or of the row as a whole (column null). */
export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

/**
 * A row that reads as a draft; `existing` when the register already holds it ("đã có"). A row
 * with a Mã the programme holds is that initiative (`id`), "đã có" whatever its other cells say.
 */
export interface ImportedRow {
  row: number;
  key: string;
  existing: boolean;
  id?: string;
  draft: InitiativeDraft;
}

export interface ImportCheck {
  rows: ImportedRow[];
  problems: ImportProblem[];
}

/** How a problem reads for the clerk. */
export const problemText = (p: ImportProblem): string =>
  p.column === null
    ? `Dòng ${p.row}: ${p.message}`
    : `Dòng ${p.row}, cột «${p.column}»: ${p.message}`;

const keyPart = (s: string): string => fold(cleanText(s));

/**
 * The identity of an imported initiative (docs/decisions.md D45): its unit, its title and its
 * first author, compared without case, tones or extra spaces.
 */
export const importKey = (unitId: string, title: string, firstAuthor: string): string =>
  `${unitId}\u0001${keyPart(title)}\u0001${keyPart(firstAuthor)}`;

export const keyOfInitiative = (i: Pick<Initiative, 'unitId' | 'title' | 'authors'>): string =>
  importKey(i.unitId, i.title, i.authors[0]?.name ?? '');

/** A value read from a cell, or the reason it was refused. */
type Read<T> = { ok: true; value: T } | { ok: false; message: string };
const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

const isBlank = (cell: ImportCell): boolean =>
  cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A cell as text, whatever Excel stored: numbers as typed, dates dd/mm/yyyy. */
const textOf = (cell: ImportValue): string => {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'Có' : 'Không';
  return formatDate(cell.date);
};

/** One line of text: NFC, spaces folded. Long answers keep their line breaks. */
const readText = (
  cell: ImportValue,
  key: ImportField,
  max: number,
  multiline: boolean,
): Read<string> => {
  const raw = textOf(cell);
  const value = multiline
    ? nfc(raw)
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+\n/g, '\n')
        .trim()
    : cleanText(raw);
  return value.length > max
    ? refuse(tooLongMessage(importLabel(key), max, value.length))
    : { ok: true, value };
};

const pad2 = (n: number): string => String(n).padStart(2, '0');
/** Excel's serial day (1900 system; it counts a 29/02/1900 that never was) as yyyy-mm-dd. */
const serialDay = (serial: number): string | null => {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const base = Date.UTC(1899, 11, day < 60 ? 31 : 30);
  const d = new Date(base + day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
};

const readDay = (cell: ImportValue): Read<string> => {
  if (typeof cell === 'object' && cell !== null)
    return isIsoCalendarDate(cell.date)
      ? { ok: true, value: cell.date }
      : refuse('ngày không hợp lệ: ngày này không có trên lịch.');
  if (typeof cell === 'number') {
    const day = serialDay(cell);
    return day === null
      ? refuse(`ngày không hợp lệ «${cell}». Hãy nhập ngày dạng dd/mm/yyyy, ví dụ 05/04/2021.`)
      : { ok: true, value: day };
  }
  const typed = textOf(cell).trim();
  const read = readDate(typed);
  return read.ok ? read : refuse(`ngày không hợp lệ «${typed}». ${read.message}`);
};

const readAmount = (cell: ImportValue): Read<number> => {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0)
      return refuse('số tiền không được âm. Hãy nhập số đồng làm lợi, ví dụ 1.250.000.');
    if (!Number.isInteger(cell))
      return refuse(
        `số tiền ${cell} có phần lẻ. Số tiền tính bằng đồng, hãy nhập số nguyên, ví dụ 1.250.000.`,
      );
    if (!Number.isSafeInteger(cell)) return refuse('số tiền quá lớn. Hãy kiểm tra lại số chữ số.');
    return { ok: true, value: cell };
  }
  if (typeof cell !== 'string') return refuse('hãy nhập số tiền bằng chữ số, ví dụ 1.250.000.');
  const read = readMoney(cell);
  return read.ok ? read : refuse(`số tiền «${cell.trim()}» không đọc được. ${read.message}`);
};

const YES = new Set(['co', 'x', 'mat', 'yes', 'true', '1']);
const NO = new Set(['khong', 'no', 'false', '0']);
const readYesNo = (cell: ImportValue): Read<boolean> => {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const word = fold(cleanText(textOf(cell)));
  if (YES.has(word)) return { ok: true, value: true };
  if (NO.has(word)) return { ok: true, value: false };
  return refuse(`«${textOf(cell).trim()}» không rõ là có hay không. Hãy ghi «Có» hoặc «Không».`);
};

/** Several names or shares in one cell, separated by ";" or a line break. */
const splitList = (cell: ImportValue): string[] =>
  textOf(cell)
    .split(/[;\n\r]+/u)
    .map(cleanText)
    .filter((s) => s !== '');

const readShare = (typed: string): number | null => {
  const s = typed.replace(/\s*%$/u, '').replace(',', '.');
  if (!/^\d{1,3}(?:\.\d{1,2})?$/.test(s)) return null;
  const n = Number(s);
  return n >= 0 && n <= 100 ? n : null;
};

/** Equal shares that sum to exactly 100, the last taking the hundredths left over. */
const equalShares = (count: number): number[] => {
  const each = Math.floor(10_000 / count);
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? (10_000 - each * (count - 1)) / 100 : each / 100,
  );
};

const readShares = (cell: ImportValue, count: number): Read<number[]> => {
  if (isBlank(cell)) return { ok: true, value: equalShares(count) };
  const typed = typeof cell === 'number' ? [String(cell)] : splitList(cell);
  if (typed.length !== count)
    return refuse(
      `có ${typed.length} tỷ lệ cho ${count} tác giả. Hãy ghi mỗi tác giả một tỷ lệ, cách nhau bằng dấu chấm phẩy, ví dụ «60; 40», hoặc để trống để chia đều.`,
    );
  const shares: number[] = [];
  for (const t of typed) {
    const n = readShare(t);
    if (n === null)
      return refuse(
        `tỷ lệ «${t}» không hợp lệ. Hãy ghi số phần trăm từ 0 đến 100, ví dụ 60 hoặc 33,33.`,
      );
    shares.push(n);
  }
  const total = Math.round(shares.reduce((sum, n) => sum + n * 100, 0));
  return total === 10_000
    ? { ok: true, value: shares }
    : refuse(`các tỷ lệ cộng lại ${String(total / 100).replace('.', ',')}%, phải đúng 100%.`);
};

const unitIndex = (units: readonly ImportUnit[]) => {
  const byName = new Map<string, ImportUnit[]>();
  for (const u of units) {
    const k = keyPart(u.name);
    byName.set(k, [...(byName.get(k) ?? []), u]);
  }
  return byName;
};

const TEXT_KEYS = [
  'title',
  'investor',
  'applicationField',
  'knownSolution',
  'content',
  'novelty',
  'applicability',
  'socialBenefit',
  'conditions',
  'confidentialInfo',
  'firstAppliers',
] as const;

/**
 * Checks every row: each cell by its field's kind and limit, required cells filled, units and
 * fields by their exact name (folded; never guessed), authors and shares, and rows that repeat
 * one another or an initiative already in the register.
 */
export interface ImportChecker {
  /** Checks the next rows; a sheet read in chunks is checked chunk by chunk. */
  add(rows: readonly ImportRow[]): void;
  /** What the rows added so far came to. */
  result(): ImportCheck;
}

export const importChecker = (
  layout: ImportLayout,
  context: ImportContext,
  makeId: () => string = newId,
): ImportChecker => {
  const units = unitIndex(context.units);
  const fields = new Map(context.fields.map((f) => [keyPart(f), f]));
  const seen = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const heldIds = context.existingIds ?? new Set<string>();
  const problems: ImportProblem[] = [];
  const imported: ImportedRow[] = [];
  const fieldList = context.fields.map((f) => `«${f}»`).join(', ');

  const add = (rows: readonly ImportRow[]): void => {
    for (const { row, cells } of rows) {
      if (Object.values(layout).every((at) => isBlank(cells[at] ?? null))) continue;
      const before = problems.length;
      const problem = (key: ImportField, message: string) =>
        problems.push({ row, column: importLabel(key), message });
      // A formula that failed, or whose result the file does not hold, is named once, where it
      // is, and never read as data (nor as an empty cell): the row is refused for it.
      const failed = new Set<ImportField>();
      for (const [key, at] of Object.entries(layout) as [ImportField, number][]) {
        const cell = cells[at] ?? null;
        if (!isUnknownCell(cell)) continue;
        failed.add(key);
        problem(
          key,
          'error' in cell
            ? `ô báo lỗi công thức ${cell.error}. Hãy sửa công thức trong Excel, hoặc gõ thẳng giá trị vào ô, rồi nhập lại.`
            : `ô có công thức «=${cell.formula.slice(0, 60)}» mà tệp không lưu kết quả (công thức bị lỗi, hoặc tệp chưa được Excel tính). Hãy mở tệp bằng Excel, sửa công thức nếu ô báo lỗi, lưu lại rồi nhập lại.`,
        );
      }
      const cellOf = (key: ImportField): ImportValue => {
        const at = layout[key];
        const cell = at === undefined ? null : (cells[at] ?? null);
        return isUnknownCell(cell) ? null : cell;
      };

      const draft: InitiativeDraft = emptyDraft(context.programmeId, '');

      const idCell = cellOf('id');
      if (!isBlank(idCell)) {
        const id = cleanText(textOf(idCell));
        const earlier = seenIds.get(id);
        if (earlier !== undefined) {
          problem(
            'id',
            `mã «${id}» trùng với dòng ${earlier}. Mỗi sáng kiến chỉ một dòng: hãy xóa một trong hai dòng.`,
          );
          continue;
        }
        seenIds.set(id, row);
        if (heldIds.has(id)) {
          // The initiative itself: skipped, never overwritten, whatever the other cells say.
          draft.title = cleanText(textOf(cellOf('title')));
          imported.push({ row, key: `id:${id}`, existing: true, id, draft });
          continue;
        }
        problem(
          'id',
          `mã «${id}» không thuộc sáng kiến nào của chương trình đang làm việc. Mã do Sáng kiến Desk ghi khi xuất danh sách, không được sửa: hãy để trống ô này nếu đây là sáng kiến mới, hoặc chép lại mã từ tệp đã xuất.`,
        );
      }

      for (const key of [...IMPORT_REQUIRED])
        if (!failed.has(key) && isBlank(cellOf(key)))
          problem(key, 'ô này bắt buộc nhưng đang để trống.');

      for (const key of TEXT_KEYS) {
        const cell = cellOf(key);
        if (isBlank(cell)) continue;
        const kind = INITIATIVE_FIELDS[key].kind;
        const read = readText(cell, key, limitOf(key), kind === 'longText');
        if (read.ok) draft[key] = read.value;
        else problem(key, read.message);
      }

      const unitCell = cellOf('unitId');
      if (!isBlank(unitCell)) {
        const name = cleanText(textOf(unitCell));
        const found = units.get(keyPart(name)) ?? [];
        if (found.length === 0)
          problem(
            'unitId',
            `không có đơn vị tên «${name}» trong cây đơn vị của văn phòng. Hãy ghi đúng tên đơn vị như trong mục Đơn vị, hoặc thêm đơn vị đó trước.`,
          );
        else if (found.length > 1)
          problem(
            'unitId',
            `có ${found.length} đơn vị cùng tên «${name}». Hãy đổi tên cho khác nhau trong mục Đơn vị.`,
          );
        else if (found[0]!.archived)
          problem(
            'unitId',
            `đơn vị «${found[0]!.name}» đã được lưu trữ. Hãy mở lại đơn vị hoặc ghi đơn vị khác.`,
          );
        else draft.unitId = found[0]!.id;
      }

      const fieldCell = cellOf('field');
      if (!isBlank(fieldCell)) {
        const name = cleanText(textOf(fieldCell));
        const found = fields.get(keyPart(name));
        if (found === undefined)
          problem(
            'field',
            `lĩnh vực «${name}» không có trong chương trình. Các lĩnh vực của chương trình: ${fieldList}.`,
          );
        else draft.field = found;
      }

      const authorsCell = cellOf('authors');
      if (!isBlank(authorsCell)) {
        const names = splitList(authorsCell);
        const tooLong = names.find((n) => n.length > AUTHOR_FIELDS.name.max);
        // No Vietnamese name holds a comma: "Nguyễn Văn An, Trần Thị Bình" is two authors written
        // with the wrong mark, never one author (the guide asks for ";", shared/sheets/import-guide.ts).
        const listed = names.find((n) => /[,，]/u.test(n));
        if (tooLong !== undefined)
          problem(
            'authors',
            tooLongMessage(AUTHOR_FIELDS.name.label, AUTHOR_FIELDS.name.max, tooLong.length),
          );
        else if (listed !== undefined)
          problem(
            'authors',
            `«${listed}» có dấu phẩy. Hãy ngăn cách các tác giả bằng dấu chấm phẩy (;), ví dụ «Nguyễn Văn An; Trần Thị Bình».`,
          );
        else {
          const shares = readShares(cellOf('shares'), names.length);
          if (!shares.ok) problem('shares', shares.message);
          else
            draft.authors = names.map((name, i): Author => ({
              id: makeId(),
              name,
              birthDate: null,
              workplace: '',
              jobTitle: '',
              qualification: '',
              sharePercent: shares.value[i]!,
              unionMember: false,
            }));
        }
      }

      const dayCell = cellOf('firstAppliedOn');
      if (!isBlank(dayCell)) {
        const read = readDay(dayCell);
        if (read.ok) draft.firstAppliedOn = read.value;
        else problem('firstAppliedOn', read.message);
      }

      const moneyCell = cellOf('economicBenefit');
      if (!isBlank(moneyCell)) {
        const read = readAmount(moneyCell);
        if (read.ok) draft.economicBenefit = read.value;
        else problem('economicBenefit', read.message);
      }

      const secretCell = cellOf('confidential');
      if (!isBlank(secretCell)) {
        const read = readYesNo(secretCell);
        if (read.ok) draft.confidential = read.value;
        else problem('confidential', read.message);
      }

      if (problems.length > before) continue;
      const key = keyOfInitiative(draft);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({
          row,
          column: null,
          message: `trùng với dòng ${earlier} (cùng đơn vị, tên sáng kiến và tác giả đầu tiên). Hãy xóa một trong hai dòng.`,
        });
        continue;
      }
      seen.set(key, row);
      imported.push({ row, key, existing: context.existingKeys.has(key), draft });
    }
  };
  return { add, result: () => ({ rows: imported, problems }) };
};

/** Checks all the rows at once (importChecker, for a sheet already read whole). */
export const checkImportRows = (
  layout: ImportLayout,
  rows: readonly ImportRow[],
  context: ImportContext,
  makeId: () => string = newId,
): ImportCheck => {
  const checker = importChecker(layout, context, makeId);
  checker.add(rows);
  return checker.result();
};

/** "1.234 dòng đọc được: 1.200 sáng kiến mới, 34 đã có, 0 lỗi". */
export const importSummary = (check: ImportCheck): string => {
  const fresh = check.rows.filter((r) => !r.existing).length;
  const rowsWithProblems = new Set(check.problems.map((p) => p.row)).size;
  return `${groupDigits(check.rows.length + rowsWithProblems)} dòng có dữ liệu: ${groupDigits(fresh)} sáng kiến mới, ${groupDigits(check.rows.length - fresh)} đã có, ${groupDigits(rowsWithProblems)} dòng có lỗi.`;
};
