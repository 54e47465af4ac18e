// Vietnamese text rules (docs/domain.md): NFC storage, diacritic-blind search, collation.

/** Unicode NFC, whatever the keyboard (Unikey/Telex may type decomposed forms). */
export const nfc = (s: string): string => s.normalize('NFC');

/**
 * What a pasted line may hide: control characters other than white space, and invisible format
 * characters (a zero-width space or a soft hyphen from a web page or a PDF, a byte-order mark,
 * direction marks). The zero-width joiner and non-joiner stay: emoji and some scripts need them.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|(?![\u200c\u200d])\p{Cf}/gu;

/**
 * NFC and trimmed, with inner runs of white space folded to one space and invisible characters
 * dropped, so "Phân xưởng Cơ điện" pasted with a zero-width space is still that unit's name.
 */
export const cleanText = (s: string): string =>
  nfc(s).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

/** Folded form for search: no case, no diacritics; `đ` does not decompose, so it is mapped by hand. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Folded words of a query or a text, split on anything that is not a letter or digit. */
export const foldedWords = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

// 'accent' compares the letters of the whole string first and the tones only when the letters are
// equal, in the dictionary order of the tones (ngang, huyền, hỏi, ngã, sắc, nặng): Anh, Ành, Ảnh,
// Ãnh, Ánh, Ạnh. 'base' made Anh and Ánh equal, so their order depended on the input.
const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true });

/** Vietnamese collation for lists: letters first (ă, â, đ… are letters of their own), then tones. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/** Vietnamese names sort by the given name (last word), then family and middle names. */
export const personSortKey = (fullName: string): [string, string] => {
  const words = cleanText(fullName).split(' ');
  const given = words.pop() ?? '';
  return [given, words.join(' ')];
};

/** By given name (its letters, then its tones), then by family and middle names. */
export const comparePeople = (a: string, b: string): number => {
  const [ga, ra] = personSortKey(a);
  const [gb, rb] = personSortKey(b);
  return compareVi(ga, gb) || compareVi(ra, rb);
};
