// The sample's dossier input: the recognised initiatives, best average first, with the award each
// may ask for, and the document numbers a clerk would type.
import { aggregate } from '../appraisal/results';
import { assembleDossierInput } from '../dossier/assemble';
import type { DossierInput } from '../dossier/input';
import {
  SAMPLE_COUNCIL,
  SAMPLE_INITIATIVES,
  SAMPLE_OFFICE,
  SAMPLE_PROGRAMME,
  SAMPLE_SESSION,
  SAMPLE_SETTINGS,
  SAMPLE_SHEETS,
  SAMPLE_UNITS,
} from './sample-data';

const averageOf = (id: string): number =>
  aggregate(
    SAMPLE_SETTINGS.rubric,
    SAMPLE_SHEETS.filter((s) => s.initiativeId === id),
  ).average ?? 0;

export const SAMPLE_NUMBERS = {
  cover: '05/TTr-LĐLĐ',
  date: '2021-04-05',
  minutes: '01/BB-HĐXC',
  recipient: 'Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai',
};

export const sampleDossierInput = (): DossierInput => {
  const selection = SAMPLE_INITIATIVES.filter(
    (i) => SAMPLE_SESSION.conclusions[i.id]?.recognised === true,
  )
    .sort((a, b) => averageOf(b.id) - averageOf(a.id))
    .map((i, n) => ({ initiativeId: i.id, rank: n + 1 }));
  return assembleDossierInput({
    office: SAMPLE_OFFICE,
    programme: {
      name: SAMPLE_PROGRAMME.name,
      issuer: 'Kế hoạch số 12/KH-LĐLĐ ngày 08/03/2021 của Liên đoàn Lao động tỉnh Đồng Nai',
    },
    units: SAMPLE_UNITS,
    initiatives: SAMPLE_INITIATIVES.map((i) =>
      selection.some((s) => s.initiativeId === i.id) ? { ...i, status: 'proposed' } : i,
    ),
    selection,
    council: SAMPLE_COUNCIL,
    session: SAMPLE_SESSION,
    sheets: SAMPLE_SHEETS,
    settings: SAMPLE_SETTINGS,
    numbers: SAMPLE_NUMBERS,
  });
};
