// Tables computed from the initiatives alone (docs/decisions.md, D59): backups leave them out and
// a restore rebuilds them, so a backup is smaller and its read transaction shorter, and a restored
// register can never hold counts that disagree with its records.
import { INITIATIVE_STATUSES, type Initiative } from '@shared/model/initiative';
import type { DeskDb } from './database';
import { countedOf } from './initiative-writes';
import { countRows, type InitiativeCounts } from './initiative-counts';
import { ROW_CACHE_TABLES } from './row-snapshot';

/** The counts and the rows' snapshot cache (row-snapshot.ts, emptied here). */
export const DERIVED_TABLES = ['initiativeCounts', ...ROW_CACHE_TABLES] as const;
export type DerivedTable = (typeof DERIVED_TABLES)[number];

/**
 * What a backup leaves out and a restore skips: the derived tables, and the list rows that backups
 * made before schema 6 may hold (docs/decisions.md, D62).
 */
export const SKIPPED_TABLES: readonly string[] = [...DERIVED_TABLES, 'initiativeRows'];

/** Records read per step: a few MB of full initiatives, never the whole register at once. */
export const REBUILD_CHUNK = 2000;

const addInto = (total: Map<string, InitiativeCounts>, more: Map<string, InitiativeCounts>) => {
  for (const [programmeId, counts] of more) {
    const into = total.get(programmeId);
    if (!into) {
      total.set(programmeId, counts);
      continue;
    }
    for (const s of INITIATIVE_STATUSES) into.live[s] += counts.live[s];
    into.trashed += counts.trashed;
  }
};

/**
 * Clears every derived table and rebuilds it from `initiatives`, in one transaction (all rebuilt
 * or none), reading the records in chunks of REBUILD_CHUNK by primary key.
 */
export async function rebuildDerived(
  db: DeskDb,
  onProgress: (p: { done: number; total: number }) => void = () => undefined,
): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction(
    'rw',
    [db.initiatives, ...DERIVED_TABLES.map((t) => db.table(t))],
    async () => {
      for (const table of DERIVED_TABLES) await db.table(table).clear();
      const total = await db.initiatives.count();
      const counts = new Map<string, InitiativeCounts>();
      let done = 0;
      let last: string | null = null;
      onProgress({ done, total });
      for (;;) {
        const chunk: Initiative[] =
          last === null
            ? await db.initiatives.orderBy(':id').limit(REBUILD_CHUNK).toArray()
            : await db.initiatives.where(':id').above(last).limit(REBUILD_CHUNK).toArray();
        if (chunk.length === 0) break;
        addInto(counts, countRows(chunk.map(countedOf)));
        last = chunk[chunk.length - 1]!.id;
        done += chunk.length;
        onProgress({ done, total });
        if (chunk.length < REBUILD_CHUNK) break;
      }
      await db.initiativeCounts.bulkPut([...counts.values()]);
    },
  );
}
