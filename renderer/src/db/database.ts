import Dexie, { type Table } from 'dexie';
import type { Initiative } from '@shared/model/initiative';
import type { Programme } from '@shared/model/programme';
import type { Unit } from '@shared/model/unit';
import type { HistoryEntry } from '@shared/model/history';
import type { AppraisalSettings, Council, ScoreSheet, Session } from '@shared/appraisal/model';
import type { Commendation } from '@shared/model/commendation';

import type { ImportedRecord, ImportLink } from '@shared/bundle/import-links';
import type { InitiativeCounts } from './initiative-counts';
import type { RowChange } from './row-changes';
import type { RowPage, RowSnapshot } from './row-snapshot';
import { DB_NAME, SCHEMA } from './schema';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** An attachment's bytes, stored once however many initiatives refer to it. */
export interface AttachmentBlob {
  sha256: string;
  blob: Blob;
  size: number;
  type: string;
  createdAt: string;
}

/** The one database of the app (IndexedDB through Dexie); repositories are the only code touching it. */
export class DeskDb extends Dexie {
  settings!: Table<SettingRecord, string>;
  programmes!: Table<Programme, string>;
  units!: Table<Unit, string>;
  initiatives!: Table<Initiative, string>;
  initiativeCounts!: Table<InitiativeCounts, string>;
  rowChanges!: Table<RowChange, number>;
  rowPages!: Table<RowPage, [string, number, number]>;
  rowSnapshots!: Table<RowSnapshot, string>;
  history!: Table<HistoryEntry, string>;
  attachments!: Table<AttachmentBlob, string>;
  appraisalSettings!: Table<AppraisalSettings, string>;
  councils!: Table<Council, string>;
  sessions!: Table<Session, string>;
  scoreSheets!: Table<ScoreSheet, string>;
  commendations!: Table<Commendation, string>;

  importLinks!: Table<ImportLink, string>;
  importedRecords!: Table<ImportedRecord, string>;

  /**
   * Writes are 'strict' by default: the transaction completes only once Chromium has flushed it to
   * disk, so "Đã lưu" survives a power cut. Chromium's own default is relaxed (done when handed
   * to the OS). 'relaxed' is there for the benchmark, which measures what strictness costs.
   */
  constructor(name: string = DB_NAME, durability: 'strict' | 'relaxed' = 'strict') {
    super(name, { chromeTransactionDurability: durability });
    for (const v of SCHEMA) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

let current: DeskDb | null = null;

/** The app's database, opened once (the sample profile has a database of its own). */
export const openDeskDb = (name: string = DB_NAME): DeskDb => (current ??= new DeskDb(name));
