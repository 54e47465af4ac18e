// About how many rows the first sheet of an .xlsx has: the <dimension ref="A1:T50001"/> that Excel
// and LibreOffice write at the top of each sheet, or, when it is missing (exceljs's streaming
// writer leaves it out), the sheet's inflated size divided by the size of its first rows. The
// streaming reader may read the whole file before its first row (when the shared strings come
// after the sheet), so the bytes read say little; rows read against this is the progress shown.
import { open as openZip, type Entry, type ZipFile } from 'yauzl';

/** Inflated bytes read from the top of the sheet, enough for the dimension element. */
const HEAD_BYTES = 65_536;
const SHEET_ENTRY = 'xl/worksheets/sheet1.xml';

const firstChunk = (zip: ZipFile, entry: Entry): Promise<string> =>
  new Promise((done, failed) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return failed(error);
      const parts: Buffer[] = [];
      let length = 0;
      stream.on('data', (chunk: Buffer) => {
        parts.push(chunk);
        length += chunk.length;
        if (length >= HEAD_BYTES) stream.destroy();
      });
      stream.on('close', () => done(Buffer.concat(parts).toString('utf8')));
      stream.on('error', () => done(Buffer.concat(parts).toString('utf8')));
    });
  });

/** Rows from the dimension, else estimated from the first rows' size; null when neither works. */
export const rowsFromHead = (head: string, sheetBytes: number): number | null => {
  const m = /<dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(head);
  if (m?.[1] !== undefined) return Number(m[1]);
  const starts = [...head.matchAll(/<row[\s>]/g)].map((r) => r.index);
  if (starts.length < 3) return null;
  // The rows between the first start and the last one in the head are whole.
  const first = starts[0]!;
  const last = starts.at(-1)!;
  const perRow = (last - first) / (starts.length - 1);
  return Math.round((sheetBytes - first) / perRow);
};

/** The last row the first sheet declares or seems to have, or null when that cannot be told. */
export function declaredRows(path: string): Promise<number | null> {
  return new Promise((done) => {
    openZip(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error) return done(null);
      let finished = false;
      const finish = (rows: number | null) => {
        if (finished) return;
        finished = true;
        zip.close();
        done(rows);
      };
      zip.on('error', () => finish(null));
      zip.on('end', () => finish(null));
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName !== SHEET_ENTRY) return zip.readEntry();
        firstChunk(zip, entry).then(
          (head) => finish(rowsFromHead(head, entry.uncompressedSize)),
          () => finish(null),
        );
      });
      zip.readEntry();
    });
  });
}
