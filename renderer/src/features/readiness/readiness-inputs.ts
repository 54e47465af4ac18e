// What the full dossier check (readinessProblems) needs besides the record: read from Dexie.
import type { Initiative } from '@shared/model/initiative';
import type { DeskDb } from '../../db/database';

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
