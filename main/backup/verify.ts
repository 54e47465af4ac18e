// Reads a backup and proves it whole before anything is replaced: a zip (yauzl, with its entry
// name validation), exactly the entries the manifest lists, sizes counted on the bytes actually
// inflated, every SHA-256 matching, and versions this build can read. One module for the restore
// and the tests.
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { open as openZip, type Entry, type ZipFile } from 'yauzl';
import {
  BACKUP_FORMAT_VERSION,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  MAX_BACKUP_DATA_BYTES,
  MAX_MANIFEST_BYTES,
  backupManifestSchema,
  type BackupManifest,
} from '@shared/backup/format';
import { sha256Of } from './archive';
import { BackupRefused } from './errors';

export interface VerifyLimits {
  /** Largest inflated database export accepted. */
  readonly maxDataBytes: number;
  /** Largest file accepted at all (the zip on disk). */
  readonly maxFileBytes: number;
}

export const DEFAULT_LIMITS: VerifyLimits = {
  maxDataBytes: MAX_BACKUP_DATA_BYTES,
  // Deflate never grows JSON by much; the manifest and zip headers are small.
  maxFileBytes: MAX_BACKUP_DATA_BYTES + 16 * 1024 * 1024,
};

export interface VerifiedBackup {
  readonly manifest: BackupManifest;
  readonly data: Uint8Array<ArrayBuffer>;
}

/**
 * The verified contents of the backup at `path`; throws BackupRefused (with the reason, for the
 * log) when anything is off. A backup made by a newer schema or format is refused with `tooNew`.
 */
export async function readBackup(
  path: string,
  maxSchemaVersion: number,
  limits: VerifyLimits = DEFAULT_LIMITS,
): Promise<VerifiedBackup> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) throw new BackupRefused('not a file');
  if (info.size > limits.maxFileBytes) throw new BackupRefused(`file of ${info.size} bytes`);

  const entries = await readEntries(path, limits);
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  if (manifestBytes === undefined) throw new BackupRefused('no manifest');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    throw new BackupRefused('manifest is not JSON');
  }
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) {
    // Say "too new" when a newer build wrote a manifest this one cannot read.
    if (newerFormat(json)) throw new BackupRefused('newer format', newerVersions(json));
    throw new BackupRefused(`manifest: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  const manifest = parsed.data;
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION || manifest.schemaVersion > maxSchemaVersion)
    throw new BackupRefused('newer version', {
      formatVersion: manifest.formatVersion,
      schemaVersion: manifest.schemaVersion,
    });

  const listed = new Set<string>(manifest.entries.map((e) => e.name));
  for (const name of entries.keys())
    if (name !== MANIFEST_ENTRY && !listed.has(name))
      throw new BackupRefused(`unlisted entry ${name}`);
  for (const expected of manifest.entries) {
    const bytes = entries.get(expected.name);
    if (bytes === undefined) throw new BackupRefused(`missing entry ${expected.name}`);
    if (bytes.byteLength !== expected.size) throw new BackupRefused(`size of ${expected.name}`);
    if (sha256Of(bytes) !== expected.sha256)
      throw new BackupRefused(`checksum of ${expected.name}`);
  }
  const data = entries.get(DATABASE_ENTRY);
  if (data === undefined) throw new BackupRefused('no database');
  return { manifest, data };
}

const newerFormat = (json: unknown): boolean => {
  const v = newerVersions(json);
  return v !== null && v.formatVersion > BACKUP_FORMAT_VERSION;
};

const newerVersions = (json: unknown): { formatVersion: number; schemaVersion: number } | null => {
  if (typeof json !== 'object' || json === null) return null;
  const { formatVersion, schemaVersion } = json as Record<string, unknown>;
  return typeof formatVersion === 'number'
    ? { formatVersion, schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0 }
    : null;
};

/** Every entry's inflated bytes, by name; only the two names a backup has are read at all. */
async function readEntries(
  path: string,
  limits: VerifyLimits,
): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const zip = await openZipFile(path);
  const found = new Map<string, Uint8Array<ArrayBuffer>>();
  try {
    for await (const entry of zip.eachEntry()) {
      const limit = limitFor(entry.fileName, limits);
      if (limit === null) throw new BackupRefused(`unexpected entry ${entry.fileName}`);
      if (found.has(entry.fileName)) throw new BackupRefused(`entry ${entry.fileName} twice`);
      if (entry.uncompressedSize > limit)
        throw new BackupRefused(`entry ${entry.fileName} declares ${entry.uncompressedSize} bytes`);
      found.set(entry.fileName, await inflate(zip, entry, limit));
    }
  } catch (error) {
    throw error instanceof BackupRefused
      ? error
      : new BackupRefused(`zip: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    zip.close();
  }
  return found;
}

const limitFor = (name: string, limits: VerifyLimits): number | null =>
  name === MANIFEST_ENTRY
    ? MAX_MANIFEST_BYTES
    : name === DATABASE_ENTRY
      ? limits.maxDataBytes
      : null;

function openZipFile(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // strictFileNames refuses backslashes; decodeStrings (the default) makes yauzl refuse absolute
    // and `..` names; validateEntrySizes checks the inflated size against the header.
    openZip(
      path,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (error, zip) => {
        if (error) reject(new BackupRefused(`not a zip: ${error.message}`));
        else resolve(zip);
      },
    );
  });
}

/** Reads one entry, counting the inflated bytes as they come: a lying header cannot make us read more. */
async function inflate(
  zip: ZipFile,
  entry: Entry,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    total += bytes.byteLength;
    if (total > limit) {
      stream.destroy();
      throw new BackupRefused(`entry ${entry.fileName} inflates past ${limit} bytes`);
    }
    chunks.push(bytes);
  }
  // One plain copy into an ArrayBuffer of its own, which crosses IPC as it is.
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
