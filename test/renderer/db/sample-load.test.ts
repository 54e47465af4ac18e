import { describe, expect, it } from 'vitest';
import { SAMPLE_INITIATIVES, SAMPLE_OFFICE, SAMPLE_PROGRAMME } from '@shared/sample/sample-data';
import { loadSampleData } from '../../../renderer/src/db/sample-load';
import { loadProposalScreen } from '../../../renderer/src/db/queries/proposal-candidates';
import { getActiveProgrammeId, getOffice } from '../../../renderer/src/db/settings';
import { freshDb, setUpDb } from '../helpers';

describe('loadSampleData', () => {
  it('fills an empty database once with a full programme ready to propose', async () => {
    const db = freshDb();
    expect(await loadSampleData(db)).toBe(true);
    expect(await getOffice(db)).toEqual(SAMPLE_OFFICE);
    expect(await getActiveProgrammeId(db)).toBe(SAMPLE_PROGRAMME.id);
    expect(await db.initiatives.count()).toBe(SAMPLE_INITIATIVES.length);
    const screen = await loadProposalScreen(db, SAMPLE_PROGRAMME.id);
    const candidates = screen.units.flatMap((u) => u.candidates);
    expect(candidates).toHaveLength(4);
    expect(candidates.every((c) => c.problems.length === 0 && c.rank !== null)).toBe(true);
    expect(await loadSampleData(db)).toBe(false);
    expect(await db.initiatives.count()).toBe(SAMPLE_INITIATIVES.length);
  });

  it('leaves a database that already has an office alone', async () => {
    const { db, office } = await setUpDb();
    expect(await loadSampleData(db)).toBe(false);
    expect(await getOffice(db)).toEqual(office);
    expect(await db.initiatives.count()).toBe(0);
  });
});
