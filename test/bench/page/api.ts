// What the bench page offers run.ts (through page.evaluate), and what it reports back.
import type { BundleToImport } from '../../../renderer/src/db/bundle-preview';
import type { LayoutReport } from './row-pages-probe';

export interface SetupInfo {
  programmeId: string;
  units: { id: string; name: string }[];
}

export interface SeedReport {
  records: number;
  /** Time inside the write calls only; generating the records is not counted. */
  writeMs: number;
  /** Rows per table after the run, to show the data really landed. */
  counts: Record<string, number>;
}

export interface SearchReport {
  rows: number;
  /** ProgrammeRowsStore from its snapshot: newest 50 shown / every row and the index in memory. */
  storeFirstMs: number;
  storeFullMs: number;
  /** The longest task on the page's main thread while the register loaded (input waits that long). */
  longestTaskMs: number;
  /** The first load, from the records (no snapshot yet), and its longest task. */
  coldFullMs: number;
  coldLongestTaskMs: number;
  /** From the end of that load until its snapshot was written (3 s wait included: none here). */
  snapshotWriteMs: number;
  /** The two reads behind the first page, timed alone: the newest rows and the stored counts. */
  newest50Ms: number;
  countMs: number;
  /** buildRowIndex over the loaded rows, timed on its own. */
  indexBuildMs: number;
  /** The first queryRows call sorts 100k rows; later calls reuse the cached order. */
  firstSortMs: number;
  /** FoldedIndex.match per query (the search queryRows runs), ms. */
  searchMs: number[];
  /** queryRows (search + filter of the sorted rows: what the list does per keystroke), ms. */
  queryRowsMs: number[];
  hits: number[];
}

/** A verified bundle as `bundle:read` hands it to the page (test/bench/bundle-import.ts). */
export interface BenchBundle {
  fileName: string;
  manifest: BundleToImport['manifest'];
  data: BundleToImport['data'];
}

export interface ImportReport {
  bundles: number;
  /** previewImport + importBundle per bundle (plan, then the one transaction), ms. */
  perBundleMs: number[];
  totalMs: number;
  /** Rows per table after the run, to show the data really landed. */
  counts: Record<string, number>;
}

export interface BenchApi {
  setup(): Promise<SetupInfo>;
  /**
   * The same generated records written three ways, in turns batch by batch: a plain Dexie bulkPut
   * into scratch databases with the app's schema (strict durability, as the app, and Chromium's
   * relaxed default), and the app's importInitiatives (validation, counts, change records,
   * history) into the app's database, which keeps them.
   */
  seedAll(
    setup: SetupInfo,
    total: number,
    chunk: number,
  ): Promise<{ raw: SeedReport; rawRelaxed: SeedReport; app: SeedReport }>;
  /** The app's import alone, into the app's database (the paint probe seeds with it). */
  seedApp(setup: SetupInfo, total: number, chunk: number): Promise<SeedReport>;
  /** Validation alone (the schema parse importInitiatives runs), to explain the gap. */
  parseOnly(setup: SetupInfo, total: number, chunk: number): Promise<number>;
  /** Loads the register and searches it; the register stays loaded until `release`. */
  search(setup: SetupInfo, queries: string[]): Promise<SearchReport>;
  /**
   * Imports the bundles one after the other into a database of their own, as the district's
   * "Nhập hồ sơ" does: the preview (plan), then the import transaction; one snapshot for all.
   */
  importBundles(bundles: BenchBundle[]): Promise<ImportReport>;
  /** The list rows stored one record each against compact pages (row-pages-probe.ts). */
  probeRowPages(
    setup: SetupInfo,
    total: number,
    chunk: number,
    edits: number,
  ): Promise<LayoutReport[]>;
  /** Lets go of the register `search` loaded, so the page's heap can be measured without it. */
  release(): Promise<void>;
}
