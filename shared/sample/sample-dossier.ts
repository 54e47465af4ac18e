// The sample's dossier input: the recognised initiatives, best average first, with the award each
// may ask for, and the document numbers a clerk would type.
import { certificateCandidate } from '../appraisal/certificate';
import { aggregate } from '../appraisal/results';
import type { DossierInput, ProposedInitiative } from '../dossier/input';
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

const records = SAMPLE_INITIATIVES.map((i) => ({
  id: i.id,
  authorNames: i.authors.map((a) => a.name),
  economicBenefit: i.economicBenefit,
  firstAppliedOn: i.firstAppliedOn,
}));

export const sampleDossierInput = (): DossierInput => {
  const proposals: ProposedInitiative[] = SAMPLE_INITIATIVES.filter(
    (i) => SAMPLE_SESSION.conclusions[i.id]?.recognised === true,
  )
    .sort((a, b) => averageOf(b.id) - averageOf(a.id))
    .map((initiative, n) => {
      const record = records.find((r) => r.id === initiative.id);
      const candidate =
        record && certificateCandidate(SAMPLE_SETTINGS.certificateThresholds, record, records);
      return {
        initiative: { ...initiative, status: 'proposed' },
        rank: n + 1,
        award: candidate ? 'Đề nghị tặng Bằng Lao động sáng tạo' : 'Đề nghị biểu dương sáng kiến',
      };
    });
  return {
    office: SAMPLE_OFFICE,
    programme: {
      name: SAMPLE_PROGRAMME.name,
      issuer: 'Kế hoạch số 12/KH-LĐLĐ ngày 08/03/2021 của Liên đoàn Lao động tỉnh Đồng Nai',
    },
    units: SAMPLE_UNITS,
    proposals,
    considered: SAMPLE_INITIATIVES.map((i) => ({ id: i.id, title: i.title })),
    council: SAMPLE_COUNCIL,
    session: SAMPLE_SESSION,
    sheets: SAMPLE_SHEETS,
    rubric: SAMPLE_SETTINGS.rubric,
    numbers: {
      cover: '05/TTr-LĐLĐ',
      date: '2021-04-05',
      minutes: '01/BB-HĐXC',
      recipient: 'Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai',
    },
  };
};
