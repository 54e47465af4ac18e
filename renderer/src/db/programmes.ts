import Dexie from 'dexie';
import { programmeSchema, type Programme } from '@shared/model/programme';
import { compareVi } from '@shared/text';
import type { DeskDb } from './database';
import { created, touched } from './stamp';

export type ProgrammeInput = Omit<
  Programme,
  'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'rev'
>;

export const listProgrammes = async (db: DeskDb): Promise<Programme[]> =>
  (await db.programmes.toArray()).sort((a, b) => compareVi(a.name, b.name));

/** Adds a programme; throws a ZodError with Vietnamese messages on bad input. */
export const createProgramme = async (
  db: DeskDb,
  input: ProgrammeInput,
  by: string,
): Promise<Programme> => {
  const programme = programmeSchema.parse({ ...input, ...created(by) });
  await db.programmes.add(programme);
  return programme;
};

export const updateProgramme = async (
  db: DeskDb,
  id: string,
  input: ProgrammeInput,
  by: string,
): Promise<Programme> =>
  db.transaction('rw', db.programmes, async () => {
    const current = await db.programmes.get(id);
    if (!current) throw new Error('Không tìm thấy chương trình');
    const next = programmeSchema.parse({ ...touched(current, by), ...input });
    await db.programmes.put(next);
    return next;
  });

// Counting rows not in the trash is cheap only with an index that holds `trashed`; the list row
// table (schema v2) has none yet, so until it does the count walks the programme's rows.
const LIVE_INDEX = '[programmeId+trashed]';

/** Initiatives of a programme that are not in the trash (for the progress toward its target). */
export const countProgrammeInitiatives = async (
  db: DeskDb,
  programmeId: string,
): Promise<number> => {
  const rows = db.initiativeRows;
  if (rows.schema.idxByName[LIVE_INDEX])
    return rows.where(LIVE_INDEX).equals([programmeId, 0]).count();
  return rows
    .where('[programmeId+updatedAt]')
    .between([programmeId, Dexie.minKey], [programmeId, Dexie.maxKey])
    .filter((r) => r.trashed === 0)
    .count();
};
