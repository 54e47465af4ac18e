// What the commendations screen and the result report read (issue 10): the programme's recognised,
// proposed and commended initiatives as whole records (their authors), and its commendations with
// the people they name.
import { commendedPeople, type CommendedPerson } from '@shared/commendations/people';
import type { Commendation } from '@shared/model/commendation';
import type { Initiative } from '@shared/model/initiative';
import { isListedInReport } from '@shared/report/input';
import { listCommendations } from '../commendations';
import type { DeskDb } from '../database';
import { unitNamesOf } from './unit-tree';

export interface CommendationsView {
  /** Recognised, proposed and commended initiatives, trash left out, by title. */
  initiatives: Initiative[];
  commendations: Commendation[];
  people: CommendedPerson[];
  unitNames: ReadonlyMap<string, string>;
}

/** The live initiatives of a programme the council recognised, whether gone further or not. */
export const loadRecognised = async (db: DeskDb, programmeId: string): Promise<Initiative[]> =>
  (
    await db.initiatives
      .where('programmeId')
      .equals(programmeId)
      .filter((i) => i.deletedAt === null && isListedInReport(i.status))
      .toArray()
  ).sort((a, b) => a.title.localeCompare(b.title, 'vi'));

export const loadCommendationsView = async (
  db: DeskDb,
  programmeId: string,
): Promise<CommendationsView> => {
  const [initiatives, commendations, unitNames] = await Promise.all([
    loadRecognised(db, programmeId),
    listCommendations(db, programmeId),
    unitNamesOf(db),
  ]);
  return {
    initiatives,
    commendations,
    people: commendedPeople(commendations, initiatives, unitNames),
    unitNames,
  };
};
