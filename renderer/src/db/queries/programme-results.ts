// A programme's appraisal results, outside React: the results screen, the session page, an export
// or the benchmark compute them the same way from the same reads.
import type { AppraisalSettings, ScoreSheet, Session } from '@shared/appraisal/model';
import { programmeResults, type InitiativeResult } from '@shared/appraisal/programme-results';
import type { DeskDb } from '../database';
import type { Initiative } from '@shared/model/initiative';
import { toRow, type InitiativeRow } from '../initiative-row';
import { getAppraisalSettings } from '../appraisal/settings';
import { loadProgrammeRows } from '../../search/load-rows';
import { unitNamesOf } from './unit-tree';

/** What the results depend on besides the register: the scoring rules, sessions and sheets. */
export interface AppraisalData {
  settings: AppraisalSettings;
  sessions: Session[];
  sheets: ScoreSheet[];
}

export interface ProgrammeResultsView {
  results: ReadonlyMap<string, InitiativeResult>;
  rows: ReadonlyMap<string, InitiativeRow>;
  unitNames: ReadonlyMap<string, string>;
  sessions: readonly Session[];
  settings: AppraisalSettings;
}

export const loadAppraisalData = async (
  db: DeskDb,
  programmeId: string,
): Promise<AppraisalData> => {
  const [settings, sessions] = await Promise.all([
    getAppraisalSettings(db, programmeId),
    db.sessions.where('programmeId').equals(programmeId).toArray(),
  ]);
  const sheets =
    sessions.length === 0
      ? []
      : await db.scoreSheets
          .where('sessionId')
          .anyOf(sessions.map((s) => s.id))
          .toArray();
  return { settings, sessions, sheets };
};

/**
 * An initiative's result depends on the whole programme (ranks, three-year benefit totals), so it
 * is computed from every session and sheet of the programme and every row of its register (trashed
 * ones are left out here), never stored twice.
 */
export const resultsOf = (
  data: AppraisalData,
  rows: readonly InitiativeRow[],
  unitNames: ReadonlyMap<string, string>,
): ProgrammeResultsView => {
  const live = rows.filter((r) => r.trashed === 0);
  const considered = new Set(data.sessions.flatMap((s) => s.initiativeIds));
  // Only initiatives sharing an author with a considered one can change a three-year total;
  // narrowing first keeps the candidate check from scanning the whole register per initiative.
  const authors = new Set(live.filter((r) => considered.has(r.id)).flatMap((r) => r.authorNames));
  const relevant = live.filter(
    (r) => considered.has(r.id) || r.authorNames.some((a) => authors.has(a)),
  );
  const results = programmeResults({
    rubric: data.settings.rubric,
    thresholds: data.settings.certificateThresholds,
    sessions: data.sessions,
    sheets: data.sheets,
    initiatives: relevant,
  });
  return {
    results,
    rows: new Map(relevant.map((r) => [r.id, r])),
    unitNames,
    sessions: data.sessions,
    settings: data.settings,
  };
};

/**
 * The results read afresh from the database, for code that holds no in-memory register. A caller
 * that has read the programme's records already passes them, sparing a second read of them all.
 */
export const loadProgrammeResults = async (
  db: DeskDb,
  programmeId: string,
  records?: readonly Initiative[],
): Promise<ProgrammeResultsView> => {
  const [data, rows, unitNames] = await Promise.all([
    loadAppraisalData(db, programmeId),
    records ? records.map(toRow) : loadProgrammeRows(db, programmeId),
    unitNamesOf(db),
  ]);
  return resultsOf(data, rows, unitNames);
};
