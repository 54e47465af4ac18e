// The whole database out and back in (issue 7, backups), through dexie-export-import: it walks
// every table but the derived ones, attachment blobs included, and reports progress. Main zips,
// writes and verifies; this module only turns the database into a Blob and a Blob back into the
// database, rebuilding the derived tables (docs/decisions.md, D59).
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import type { DeskDb } from '../db/database';
import { DERIVED_TABLES, rebuildDerived, SKIPPED_TABLES } from '../db/derived-tables';
import { SCHEMA } from '../db/schema';
import { OUTBOX_KEY_PREFIX } from '../mail/outbox-store';

/**
 * Outbox entries are not part of a backup, and a restore keeps the ones this machine has: a
 * restored "queued" entry for a mail sent since would otherwise go out a second time.
 */
const isOutboxEntry = (table: string, value: unknown): boolean =>
  table === 'settings' &&
  typeof value === 'object' &&
  value !== null &&
  'key' in value &&
  String(value.key).startsWith(OUTBOX_KEY_PREFIX);

/** Rows done of rows in all, for a progress bar; `total` is unknown until the export has counted. */
export interface Progress {
  readonly done: number;
  readonly total: number | undefined;
}

export interface DatabaseExport {
  /** The JSON export; Chromium keeps a large one on disk rather than in memory. */
  readonly data: Blob;
  readonly schemaVersion: number;
  /** Rows per table, as counted inside the export's own read transaction. */
  readonly tables: Record<string, number>;
}

/** Read into memory per step of the import; the export is parsed as it is read. */
export const IMPORT_CHUNK_BYTES = 4 * 1024 * 1024;

/** Every table but the derived ones in one read transaction, as one JSON document. */
export async function exportDatabase(
  db: DeskDb,
  onProgress: (p: Progress) => void = () => undefined,
): Promise<DatabaseExport> {
  if (!db.isOpen()) await db.open();
  const blob = await exportDB(db, {
    skipTables: [...DERIVED_TABLES],
    filter: (table, value) => !isOutboxEntry(table, value),
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress({ done: completedRows, total: Number.isNaN(totalRows) ? undefined : totalRows });
      return true;
    },
  });
  const meta = await peakImportFile(blob);
  // The export's own counts include the rows its filter left out.
  const left = await db.settings.where('key').startsWith(OUTBOX_KEY_PREFIX).count();
  const tables = Object.fromEntries(
    meta.data.tables.map((t) => [t.name, t.name === 'settings' ? t.rowCount - left : t.rowCount]),
  );
  return { data: blob, schemaVersion: db.verno, tables };
}

/** The newest schema this build knows: a backup from a newer one is refused by main. */
export const knownSchemaVersion = (): number => Math.max(...SCHEMA.map((v) => v.version));

/**
 * Replaces every table with the export's rows, then rebuilds the derived ones. The caller has the
 * file verified first (main checks its SHA-256 before handing out a byte, backups.ts checks the
 * size that arrived), and the export's header is read here, so a damaged or foreign file, or one
 * without a table its schema has, is refused before anything is touched. dexie-export-import then
 * clears the tables and writes the rows, reading the export IMPORT_CHUNK_BYTES at a time. It does
 * not do both in one transaction, and cannot join one of ours: its first read of the file leaves
 * Dexie's transaction zone (docs/decisions.md, D65). So a restore that fails part-way leaves a
 * partly restored database, and the caller puts the state before back from the snapshot it took
 * (backups.ts, restoreBackup); this machine's outbox entries, which no backup holds, are put back
 * here whatever happens. Derived tables in an older backup are skipped and rebuilt like the
 * others. A backup of an older schema gets the upgrades written since (renderer/src/db/schema.ts).
 */
export async function importDatabase(
  db: DeskDb,
  data: Blob,
  fromSchemaVersion: number,
  onProgress: (p: Progress) => void = () => undefined,
  onRebuild: (p: Progress) => void = () => undefined,
): Promise<void> {
  if (!db.isOpen()) await db.open();
  const header = (await peakImportFile(data)).data.tables;
  const absent = tablesAt(fromSchemaVersion).filter((t) => !header.some((h) => h.name === t));
  if (absent.length > 0) throw new Error(`bản sao lưu thiếu bảng dữ liệu ${absent.join(', ')}`);
  const outbox = await db.settings.where('key').startsWith(OUTBOX_KEY_PREFIX).toArray();
  /** Rows the import met per table, before the outbox filter: checked against the header. */
  const met = new Map<string, number>();
  try {
    await importInto(db, data, {
      clearTablesBeforeImport: true,
      skipTables: [...SKIPPED_TABLES],
      filter: (table, value) => {
        met.set(table, (met.get(table) ?? 0) + 1);
        return !isOutboxEntry(table, value);
      },
      acceptNameDiff: true,
      acceptVersionDiff: true,
      chunkSizeBytes: IMPORT_CHUNK_BYTES,
      progressCallback: ({ completedRows, totalRows }) => {
        onProgress({ done: completedRows, total: totalRows });
        return true;
      },
    });
    // The library stops without a word where the JSON ends: an export cut short (or one whose
    // header claims more than it holds) is a failed restore. `settings` may hold fewer: the header
    // counts the outbox rows the export left out.
    for (const { name, rowCount } of header) {
      const got = met.get(name) ?? 0;
      if (
        !SKIPPED_TABLES.includes(name) &&
        (name === 'settings' ? got > rowCount : got !== rowCount)
      )
        throw new Error(
          `bản sao lưu bị thiếu hoặc thừa dữ liệu (bảng ${name}: ${got} trên ${rowCount} dòng)`,
        );
    }
  } finally {
    await db.settings.bulkPut(outbox);
  }
  for (const version of SCHEMA) {
    const upgrade = version.upgrade;
    if (version.version > fromSchemaVersion && upgrade)
      await db.transaction('rw', db.tables, (tx) => upgrade(tx));
  }
  // Whatever the backup held of them, and whatever the upgrades just wrote.
  await rebuildDerived(db, onRebuild);
}

/** The tables a backup of schema `version` holds: every store of that version but the skipped. */
function tablesAt(version: number): string[] {
  const stores = new Map<string, string | null>();
  for (const v of SCHEMA)
    if (v.version <= version)
      for (const [name, spec] of Object.entries(v.stores)) stores.set(name, spec);
  return [...stores]
    .filter(([name, spec]) => spec !== null && !SKIPPED_TABLES.includes(name))
    .map(([name]) => name);
}
