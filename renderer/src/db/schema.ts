// Numbered schema versions of the one database. Never edit a released version: add the next one
// with an upgrade, and a test in test/renderer/db/migrations.test.ts that fills the old one.
import type { Transaction } from 'dexie';
import { toRow, type InitiativeRow } from './initiative-row';
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
    version: 2,
    stores: {
      initiativeRows: 'id, [programmeId+updatedAt]',
    },
    upgrade: async (tx) => {
      const all = await tx.table<Initiative>('initiatives').toArray();
      await tx.table('initiativeRows').bulkPut(all.map(toRow));
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
    // Rows gain `formProblems` for the readiness badge: recompute them from the records.
    upgrade: async (tx) => {
      const all = await tx.table<Initiative>('initiatives').toArray();
      await tx.table('initiativeRows').bulkPut(all.map(toRow));
    },
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
    // Counts from the rows as they are; also run after restoring an older backup, so it replaces.
    // The other new tables start empty.
    upgrade: async (tx) => {
      const counts = tx.table('initiativeCounts');
      await counts.clear();
      const rows = await tx.table<InitiativeRow>('initiativeRows').toArray();
      await counts.bulkPut([...countRows(rows).values()]);
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
];

export const DB_NAME = 'sang-kien-desk';
