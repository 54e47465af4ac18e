// How numbers and dates are shown to a clerk (docs/domain.md): 1.250.000 đ, dd/mm/yyyy.

/** Whole đồng with dot separators: 1250000 → "1.250.000". */
export const groupDigits = (n: number): string => {
  const sign = n < 0 ? '-' : '';
  const digits = Math.trunc(Math.abs(n)).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
};

export const formatMoney = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : `${groupDigits(n)} đ`;

/** What reading a clerk's typing gives: the value, or the reason it was refused, in Vietnamese. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** The words a refusal uses: money and counts are read alike but named differently. */
interface WholeWords {
  empty: string;
  negative: string;
  digitsOnly: string;
  /** Why a mark that does not split groups of three is refused, and what to type. */
  noFraction: string;
  mixed: string;
  tooLarge: string;
}

const MONEY_EXAMPLE = 'ví dụ 1.250.000';
const MONEY_WORDS: WholeWords = {
  empty: `Hãy nhập số tiền bằng chữ số, ${MONEY_EXAMPLE}.`,
  negative: 'Số tiền không được âm. Hãy nhập số đồng làm lợi, ví dụ 1.250.000.',
  digitsOnly: `Số tiền chỉ gồm chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm, ${MONEY_EXAMPLE}.`,
  noFraction: `Số tiền tính bằng đồng, không có phần lẻ: hãy nhập số nguyên, ${MONEY_EXAMPLE}.`,
  mixed: `Số tiền dùng lẫn nhiều loại dấu ngăn cách. Hãy chỉ dùng dấu chấm giữa các nhóm ba chữ số, ${MONEY_EXAMPLE}.`,
  tooLarge: 'Số tiền quá lớn. Hãy kiểm tra lại số chữ số đã nhập.',
};

const COUNT_EXAMPLE = 'ví dụ 2.800';
const COUNT_WORDS: WholeWords = {
  empty: `Hãy nhập một số nguyên bằng chữ số, ${COUNT_EXAMPLE}.`,
  negative: `Số này không được âm. Hãy nhập số nguyên từ 0 trở lên, ${COUNT_EXAMPLE}.`,
  digitsOnly: `Chỉ nhập chữ số, có thể ngăn cách hàng nghìn bằng dấu chấm, ${COUNT_EXAMPLE}.`,
  noFraction: `Đây là số đếm, không có phần lẻ: hãy nhập số nguyên, ${COUNT_EXAMPLE}.`,
  mixed: `Số này dùng lẫn nhiều loại dấu ngăn cách. Hãy chỉ dùng dấu chấm giữa các nhóm ba chữ số, ${COUNT_EXAMPLE}.`,
  tooLarge: 'Số này quá lớn. Hãy kiểm tra lại số chữ số đã nhập.',
};

/**
 * "đ", "₫", "đồng", "VNĐ", "dong"… after the figure, and "/năm" after that, as the benefit's label
 * "(đồng/năm)" invites; NFC first, so a decomposed "đồng" matches too.
 */
const CURRENCY = /\s*(?:đồng|đ|₫|vnđ|vnd|dong)\.?(?:\s*\/\s*năm)?$/iu;
/** "1,5 triệu", "2 tỷ", "500 nghìn", "500k": amounts said in words, which are not read (whole đồng). */
const SCALE_WORD = /^[\d.,\s]+(triệu|tr|tỷ|tỉ|nghìn|ngàn|k)\.?$/iu;
/** Spaces a keyboard or a copied figure may hold, no-break and narrow no-break included. */
const SPACES = /[\s\u00a0\u202f]/u;

/**
 * A figure as the clerk sees it: full-width digits and marks (an IME's) as plain ones (NFKC), and
 * invisible format characters (a zero-width space copied from a PDF or a web page) dropped, so
 * the reason a figure is refused is never a character the clerk cannot see.
 */
const plainFigure = (typed: string): string => typed.normalize('NFKC').replace(/\p{Cf}/gu, '');

const notGrouped = (
  typed: string,
  mark: string,
  words: WholeWords,
): { ok: false; message: string } => {
  const name = SPACES.test(mark) ? 'khoảng trắng' : `dấu "${mark.trim()}"`;
  return refuse(
    `Trong "${typed.trim()}", ${name} không ngăn cách các nhóm ba chữ số. ${words.noFraction}`,
  );
};

/** A whole number written with its thousands grouped by one kind of mark, or why it is refused. */
const readWhole = (typed: string, s: string, words: WholeWords): Parsed<number> => {
  if (s === '') return refuse(words.empty);
  if (/^[-−]/u.test(s)) return refuse(words.negative);
  if (!/^[\d.,\s\u00a0\u202f]+$/u.test(s)) return refuse(words.digitsOnly);
  // The last mark decides first: "1.250.000,50" has a decimal part, whatever came before it.
  const last = /([^\d]+)(\d*)$/u.exec(s);
  if (last && (last[2]?.length !== 3 || /\D/u.test(s.slice(0, 1))))
    return notGrouped(typed, last[1] ?? '', words);
  const separators = new Set([...s.replace(/\d/g, '')].map((c) => (SPACES.test(c) ? ' ' : c)));
  if (separators.size > 1) return refuse(words.mixed);
  const [separator] = [...separators];
  if (separator !== undefined) {
    const groups = s.split(separator === ' ' ? /[\s\u00a0\u202f]+/u : separator);
    // A first group of "0" or "05" is no thousands grouping: "0.500" is a decimal written the
    // English way (half of something), never 500.
    const grouped =
      /^[1-9]\d{0,2}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!grouped) return notGrouped(typed, separator, words);
  }
  const n = Number(s.replace(/\D/g, ''));
  if (!Number.isSafeInteger(n)) return refuse(words.tooLarge);
  return { ok: true, value: n };
};

/**
 * Reads money the way a clerk types it: "1.250.000", "1250000", "1 250 000", "1.250.000 đ",
 * "1.250.000 đồng". A dot, comma or space must separate groups of three digits; anything else
 * ("1,5", "12.34", "1.250.000,50", "0.500") is refused with the reason, never read as a scaled
 * figure: amounts are whole đồng (docs/domain.md).
 */
export const readMoney = (typed: string): Parsed<number> => {
  const s = plainFigure(typed).trim().replace(CURRENCY, '').trim();
  const word = SCALE_WORD.exec(s)?.[1];
  if (word !== undefined)
    return refuse(
      `Hãy viết số tiền bằng chữ số đầy đủ thay cho chữ "${word}": ví dụ 1.500.000 cho "1,5 triệu", 2.000.000.000 cho "2 tỷ".`,
    );
  return readWhole(typed, s, MONEY_WORDS);
};

/**
 * Reads a count (a target, a quota) the way money is read, without the currency: "2.800",
 * "2800", "2 800"; "2,8" or "1.5" is refused with the reason, never read as 28 or 15.
 */
export const readCount = (typed: string): Parsed<number> =>
  readWhole(typed, plainFigure(typed).trim(), COUNT_WORDS);

/** Money as a clerk typed it → whole đồng; null when empty or refused (readMoney says why). */
export const parseMoney = (s: string): number | null => {
  const read = readMoney(s);
  return read.ok ? read.value : null;
};

const pad2 = (n: number): string => n.toString().padStart(2, '0');

/** ISO date (yyyy-mm-dd) or timestamp → dd/mm/yyyy. */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return '';
  return `${m[3]}/${m[2]}/${m[1]}`;
};

/** Timestamp → dd/mm/yyyy HH:mm in local time. */
export const formatDateTime = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
};

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True when year, month and day name a day of the calendar (no 31/02, no 29/02 outside leap years). */
export const isCalendarDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  year >= 1 &&
  year <= 9999 &&
  Number.isInteger(month) &&
  month >= 1 &&
  month <= 12 &&
  Number.isInteger(day) &&
  day >= 1 &&
  day <= daysInMonth(year, month);

/** A stored date yyyy-mm-dd that is a real day of the calendar ("2021-02-31" is not). */
export const isIsoCalendarDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
};

const DATE_FORMAT = 'Hãy nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/04/2021.';

/** Reads a date typed dd/mm/yyyy (d/m/yyyy too) into ISO yyyy-mm-dd, or says why it is refused. */
export const readDate = (typed: string): Parsed<string> => {
  // Copied dates may hide a zero-width space or come in an IME's full-width digits (plainFigure).
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(plainFigure(typed).trim());
  if (!m) return refuse(DATE_FORMAT);
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return refuse(`Tháng ${mo} không có: tháng chỉ từ 1 đến 12.`);
  if (y < 1) return refuse('Năm không hợp lệ. Hãy nhập năm bằng bốn chữ số, ví dụ 2021.');
  const days = daysInMonth(y, mo);
  if (d < 1 || d > days)
    return refuse(`Ngày ${d} không có: tháng ${mo} năm ${y} chỉ có ${days} ngày.`);
  return { ok: true, value: `${m[3]}-${pad2(mo)}-${pad2(d)}` };
};

/** dd/mm/yyyy → ISO yyyy-mm-dd, or null when it is not a real date (readDate says why). */
export const parseDate = (s: string): string | null => {
  const read = readDate(s);
  return read.ok ? read.value : null;
};

/**
 * Place and date line of an administrative document (NĐ 30/2020, Appendix I):
 * days below 10 and months 1–2 take a leading 0 — "Biên Hòa, ngày 05 tháng 4 năm 2021".
 */
export const documentDateLine = (place: string, iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return place;
  const month = Number(m[2]);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${m[3]} tháng ${monthText} năm ${m[1]}`;
};

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (fromIso: string, toIso: string): number => {
  const a = Date.UTC(+fromIso.slice(0, 4), +fromIso.slice(5, 7) - 1, +fromIso.slice(8, 10));
  const b = Date.UTC(+toIso.slice(0, 4), +toIso.slice(5, 7) - 1, +toIso.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
};

/** Today's date as yyyy-mm-dd in local time. */
export const todayIso = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
