// Main decides what a saved file is called and which extension it gets: the page names a kind,
// never an extension or a dialog filter, so it cannot propose `x.docx.exe` (docs/architecture.md).
import type { SaveKind } from '@shared/ipc';
import type { FileFilter } from '../ports';

type ExportKind = Exclude<SaveKind, 'attachment'>;

/** The one extension and the save dialog's filter of each kind of export. */
export const EXPORT_FILTERS: Readonly<Record<ExportKind, FileFilter>> = {
  docx: { name: 'Tài liệu Word', extensions: ['docx'] },
  xlsx: { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  zip: { name: 'Tệp nén ZIP', extensions: ['zip'] },
  pdf: { name: 'Tài liệu PDF', extensions: ['pdf'] },
  json: { name: 'Dữ liệu JSON', extensions: ['json'] },
};

/** Extensions that run a program when opened on Windows or Linux: never written from the page. */
const RUNNABLE = new Set([
  'exe',
  'com',
  'bat',
  'cmd',
  'scr',
  'pif',
  'msi',
  'msp',
  'msc',
  'cpl',
  'hta',
  'jar',
  'js',
  'jse',
  'vbs',
  'vbe',
  'wsf',
  'wsh',
  'ps1',
  'psm1',
  'lnk',
  'reg',
  'dll',
  'sys',
  'scf',
  'inf',
  'url',
  'appimage',
  'desktop',
  'sh',
  'run',
  'deb',
  'application',
  'gadget',
]);

/**
 * The longest name written, in UTF-8 bytes: under the 255 of common file systems with room for
 * the atomic writer's temp name (".name.<uuid>.tmp", 42 more bytes). Vietnamese letters take 2–3.
 */
export const MAX_NAME_BYTES = 180;

const RESERVED_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

const utf8Length = (s: string): number => new TextEncoder().encode(s).byteLength;

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
  const base = RESERVED_DEVICE.test(stem) ? `_${stem}` : stem || fallback;
  const tail = ext ? `.${ext}` : '';
  return cutToBytes(base, MAX_NAME_BYTES - utf8Length(tail)).replace(/[.\s]+$/g, '') + tail;
}

/** `name` ending in `.ext` (kept when it already does, appended otherwise: never swapped). */
export const withExtension = (name: string, ext: string): string =>
  name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`;

export type SavePlan =
  | {
      ok: true;
      /** The name proposed in the dialog. */
      name: string;
      filters: FileFilter[];
      /** The extension the written path must end with; null for an attachment (the clerk's choice). */
      extension: string | null;
    }
  | { ok: false; extension: string };

/** What to propose for a save of `kind`, or the runnable extension that is refused. */
export function planSave(suggestedName: string, kind: SaveKind): SavePlan {
  if (kind === 'attachment') {
    const name = sanitizeFileName(suggestedName, 'Tệp đính kèm');
    const ext = extensionOf(name);
    if (RUNNABLE.has(ext)) return { ok: false, extension: ext };
    const filters = /^[a-z0-9]{1,10}$/.test(ext)
      ? [{ name: 'Tệp đính kèm', extensions: [ext] }]
      : [];
    return { ok: true, name, filters, extension: null };
  }
  const filter = EXPORT_FILTERS[kind];
  const ext = filter.extensions[0] ?? kind;
  // Sanitised with the extension on, so the cap leaves room for it.
  const name = sanitizeFileName(withExtension(suggestedName.normalize('NFC'), ext));
  return { ok: true, name: withExtension(name, ext), filters: [filter], extension: ext };
}
