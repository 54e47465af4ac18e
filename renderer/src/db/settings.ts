import { officeSchema, type Office } from '@shared/model/office';
import { SEED_PROGRAMME_ID, seedProgramme } from '@shared/seed-programme';
import type { Unit } from '@shared/model/unit';
import type { DeskDb } from './database';
import { created } from './stamp';

const OFFICE = 'office';
const ACTIVE_PROGRAMME = 'activeProgrammeId';

export const getOffice = async (db: DeskDb): Promise<Office | null> => {
  const rec = await db.settings.get(OFFICE);
  const parsed = officeSchema.safeParse(rec?.value);
  return parsed.success ? parsed.data : null;
};

export const getActiveProgrammeId = async (db: DeskDb): Promise<string | null> => {
  const rec = await db.settings.get(ACTIVE_PROGRAMME);
  return typeof rec?.value === 'string' ? rec.value : null;
};

export const setActiveProgrammeId = async (db: DeskDb, id: string): Promise<void> => {
  await db.settings.put({ key: ACTIVE_PROGRAMME, value: id });
};

export type OfficeInput = Omit<Office, 'unitId'>;

/**
 * First run: records who this office is, makes it the root of the unit tree and loads the
 * seed programme as the active one — all or nothing.
 */
export const completeSetup = async (db: DeskDb, input: OfficeInput): Promise<Office> => {
  const now = new Date().toISOString();
  return db.transaction('rw', [db.settings, db.units, db.programmes], async () => {
    const unit: Unit = {
      ...created(input.userName, now),
      name: input.unitName,
      kind: input.kind,
      parentId: null,
      archived: false,
    };
    const office = officeSchema.parse({ ...input, unitId: unit.id });
    const programme = seedProgramme({ ...created(input.userName, now), id: SEED_PROGRAMME_ID });
    await db.units.add(unit);
    await db.programmes.add(programme);
    await db.settings.bulkPut([
      { key: OFFICE, value: office },
      { key: ACTIVE_PROGRAMME, value: programme.id },
    ]);
    return office;
  });
};

/** Later edits of the office profile; the root unit's name and level follow. */
export const updateOffice = async (db: DeskDb, office: Office): Promise<void> => {
  const valid = officeSchema.parse(office);
  await db.transaction('rw', [db.settings, db.units], async () => {
    const unit = await db.units.get(valid.unitId);
    if (unit) {
      await db.units.put({
        ...unit,
        name: valid.unitName,
        kind: valid.kind,
        updatedAt: new Date().toISOString(),
        updatedBy: valid.userName,
        rev: unit.rev + 1,
      });
    }
    await db.settings.put({ key: OFFICE, value: valid });
  });
};
