// Main decides what a saved file is called and which extension it gets: the page names a kind,
// never an extension or a dialog filter, so it cannot propose `x.docx.exe` (docs/architecture.md).
import type { SaveKind } from '@shared/ipc';
import type { FileFilter } from '../ports';
import { extensionOf, sanitizeFileName } from '@shared/file-name';

export { extensionOf, MAX_NAME_BYTES, sanitizeFileName } from '@shared/file-name';

type ExportKind = Exclude<SaveKind, 'attachment'>;

/** The one extension and the save dialog's filter of each kind of export. */
export const EXPORT_FILTERS: Readonly<Record<ExportKind, FileFilter>> = {
  docx: { name: 'Tài liệu Word', extensions: ['docx'] },
  xlsx: { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  zip: { name: 'Tệp nén ZIP', extensions: ['zip'] },
  pdf: { name: 'Tài liệu PDF', extensions: ['pdf'] },
  json: { name: 'Dữ liệu JSON', extensions: ['json'] },
};

/**
 * What `file:open` hands to another program: the documents the app itself makes. A saved
 * attachment of any other kind came from whoever sent the initiative (a compiled help file runs
 * scripts, a page opens in the browser); the clerk opens it from its folder, knowing its source.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set(['docx', 'xlsx', 'pdf']);

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
  // What else Windows runs or mounts on a double-click (the kinds Outlook blocks as attachments).
  // A file the app writes carries no "downloaded from the Internet" mark, so Windows runs it
  // without the warning it shows for a download.
  'chm',
  'hlp',
  'iso',
  'img',
  'vhd',
  'vhdx',
  'msix',
  'msixbundle',
  'appx',
  'appxbundle',
  'appref-ms',
  'settingcontent-ms',
  'library-ms',
  'search-ms',
  'xll',
  'ws',
  'wsc',
  'wsb',
  'sct',
  'shb',
  'shs',
  'mst',
  'msh',
  'ps1xml',
  'psc1',
  'psd1',
  'jnlp',
  'diagcab',
]);

/** The extension that makes `name` (a file name or path) run a program when opened, or null. */
export const runnableExtension = (name: string): string | null => {
  const suffix = lastSuffix(name);
  return RUNNABLE.has(suffix) ? suffix : null;
};

/** The text after the last dot, lower-cased, whatever its length ('settingcontent-ms' is 17). */
function lastSuffix(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
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
    const suffix = lastSuffix(name);
    if (RUNNABLE.has(suffix)) return { ok: false, extension: suffix };
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
