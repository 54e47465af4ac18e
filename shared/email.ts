// An email address as a clerk types or pastes it: from an address book ("Ban CSKT
// <bancsktxh@gmail.com>"), a web page (a zero-width space, "mailto:"), a sentence (a trailing
// dot or semicolon) or an IME (a full-width ＠). Pure, so the forms and their tests share it; the
// schema (z.email) still has the last word on what is left.

/** What a refused address reads: what to type instead. */
export const EMAIL_HINT = 'hãy nhập dạng ten@donvi.vn, không dấu, không khoảng trắng';

/**
 * The address inside what was typed: full-width letters as plain ones (NFKC), invisible format
 * characters dropped, a display name and its angle brackets, a "mailto:" and trailing
 * punctuation taken off, the domain in lower case (domains ignore case; the part before @ is
 * kept as typed). Anything else is left for the schema to refuse.
 */
export const cleanEmail = (typed: string): string => {
  let s = typed
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim();
  const bracketed = /<([^<>]*)>$/u.exec(s);
  if (bracketed) s = (bracketed[1] ?? '').trim();
  s = s
    .replace(/^mailto:/iu, '')
    .replace(/[.,;:]+$/u, '')
    .trim();
  const at = s.lastIndexOf('@');
  return at < 0 ? s : s.slice(0, at + 1) + s.slice(at + 1).toLowerCase();
};
