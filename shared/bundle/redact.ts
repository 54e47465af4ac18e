// Confidential initiatives (docs/domain.md, docs/documents.md "Confidential initiatives"): only the
// name, a summary of the effect and the award may leave the unit. Everything else is blanked here,
// before the bundle is written, so no later step can leak it.
import type { Session, ScoreSheet } from '../appraisal/model';
import type { Initiative } from '../model/initiative';

/** The initiative as it may leave the unit: name, effect (benefit), status (the award). */
export function redactInitiative(initiative: Initiative): Initiative {
  if (!initiative.confidential) return initiative;
  return {
    ...initiative,
    authors: [],
    investor: '',
    applicationField: '',
    firstAppliedOn: null,
    knownSolution: '',
    content: '',
    novelty: '',
    applicability: '',
    conditions: '',
    confidentialInfo: '',
    firstAppliers: '',
    attachments: [],
  };
}

/** Scores stay (they make the award); members' comments on a confidential initiative do not. */
export function redactScoreSheet(
  sheet: ScoreSheet,
  confidentialIds: ReadonlySet<string>,
): ScoreSheet {
  if (!confidentialIds.has(sheet.initiativeId)) return sheet;
  return { ...sheet, comments: {} };
}

/** The conclusion's decision stays; its reason may quote the content, so it is blanked. */
export function redactSession(session: Session, confidentialIds: ReadonlySet<string>): Session {
  const conclusions = Object.fromEntries(
    Object.entries(session.conclusions).map(([initiativeId, conclusion]) => [
      initiativeId,
      confidentialIds.has(initiativeId) ? { ...conclusion, reason: '' } : conclusion,
    ]),
  );
  return { ...session, conclusions };
}

export interface RedactableRecords {
  readonly initiatives: readonly Initiative[];
  readonly sessions: readonly Session[];
  readonly scoreSheets: readonly ScoreSheet[];
}

/** All records of a bundle with the confidential ones redacted. */
export function redactForBundle<T extends RedactableRecords>(records: T): T {
  const confidentialIds = new Set(
    records.initiatives.filter((i) => i.confidential).map((i) => i.id),
  );
  return {
    ...records,
    initiatives: records.initiatives.map(redactInitiative),
    sessions: records.sessions.map((s) => redactSession(s, confidentialIds)),
    scoreSheets: records.scoreSheets.map((s) => redactScoreSheet(s, confidentialIds)),
  };
}
