// The file-name rule, once, for main and the page: a name Windows, macOS and Linux can all store.
// Main applies it to every name it proposes in a save dialog (main/services/file-names.ts); the page
// may use it to suggest readable names.

/**
 * The longest name written, in UTF-8 bytes: under the 255 of common file systems with room for
 * the atomic writer's temp name (".name.<uuid>.tmp", 42 more bytes). Vietnamese letters take 2–3.
 */
export const MAX_NAME_BYTES = 180;

// Windows's device names, the superscript digits included ("Naming Files, Paths, and Namespaces"
// in Microsoft's documentation).
const RESERVED_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/** Windows reads a device name whatever follows its first dot: "nul.tar.gz" is NUL too. */
const isDeviceName = (stem: string): boolean =>
  RESERVED_DEVICE.test((stem.split('.')[0] ?? '').trimEnd());

/** UTF-8 bytes of `s`, counted by code point (shared/ runs without the DOM's TextEncoder). */
const utf8Length = (s: string): number => {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
};

/** Cuts `s` to at most `maxBytes` of UTF-8, never inside a character. */
const cutToBytes = (s: string, maxBytes: number): string => {
  let out = '';
  for (const ch of s) {
    if (utf8Length(out + ch) > maxBytes) break;
    out += ch;
  }
  return out;
};

/** The extension of a file name, lower case and without the dot; '' when it has none. */
export const extensionOf = (name: string): string => {
  const m = /\.([^.\s]{1,16})$/u.exec(name);
  return m ? (m[1] ?? '').toLowerCase() : '';
};

/**
 * A name safe to propose on Windows, macOS and Linux: NFC, Vietnamese letters kept, reserved
 * and control characters removed, no leading or trailing dots and spaces, not a device name,
 * at most MAX_NAME_BYTES. `fallback` when nothing is left.
 */
export function sanitizeFileName(name: string, fallback = 'Sáng kiến Desk'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // The extension as written (its case kept), e.g. "JPG".
  const ext = extensionOf(cleaned) ? cleaned.slice(cleaned.lastIndexOf('.') + 1) : '';
  const stem = ext ? cleaned.slice(0, -(ext.length + 1)).replace(/[.\s]+$/g, '') : cleaned;
  const base = isDeviceName(stem) ? `_${stem}` : stem || fallback;
  const tail = ext ? `.${ext}` : '';
  return cutToBytes(base, MAX_NAME_BYTES - utf8Length(tail)).replace(/[.\s]+$/g, '') + tail;
}
