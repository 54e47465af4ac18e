// Names inside a bundle and of the bundle itself: ASCII only, so every unzip tool, mail server and
// old Windows shows them alike (a Vietnamese name in a zip without the UTF-8 flag turns to mojibake).

const MAX_PART = 60;

/** Vietnamese folded to ASCII letters, anything else to `_`: "Tờ trình" → "To_trinh". */
export function asciiName(s: string, max = MAX_PART): string {
  const folded = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9.-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.]+|[_.]+$/g, '');
  return folded === '' ? 'tep' : shorten(folded, max);
}

/** Cut at a word boundary when one is near the end, so a long name stays readable. */
function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  const head = name.slice(0, max + 1);
  const boundary = head.lastIndexOf('_');
  const cut = boundary > max / 2 ? head.slice(0, boundary) : head.slice(0, max);
  return cut.replace(/[_.-]+$/, '');
}

/** A file name folded to ASCII, keeping its extension: "Ảnh chụp.JPG" → "Anh_chup.jpg". */
export function asciiFileName(name: string, max = MAX_PART): string {
  const dot = name.lastIndexOf('.');
  const rawExt = dot > 0 ? name.slice(dot + 1) : '';
  const ext = /^[A-Za-z0-9]{1,10}$/.test(rawExt) ? rawExt.toLowerCase() : '';
  const stem = asciiName(ext === '' ? name : name.slice(0, dot), max);
  return ext === '' ? stem : `${stem}.${ext}`;
}

/** `documents/01_To_trinh.docx`: numbered in the dossier's order. */
export function documentEntryName(position: number, title: string): string {
  return `documents/${String(position).padStart(2, '0')}_${asciiName(title)}.docx`;
}

/** `attachments/<sha256>_<ascii name>`: the hash keeps two files of the same name apart. */
export function attachmentEntryName(sha256: string, name: string): string {
  return `attachments/${sha256}_${asciiFileName(name)}`;
}

/**
 * `HoSo_<unit>_<programme>_<yyyy-mm-dd>.zip`, short enough for any folder; a part of a split
 * bundle ends `_phan1-3.zip`.
 */
export function bundleFileName(
  unitName: string,
  programmeName: string,
  isoDay: string,
  part?: { readonly index: number; readonly count: number },
): string {
  const suffix = part ? `_phan${part.index}-${part.count}` : '';
  return `HoSo_${asciiName(unitName, 32)}_${asciiName(programmeName, 32)}_${isoDay}${suffix}.zip`;
}

/**
 * Why an entry name may not be unpacked, or null: no absolute path, drive letter, backslash,
 * NUL or other control character, `.` or `..` segment, empty segment.
 */
export function entryNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 200) return 'tên rỗng hoặc quá dài';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'tên có ký tự điều khiển';
  if (name.includes('\\')) return 'tên có dấu gạch chéo ngược';
  if (name.startsWith('/')) return 'đường dẫn tuyệt đối';
  if (/^[A-Za-z]:/.test(name)) return 'tên có ký hiệu ổ đĩa';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..' || s === '.')) return 'tên trỏ ra ngoài thư mục (..)';
  if (segments.some((s) => s === '')) return 'tên có đoạn rỗng';
  return null;
}
