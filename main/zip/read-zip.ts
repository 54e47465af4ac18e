// The one zip reader of main: bundles (main/bundle/verify-bundle.ts) and backups
// (main/backup/verify.ts) both read their zips here. yauzl checks the central directory and, with
// strictFileNames and its default name decoding, refuses backslashes, absolute and `..` names;
// every entry is inflated once, its bytes counted as they come (a lying header cannot make us read
// more) and hashed. What a file's entries must be called and how large they may be is the caller's
// rule: `entryLimit` answers per name, and may throw the caller's own refusal.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { open as openZip } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

/** Why a zip could not be read, in terms each caller turns into its own message. */
export type ZipFailure =
  /** yauzl could not open it: not a zip, or its end (the central directory) is missing. */
  | { readonly kind: 'open'; readonly message: string }
  /** yauzl refused while listing entries (a bad name, a broken header): its own words. */
  | { readonly kind: 'zip'; readonly message: string }
  /** Inflating one entry failed (corrupt data, or fewer or more bytes than its header said). */
  | { readonly kind: 'stream'; readonly name: string; readonly message: string }
  | { readonly kind: 'too-many-entries'; readonly count: number; readonly limit: number }
  | { readonly kind: 'duplicate'; readonly name: string }
  /** The header announces more bytes than allowed: refused before inflating anything. */
  | {
      readonly kind: 'declared-too-large';
      readonly name: string;
      readonly declared: number;
      readonly limit: number;
    }
  /** The bytes actually inflated passed the entry's limit. */
  | { readonly kind: 'inflated-too-large'; readonly name: string; readonly limit: number }
  /** The bytes actually inflated, all entries together, passed the total limit. */
  | { readonly kind: 'total-too-large'; readonly name: string; readonly limit: number };

export class ZipReadError extends Error {
  constructor(readonly failure: ZipFailure) {
    super(`${failure.kind}${'name' in failure ? ` ${failure.name}` : ''}`);
    this.name = 'ZipReadError';
  }
}

export interface ZipReadRules {
  readonly maxEntries?: number;
  /** All entries together, counted on the inflated bytes. */
  readonly maxTotalBytes?: number;
  /**
   * The most bytes the entry may inflate to, or 'skip' to pass over it (a folder entry). May
   * throw: the caller's own error then ends the read unchanged.
   */
  readonly entryLimit: (name: string) => number | 'skip';
  /**
   * A new file to write the entry's inflated bytes to instead of memory (a large backup's
   * database export), 'discard' to only count and hash them, or null to keep them in `bytes`.
   * The caller removes the file.
   */
  readonly spillTo?: (name: string) => SpillTarget;
}

/** Where an entry's inflated bytes go instead of `bytes`: a new file, or nowhere. */
export type SpillTarget = { readonly file: string } | 'discard' | null;

export interface ZipEntryBytes {
  readonly path: string;
  readonly sha256: string;
  /** Empty when the entry was spilled to a file or discarded. */
  readonly bytes: Buffer;
  /** The inflated size, counted on the bytes. */
  readonly size: number;
}

/** Every entry of the zip at `path`, by name, in the zip's order. */
export async function readZip(
  path: string,
  rules: ZipReadRules,
): Promise<Map<string, ZipEntryBytes>> {
  const zip = await openZipFile(path);
  try {
    const maxEntries = rules.maxEntries ?? Number.POSITIVE_INFINITY;
    if (zip.entryCount > maxEntries)
      throw new ZipReadError({
        kind: 'too-many-entries',
        count: zip.entryCount,
        limit: maxEntries,
      });
    return await readEntries(zip, rules);
  } finally {
    zip.close();
  }
}

function openZipFile(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    openZip(
      path,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (error, zip) => {
        if (error) reject(new ZipReadError({ kind: 'open', message: error.message }));
        else resolve(zip);
      },
    );
  });
}

/** Reads every entry once, in order. */
function readEntries(zip: ZipFile, rules: ZipReadRules): Promise<Map<string, ZipEntryBytes>> {
  const entries = new Map<string, ZipEntryBytes>();
  const maxTotal = rules.maxTotalBytes ?? Number.POSITIVE_INFINITY;
  const spillTo = rules.spillTo ?? (() => null);
  let total = 0;

  return new Promise((resolve, reject) => {
    let settled = false;
    const stop = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(
        error instanceof Error ? error : new ZipReadError({ kind: 'zip', message: String(error) }),
      );
    };
    zip.on('error', (error: unknown) =>
      stop(
        new ZipReadError({
          kind: 'zip',
          message: error instanceof Error ? error.message : String(error),
        }),
      ),
    );
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(entries);
    });
    zip.on('entry', (entry: Entry) => {
      const name = entry.fileName;
      const step = async (): Promise<void> => {
        const limit = rules.entryLimit(name);
        if (limit === 'skip') return;
        if (entries.has(name)) throw new ZipReadError({ kind: 'duplicate', name });
        // The header is checked first because it is cheap; the bytes are counted anyway, because a
        // header can lie.
        if (entry.uncompressedSize > limit)
          throw new ZipReadError({
            kind: 'declared-too-large',
            name,
            declared: entry.uncompressedSize,
            limit,
          });
        const read = await inflate(
          zip,
          entry,
          limit,
          { used: total, max: maxTotal },
          spillTo(name),
        );
        entries.set(name, read);
        total += read.size;
      };
      step()
        .then(() => zip.readEntry())
        .catch(stop);
    });
    zip.readEntry();
  });
}

async function inflate(
  zip: ZipFile,
  entry: Entry,
  limit: number,
  total: { readonly used: number; readonly max: number },
  spill: SpillTarget,
): Promise<ZipEntryBytes> {
  const name = entry.fileName;
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw new ZipReadError({
      kind: 'stream',
      name,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  let sink: FileHandle | undefined;
  try {
    // Opened here, so a failure to create it is the caller's error, not the zip's.
    if (spill !== null && spill !== 'discard') sink = await open(spill.file, 'wx');
  } catch (error) {
    stream.destroy();
    throw error;
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new ZipReadError({ kind: 'inflated-too-large', name, limit });
      if (total.used + size > total.max)
        throw new ZipReadError({ kind: 'total-too-large', name, limit: total.max });
      hash.update(chunk);
      if (sink) await sink.write(chunk);
      else if (spill === null) chunks.push(chunk);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof ZipReadError) throw error;
    throw new ZipReadError({
      kind: 'stream',
      name,
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    await sink?.close();
  }
  const bytes = spill === null ? Buffer.concat(chunks, size) : Buffer.alloc(0);
  return { path: name, sha256: hash.digest('hex'), bytes, size };
}
