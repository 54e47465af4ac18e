// Numbered schema versions of the one database. Never edit a released version: add the next one
// with an upgrade, and a test in test/renderer/db/migrations.test.ts that fills the old one.
import type { Transaction } from 'dexie';
import { toRow } from './initiative-row';
import { countRows } from './initiative-counts';
import type { Initiative } from '@shared/model/initiative';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      programmes: 'id, name',
      units: 'id, parentId, name',
      initiatives: 'id, programmeId, unitId',
      history: 'id, [entityId+at]',
      attachments: 'sha256',
    },
  },
  {
    // The list needs every initiative of a programme in memory for sorting and search; a compact
    // row per initiative loads several times faster than the full records (docs/decisions.md, D7).
    // Version 6 drops the table again (D62): its upgrade, which filled it, is gone with it.
    version: 2,
    stores: {
      initiativeRows: 'id, [programmeId+updatedAt]',
    },
  },
  {
    // Issue 3, appraisal: rubric and thresholds per programme, councils, sessions, score sheets.
    // One sheet per session, initiative and member: the unique compound index refuses a second.
    version: 3,
    stores: {
      // Counting a programme's live initiatives for the top bar goes through an index.
      initiativeRows: 'id, [programmeId+updatedAt], [programmeId+trashed]',
      appraisalSettings: 'programmeId',
      councils: 'id, programmeId',
      sessions: 'id, programmeId, councilId',
      scoreSheets: 'id, &[sessionId+initiativeId+memberId], sessionId, initiativeId',
    },
    // Rows gained `formProblems` here, recomputed by an upgrade that went with the table (D62).
  },
  {
    // Issue 11: counts per programme and status kept with every write (docs/decisions.md, D48),
    // so the top bar and the register's first paint never count the table; the index that
    // counted a programme's live initiatives goes, which makes each row's write cheaper.
    // Issue 10, commendations: the decisions of the levels above on a programme's initiatives.
    // Issue 9, import at the level above: which of this office's units and programmes a sender's
    // stand for, and per imported initiative the revision last taken (docs/decisions.md, D35).
    version: 4,
    stores: {
      initiativeRows: 'id, [programmeId+updatedAt]',
      initiativeCounts: 'programmeId',
      commendations: 'id, programmeId, initiativeId',
      importLinks: 'key, kind',
      importedRecords: 'id',
    },
    // Counts from the records; also run after restoring an older backup, so it replaces. The other
    // new tables start empty.
    upgrade: async (tx) => {
      const counts = tx.table('initiativeCounts');
      await counts.clear();
      const all = await tx.table<Initiative>('initiatives').toArray();
      await counts.bulkPut([...countRows(all.map(toRow)).values()]);
    },
  },
  {
    // Issue 11: the register's rows also kept as a snapshot in pages of a few thousand, read far
    // faster than one record per row, plus which rows each write touched since
    // (docs/decisions.md, D58). Both start empty: the first full load writes the snapshot.
    version: 5,
    stores: {
      rowChanges: '++seq, [programmeId+seq]',
      rowPages: '[programmeId+generation+page]',
      rowSnapshots: 'programmeId',
    },
  },
  {
    // Issue 11: the list rows go (docs/decisions.md, D62). The register derives them from the
    // records, whose own index by programme and time of update serves the first paint and the
    // load without a snapshot; `where('programmeId')` keeps working on that index's first part.
    // The snapshot's pages hold the same rows, so they stay. Existing records fill the new index
    // as it is created.
    version: 6,
    stores: {
      initiatives: 'id, unitId, [programmeId+updatedAt]',
      initiativeRows: null,
    },
  },
];

export const DB_NAME = 'sang-kien-desk';
