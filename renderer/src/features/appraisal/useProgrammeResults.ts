import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppraisalSettings, Session } from '@shared/appraisal/model';
import { programmeResults, type InitiativeResult } from '@shared/appraisal/programme-results';
import { useDb } from '../../app/context';
import type { InitiativeRow } from '../../db/initiative-row';
import { getAppraisalSettings } from '../../db/appraisal/settings';
import { useProgrammeRows } from '../../search/useProgrammeRows';

export interface ProgrammeResultsView {
  results: ReadonlyMap<string, InitiativeResult>;
  rows: ReadonlyMap<string, InitiativeRow>;
  unitNames: ReadonlyMap<string, string>;
  sessions: readonly Session[];
  settings: AppraisalSettings;
}

/**
 * An initiative's result depends on the whole programme (ranks, three-year benefit totals), so it
 * is computed from every session and sheet of the programme, never stored twice.
 * Undefined until the programme's rows are fully in memory: a rank over half the rows would lie.
 */
export const useProgrammeResults = (
  programmeId: string | null | undefined,
): ProgrammeResultsView | undefined => {
  const db = useDb();
  const snapshot = useProgrammeRows(db, programmeId ?? null);
  const data = useLiveQuery(async () => {
    if (!programmeId) return null;
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
  }, [db, programmeId]);

  return useMemo(() => {
    if (!data || !snapshot || snapshot.phase !== 'full') return undefined;
    const live = snapshot.rows.filter((r) => r.trashed === 0);
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
      unitNames: snapshot.unitNames,
      sessions: data.sessions,
      settings: data.settings,
    };
  }, [data, snapshot]);
};
