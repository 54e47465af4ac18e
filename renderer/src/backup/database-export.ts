// The whole database out and back in (issue 7, backups), through dexie-export-import: it walks
// every table, attachment blobs included, and reports progress. Main zips, writes and verifies;
// this module only turns the database into bytes and bytes back into the database.
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import type { DeskDb } from '../db/database';
import { SCHEMA } from '../db/schema';
import { clearRowSnapshots, ROW_CACHE_TABLES } from '../db/row-snapshot';
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
  readonly data: Uint8Array<ArrayBuffer>;
  readonly schemaVersion: number;
  /** Rows per table, as counted inside the export's own read transaction. */
  readonly tables: Record<string, number>;
}

/** Every table in one read transaction, as one JSON document. */
export async function exportDatabase(
  db: DeskDb,
  onProgress: (p: Progress) => void = () => undefined,
): Promise<DatabaseExport> {
  if (!db.isOpen()) await db.open();
  const blob = await exportDB(db, {
    // A cache of the rows, rebuilt after a restore (row-snapshot.ts).
    skipTables: [...ROW_CACHE_TABLES],
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
  return { data: new Uint8Array(await blob.arrayBuffer()), schemaVersion: db.verno, tables };
}

/** The newest schema this build knows: a backup from a newer one is refused by main. */
export const knownSchemaVersion = (): number => Math.max(...SCHEMA.map((v) => v.version));

/**
 * Replaces every table with the export's rows. The whole export is read and parsed before
 * anything is cleared (one chunk as large as the file), so a damaged export changes nothing;
 * then dexie-export-import clears the tables and writes every row in one transaction. Should
 * that write fail, the snapshot taken just before (snapshotBefore('restore')) is the way back.
 * A backup of an older schema gets the upgrades written since (renderer/src/db/schema.ts).
 */
export async function importDatabase(
  db: DeskDb,
  data: Uint8Array<ArrayBuffer>,
  fromSchemaVersion: number,
  onProgress: (p: Progress) => void = () => undefined,
): Promise<void> {
  if (!db.isOpen()) await db.open();
  const outbox = await db.settings.where('key').startsWith(OUTBOX_KEY_PREFIX).toArray();
  await importInto(db, new Blob([data], { type: 'application/json' }), {
    clearTablesBeforeImport: true,
    filter: (table, value) => !isOutboxEntry(table, value),
    acceptNameDiff: true,
    acceptVersionDiff: true,
    chunkSizeBytes: data.byteLength + 1024,
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress({ done: completedRows, total: totalRows });
      return true;
    },
  });
  await db.settings.bulkPut(outbox);
  for (const version of SCHEMA) {
    const upgrade = version.upgrade;
    if (version.version > fromSchemaVersion && upgrade)
      await db.transaction('rw', db.tables, (tx) => upgrade(tx));
  }
  // The registers' snapshots are a cache of the rows: read the restored rows afresh.
  await clearRowSnapshots(db);
}
