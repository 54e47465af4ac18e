// How numbers and dates are shown to a clerk (docs/domain.md): 1.250.000 đ, dd/mm/yyyy.

/** Whole đồng with dot separators: 1250000 → "1.250.000". */
export const groupDigits = (n: number): string => {
  const sign = n < 0 ? '-' : '';
  const digits = Math.trunc(Math.abs(n)).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
};

export const formatMoney = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : `${groupDigits(n)} đ`;

/** Parses what a clerk types as money: "1.250.000", "1 250 000 đ" → 1250000; null when not a whole number. */
export const parseMoney = (s: string): number | null => {
  const digits = s.replace(/[.\s,đ]/gi, '').replace(/dong$/i, '');
  if (digits === '') return null;
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
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

/** dd/mm/yyyy → ISO yyyy-mm-dd, or null when it is not a real date. */
export const parseDate = (s: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return `${y}-${pad2(mo)}-${pad2(d)}`;
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
