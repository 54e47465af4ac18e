// Reads a .docx back (a zip) with yauzl: every entry's text by name.
import yauzl from 'yauzl';

export async function unzipText(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, z) =>
      error ? reject(error) : resolve(z),
    ),
  );
  const files = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', reject);
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  return files;
}

/** The text of every w:t element, in order, entities decoded. */
export const wordTexts = (xml: string): string[] =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

/** The paragraphs of a part, each with its joined text. */
export const paragraphs = (xml: string): { xml: string; text: string }[] =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => ({
    xml: m[0],
    text: wordTexts(m[0]).join(''),
  }));

/** The rows of the n-th top-level table, each as its cells' texts. */
export const tableRows = (xml: string, n: number): string[][] => {
  const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
  const table = tables[n] ?? '';
  return [...table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => wordTexts(c[0]).join('')),
  );
};
