// The sample's bundle records: the same proposal as its dossier (sample-dossier.ts), for
// `npm run bundle:sample`.
import type { BundleSource } from '../bundle/assemble-data';
import { sampleDossierInput } from './sample-dossier';
import {
  SAMPLE_COUNCIL,
  SAMPLE_INITIATIVES,
  SAMPLE_OFFICE,
  SAMPLE_PROGRAMME,
  SAMPLE_SESSION,
  SAMPLE_SHEETS,
  SAMPLE_UNITS,
} from './sample-data';

export const sampleBundleSource = (): BundleSource => {
  const order = sampleDossierInput().proposals.map((p) => p.initiative.id);
  const initiatives = order.flatMap((id) => {
    const initiative = SAMPLE_INITIATIVES.find((i) => i.id === id);
    return initiative ? [{ ...initiative, status: 'proposed' as const }] : [];
  });
  return {
    office: SAMPLE_OFFICE,
    programme: SAMPLE_PROGRAMME,
    units: SAMPLE_UNITS,
    initiatives,
    council: SAMPLE_COUNCIL,
    session: SAMPLE_SESSION,
    sheets: SAMPLE_SHEETS,
  };
};
