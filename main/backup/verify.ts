// Reads a backup and proves it whole before anything is replaced: a zip (main/zip/read-zip.ts,
// the one zip reader, bundles use it too), exactly the entries the manifest lists, sizes counted
// on the bytes actually inflated, every SHA-256 matching, and versions this build can read. One
// module for the restore and the tests.
import { stat } from 'node:fs/promises';
import {
  BACKUP_FORMAT_VERSION,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  MAX_BACKUP_DATA_BYTES,
  MAX_MANIFEST_BYTES,
  backupManifestSchema,
  type BackupManifest,
} from '@shared/backup/format';
import {
  readZip,
  ZipReadError,
  type SpillTarget,
  type ZipEntryBytes,
  type ZipFailure,
} from '../zip/read-zip';
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

export interface VerifiedBackupFile {
  readonly manifest: BackupManifest;
  /** Bytes of the database export written to the file the caller named. */
  readonly size: number;
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
  const { manifest, entries } = await verified(path, maxSchemaVersion, limits, null);
  const data = entries.get(DATABASE_ENTRY);
  if (data === undefined) throw new BackupRefused('no database');
  // One plain copy into an ArrayBuffer of its own.
  return { manifest, data: new Uint8Array(data.bytes) };
}

/**
 * Verifies the backup at `path` as readBackup does, writing its database export to `dataFile`
 * (a new file) instead of memory: a backup of a national register is hundreds of MB. On a
 * refusal the file may be left half written; the caller removes it.
 */
export async function verifyBackupInto(
  path: string,
  maxSchemaVersion: number,
  dataFile: string,
  limits: VerifyLimits = DEFAULT_LIMITS,
): Promise<VerifiedBackupFile> {
  const { manifest, entries } = await verified(path, maxSchemaVersion, limits, { file: dataFile });
  const data = entries.get(DATABASE_ENTRY);
  if (data === undefined) throw new BackupRefused('no database');
  return { manifest, size: data.size };
}

/** Verifies the backup at `path` without keeping its data: a backup just written is read back. */
export async function verifyBackupFile(path: string, maxSchemaVersion: number): Promise<void> {
  await verified(path, maxSchemaVersion, DEFAULT_LIMITS, 'discard');
}

async function verified(
  path: string,
  maxSchemaVersion: number,
  limits: VerifyLimits,
  spill: SpillTarget,
): Promise<{ manifest: BackupManifest; entries: Map<string, ZipEntryBytes> }> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) throw new BackupRefused('not a file');
  if (info.size > limits.maxFileBytes) throw new BackupRefused(`file of ${info.size} bytes`);

  const entries = await readEntries(path, limits, spill);
  const manifestBytes = entries.get(MANIFEST_ENTRY)?.bytes;
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
    const entry = entries.get(expected.name);
    if (entry === undefined) throw new BackupRefused(`missing entry ${expected.name}`);
    if (entry.size !== expected.size) throw new BackupRefused(`size of ${expected.name}`);
    // Hashed by the zip reader as it inflated, whether the bytes went to memory or to a file.
    if (entry.sha256 !== expected.sha256) throw new BackupRefused(`checksum of ${expected.name}`);
  }
  return { manifest, entries };
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

/** Every entry, by name; only the two names a backup has are read at all. */
async function readEntries(
  path: string,
  limits: VerifyLimits,
  spill: SpillTarget,
): Promise<Map<string, ZipEntryBytes>> {
  try {
    return await readZip(path, {
      entryLimit: (name) => {
        const limit = limitFor(name, limits);
        if (limit === null) throw new BackupRefused(`unexpected entry ${name}`);
        return limit;
      },
      spillTo: (name) => (name === DATABASE_ENTRY ? spill : null),
    });
  } catch (error) {
    if (error instanceof ZipReadError) throw new BackupRefused(reasonOf(error.failure));
    throw error;
  }
}

/** The zip module's failure as the log reads it. */
const reasonOf = (failure: ZipFailure): string => {
  switch (failure.kind) {
    case 'open':
      return `not a zip: ${failure.message}`;
    case 'zip':
      return `zip: ${failure.message}`;
    case 'stream':
      return `zip: ${failure.name}: ${failure.message}`;
    case 'too-many-entries':
      return `${failure.count} entries`;
    case 'duplicate':
      return `entry ${failure.name} twice`;
    case 'declared-too-large':
      return `entry ${failure.name} declares ${failure.declared} bytes`;
    case 'inflated-too-large':
    case 'total-too-large':
      return `entry ${failure.name} inflates past ${failure.limit} bytes`;
  }
};

const limitFor = (name: string, limits: VerifyLimits): number | null =>
  name === MANIFEST_ENTRY
    ? MAX_MANIFEST_BYTES
    : name === DATABASE_ENTRY
      ? limits.maxDataBytes
      : null;
