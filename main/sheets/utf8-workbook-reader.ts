// exceljs 4.4's streaming reader decodes each inflated chunk of a sheet on its own
// (lib/utils/browser-buffer-decode.js, a TextDecoder without `stream: true`), so a Vietnamese letter
// whose UTF-8 bytes straddle two chunks comes out as "��": one cell in a few thousand of a long
// sheet is silently damaged. This reader hands exceljs text decoded across chunk boundaries
// instead (its decoder passes strings through unchanged); the 50,000-row test checks every cell.
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

type Chunk = Buffer | string;

/** The reader's own steps this class wraps; not in exceljs's types, stable across 4.x. */
interface ReaderSteps {
  _parseWorksheet(this: unknown, iterator: AsyncIterable<Chunk>, sheetNo: string): unknown;
  _parseSharedStrings(this: unknown, entry: NodeJS.ReadableStream): unknown;
  _parseWorkbook(this: unknown, entry: NodeJS.ReadableStream): unknown;
}

/** The chunks as text, a letter split between two chunks joined again. */
async function* decoded(source: AsyncIterable<Chunk>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

export class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {}

const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderSteps;
const steps = Utf8WorkbookReader.prototype as unknown as ReaderSteps;
steps._parseWorksheet = function (iterator, sheetNo) {
  return base._parseWorksheet.call(this, decoded(iterator), sheetNo);
};
// A stream with an encoding emits text decoded across chunks (Node's StringDecoder).
steps._parseSharedStrings = function (entry) {
  entry.setEncoding('utf8');
  return base._parseSharedStrings.call(this, entry);
};
steps._parseWorkbook = function (entry) {
  entry.setEncoding('utf8');
  return base._parseWorkbook.call(this, entry);
};
