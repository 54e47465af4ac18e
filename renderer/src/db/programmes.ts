import { programmeSchema, type Programme } from '@shared/model/programme';
import { compareVi } from '@shared/text';
import type { DeskDb } from './database';
import { getInitiativeCounts, liveTotal } from './initiative-counts';
import { getActiveProgrammeId } from './settings';
import { created, touched } from './stamp';

export type ProgrammeInput = Omit<
  Programme,
  'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'rev'
>;

export const listProgrammes = async (db: DeskDb): Promise<Programme[]> =>
  (await db.programmes.toArray()).sort((a, b) => compareVi(a.name, b.name));

export const getProgramme = (db: DeskDb, id: string): Promise<Programme | undefined> =>
  db.programmes.get(id);

/** The programme the clerk chose to work in, else the first one; null when there is none. */
export const getActiveProgramme = async (db: DeskDb): Promise<Programme | null> => {
  const id = await getActiveProgrammeId(db);
  return (
    (id ? await db.programmes.get(id) : undefined) ??
    (await db.programmes.toCollection().first()) ??
    null
  );
};

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

/**
 * Initiatives of a programme that are not in the trash (for the progress toward its target), from
 * the counts kept with every write: one record read, however large the register.
 */
export const countProgrammeInitiatives = async (db: DeskDb, programmeId: string): Promise<number> =>
  liveTotal(await getInitiativeCounts(db, programmeId));
