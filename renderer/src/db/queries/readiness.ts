// What the full dossier check (readinessProblems) needs besides the record and the council's
// conclusion, read from the database: usable from the initiative's page, an export or a bundle.
import type { ReadinessInput } from '@shared/appraisal/readiness';
import type { ProgrammeWindow } from '@shared/appraisal/row-readiness';
import type { Initiative } from '@shared/model/initiative';
import type { DeskDb } from '../database';

export interface StoredFacts {
  sheetCount: number;
  /** SHA-256 of the record's attachments whose bytes are on this machine. */
  storedAttachments: ReadonlySet<string>;
}

export const loadStoredFacts = async (
  db: DeskDb,
  id: string,
  shas: readonly string[],
): Promise<StoredFacts> => {
  const [sheetCount, blobs] = await Promise.all([
    db.scoreSheets.where('initiativeId').equals(id).count(),
    db.attachments.bulkGet([...shas]),
  ]);
  return {
    sheetCount,
    storedAttachments: new Set(blobs.flatMap((b) => (b ? [b.sha256] : []))),
  };
};

/** The attachments of a record, as one stable dependency for a live query. */
export const attachmentKey = (i: Pick<Initiative, 'attachments'>): string =>
  i.attachments.map((a) => a.sha256).join(',');

/** The window of a programme that is not known: nothing is checked against it. */
export const NO_WINDOW: ProgrammeWindow = { firstAppliedFrom: null, firstAppliedTo: null };

/** Everything but `recognised`, which the initiative's status tells: the record, its programme's
 * window (none when the programme is gone), its score sheets and which attachments are stored. */
export const loadReadinessInputs = async (
  db: DeskDb,
  initiative: Initiative,
): Promise<Omit<ReadinessInput, 'recognised'>> => {
  const [programme, facts] = await Promise.all([
    db.programmes.get(initiative.programmeId),
    loadStoredFacts(
      db,
      initiative.id,
      initiative.attachments.map((a) => a.sha256),
    ),
  ]);
  return {
    initiative,
    programme: programme
      ? { firstAppliedFrom: programme.firstAppliedFrom, firstAppliedTo: programme.firstAppliedTo }
      : NO_WINDOW,
    ...facts,
  };
};
