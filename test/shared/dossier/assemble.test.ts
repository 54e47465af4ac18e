import { describe, expect, it } from 'vitest';
import {
  AWARD_CERTIFICATE,
  AWARD_COMMENDATION,
  assembleDossierInput,
  type DossierRecords,
} from '@shared/dossier/assemble';
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
import { SAMPLE_NUMBERS } from '@shared/sample/sample-dossier';

const records = (over: Partial<DossierRecords> = {}): DossierRecords => ({
  office: SAMPLE_OFFICE,
  programme: SAMPLE_PROGRAMME,
  units: SAMPLE_UNITS,
  initiatives: SAMPLE_INITIATIVES,
  selection: [
    { initiativeId: 'sample-i-2', rank: 4 },
    { initiativeId: 'sample-i-1', rank: 2 },
    { initiativeId: 'sample-i-4', rank: null },
  ],
  council: SAMPLE_COUNCIL,
  session: SAMPLE_SESSION,
  sheets: SAMPLE_SHEETS,
  settings: SAMPLE_SETTINGS,
  numbers: SAMPLE_NUMBERS,
  ...over,
});

describe('assembleDossierInput', () => {
  it('orders the selection by rank, unranked last', () => {
    const input = assembleDossierInput(records());
    expect(input.proposals.map((p) => [p.initiative.id, p.rank])).toEqual([
      ['sample-i-1', 2],
      ['sample-i-2', 4],
      ['sample-i-4', null],
    ]);
  });

  it('asks for the certificate at or above the single threshold, a commendation below', () => {
    const award = (id: string) =>
      assembleDossierInput(records()).proposals.find((p) => p.initiative.id === id)?.award;
    expect(award('sample-i-1')).toBe(AWARD_CERTIFICATE); // 125.000.000 ≥ 80.000.000
    expect(award('sample-i-2')).toBe(AWARD_COMMENDATION); // 48.500.000
  });

  it('counts an author’s three-year total towards the certificate', () => {
    const earlier = {
      ...SAMPLE_INITIATIVES[1]!,
      id: 'sample-earlier',
      economicBenefit: 75_000_000,
      firstAppliedOn: '2020-03-01',
    };
    const input = assembleDossierInput(records({ initiatives: [...SAMPLE_INITIATIVES, earlier] }));
    expect(input.proposals.find((p) => p.initiative.id === 'sample-i-2')?.award).toBe(
      AWARD_CERTIFICATE,
    );
  });

  it('leaves out initiatives that are gone and lists every one the session considered', () => {
    const trashed = SAMPLE_INITIATIVES.map((i) =>
      i.id === 'sample-i-2' ? { ...i, deletedAt: '2021-04-03T00:00:00.000Z' } : i,
    );
    const input = assembleDossierInput(records({ initiatives: trashed }));
    expect(input.proposals.map((p) => p.initiative.id)).toEqual(['sample-i-1', 'sample-i-4']);
    expect(input.considered.map((c) => c.id)).toEqual([
      'sample-i-1',
      'sample-i-3',
      'sample-i-4',
      'sample-i-5',
    ]);
    expect(input.programme).toEqual({
      name: SAMPLE_PROGRAMME.name,
      issuer: SAMPLE_PROGRAMME.issuer,
    });
  });
});
