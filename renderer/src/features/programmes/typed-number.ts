// What a whole-number field (a target, a quota, a money threshold) holds in a form: the number
// read from what was typed, null when empty, or the text itself while it does not read, so the
// form can say why instead of keeping a number the clerk never typed (docs/domain.md: money and
// counts are typed "1.250.000", never scaled).
import type { Parsed } from '@shared/format';

/** A number read, null for an empty field, or text typed that does not (yet) read as one. */
export type TypedNumber = number | string | null;

/** Reads one: string → the reader's verdict; number and null as they are. */
export const readTypedNumber = (
  held: TypedNumber | undefined,
  read: (typed: string) => Parsed<number>,
): Parsed<number | null> => {
  if (held === undefined || held === null) return { ok: true, value: null };
  if (typeof held === 'number') return { ok: true, value: held };
  if (held.trim() === '') return { ok: true, value: null };
  return read(held);
};

/** What the field holds after the clerk typed `typed`. */
export const heldOf = (typed: string, read: (typed: string) => Parsed<number>): TypedNumber => {
  if (typed.trim() === '') return null;
  const r = read(typed);
  return r.ok ? r.value : typed;
};
