// Loads the built-in sample (shared/sample/: a district office, three grassroots units, five
// initiatives, a scored council) into an empty database, all or nothing. Used only by the sample
// profile's own database (renderer/src/app/profile.ts), never the clerk's.
import {
  SAMPLE_COUNCIL,
  SAMPLE_INITIATIVES,
  SAMPLE_OFFICE,
  SAMPLE_PROGRAMME,
  SAMPLE_SESSION,
  SAMPLE_SETTINGS,
  SAMPLE_SHEETS,
  SAMPLE_UNITS,
} from '@shared/sample/sample-data';
import type { DeskDb } from './database';
import { initiativeTables, putInitiatives } from './initiative-writes';
import { getOffice, setActiveProgrammeId } from './settings';

/** Writes the sample unless the database already has an office; true when it wrote it. */
export const loadSampleData = async (db: DeskDb): Promise<boolean> =>
  db.transaction(
    'rw',
    [
      db.settings,
      db.programmes,
      db.units,
      ...initiativeTables(db),
      db.appraisalSettings,
      db.councils,
      db.sessions,
      db.scoreSheets,
    ],
    async () => {
      if (await getOffice(db)) return false;
      await db.programmes.put(SAMPLE_PROGRAMME);
      await db.units.bulkPut(SAMPLE_UNITS);
      await putInitiatives(db, SAMPLE_INITIATIVES);
      await db.appraisalSettings.put(SAMPLE_SETTINGS);
      await db.councils.put(SAMPLE_COUNCIL);
      await db.sessions.put(SAMPLE_SESSION);
      await db.scoreSheets.bulkPut(SAMPLE_SHEETS);
      await setActiveProgrammeId(db, SAMPLE_PROGRAMME.id);
      // Last: the office makes the app leave the setup screen.
      await db.settings.put({ key: 'office', value: SAMPLE_OFFICE });
      return true;
    },
  );
