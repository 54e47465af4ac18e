// The dashboard's inputs (issue 10): the register's rows, preferably the in-memory register of
// renderer/src/search/ (already loaded for the list), and the appraisal results that name the
// Bằng Lao động sáng tạo candidates, and the commendations that award the certificate. The figures themselves are shared/dashboard/figures.ts.
import {
  dashboardFigures,
  type DashboardFigures,
  type DashboardProgramme,
} from '@shared/dashboard/figures';
import type { InitiativeResult } from '@shared/appraisal/programme-results';
import { certificateInitiativeIds } from '@shared/commendations/people';
import type { Commendation } from '@shared/model/commendation';
import { listCommendations } from '../commendations';
import type { DeskDb } from '../database';
import type { InitiativeRow } from '../initiative-row';
import { loadProgrammeRows } from '../../search/load-rows';
import { loadAppraisalData, resultsOf } from './programme-results';
import { unitNamesOf } from './unit-tree';

/** The initiatives whose result names them a certificate candidate. */
export const candidateIdsOf = (
  results: ReadonlyMap<string, InitiativeResult>,
): ReadonlySet<string> => {
  const ids = new Set<string>();
  for (const [id, r] of results) if (r.candidate !== null) ids.add(id);
  return ids;
};

/**
 * The figures over rows already in memory, the results computed from them and the programme's
 * commendations (the Bằng Lao động sáng tạo count, docs/decisions.md, D42).
 */
export const dashboardOf = (
  programme: DashboardProgramme,
  rows: readonly InitiativeRow[],
  results: ReadonlyMap<string, InitiativeResult>,
  commendations: readonly Pick<Commendation, 'initiativeId' | 'form'>[],
  today: string,
): DashboardFigures =>
  dashboardFigures({
    programme,
    rows,
    candidateIds: candidateIdsOf(results),
    certificateIds: certificateInitiativeIds(commendations),
    today,
  });

/** The figures read afresh from the database, for code that holds no in-memory register. */
export const loadDashboard = async (
  db: DeskDb,
  programme: DashboardProgramme & { id: string },
  today: string,
): Promise<DashboardFigures> => {
  const [data, rows, unitNames, commendations] = await Promise.all([
    loadAppraisalData(db, programme.id),
    loadProgrammeRows(db, programme.id),
    unitNamesOf(db),
    listCommendations(db, programme.id),
  ]);
  return dashboardOf(
    programme,
    rows,
    resultsOf(data, rows, unitNames).results,
    commendations,
    today,
  );
};
