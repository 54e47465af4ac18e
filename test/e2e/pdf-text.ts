// Reads the text back from a PDF Chromium printed: page content streams (Flate), fonts' ToUnicode
// maps, and the glyph strings of Tj/TJ. Enough for Chromium's own output, not a general reader.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

const readObjects = (pdf: Buffer): Map<string, PdfObject> => {
  const s = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2] ?? '';
    const at = /stream\r?\n/.exec(body);
    const end = body.lastIndexOf('endstream');
    if (!at || end < 0) {
      objects.set(m[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at.index);
    let bytes = Buffer.from(body.slice(at.index + at[0].length, end), 'latin1');
    if (dict.includes('/FlateDecode')) {
      try {
        bytes = inflateSync(bytes);
      } catch {
        // a stream we do not need (an image, a font program with other filters)
      }
    }
    objects.set(m[1]!, { dict, stream: bytes });
  }
  return objects;
};

const utf16 = (hex: string): string =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));

interface CMap {
  /** Hex digits per code: 4 for Identity-H fonts, 2 for simple fonts. */
  width: number;
  map: Map<string, string>;
}

/** Code (hex) → text, from a ToUnicode CMap. */
const readCMap = (cmap: string): CMap => {
  const width = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap)?.[1]?.length ?? 4;
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(m[1]!.toUpperCase().padStart(width, '0'), utf16(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g,
    )) {
      const lo = Number.parseInt(m[1]!, 16);
      const hi = Number.parseInt(m[2]!, 16);
      const list = m[4] ? [...m[4].matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]!) : null;
      for (let g = lo; g <= hi; g++) {
        const key = g.toString(16).toUpperCase().padStart(width, '0');
        if (list) map.set(key, utf16(list[g - lo] ?? ''));
        else {
          const base = Number.parseInt(m[3]!, 16) + (g - lo);
          map.set(key, String.fromCharCode(base));
        }
      }
    }
  return { width, map };
};

const NO_CMAP: CMap = { width: 4, map: new Map() };

/** The text of every page, in order, each page's strings joined. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const fonts = new Map<string, CMap>();
  for (const { dict } of objects.values())
    for (const m of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      if (fonts.has(m[1]!)) continue;
      const font = objects.get(m[2]!);
      const ref = font ? /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1] : undefined;
      const cmap = ref ? objects.get(ref)?.stream : undefined;
      fonts.set(m[1]!, cmap ? readCMap(cmap.toString('latin1')) : NO_CMAP);
    }
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict));
  return pages.map((page) => {
    const refs = /\/Contents (\d+) 0 R/.exec(page.dict)?.[1];
    const content = refs ? (objects.get(refs)?.stream?.toString('latin1') ?? '') : '';
    let font = NO_CMAP;
    let text = '';
    const decode = (hex: string) =>
      (hex.match(new RegExp(`.{${font.width}}`, 'g')) ?? [])
        .map((g) => font.map.get(g.toUpperCase()) ?? '')
        .join('');
    for (const m of content.matchAll(
      /\/(F\d+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g,
    )) {
      if (m[1]) font = fonts.get(m[1]) ?? NO_CMAP;
      else if (m[2] !== undefined) text += decode(m[2]);
      else if (m[3] !== undefined)
        text += [...m[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => decode(x[1]!)).join('');
    }
    return text;
  });
}
