// The sample's result report input: the recognised initiatives proposed upward as the sample
// dossier proposes them, those the sample commendations reward commended, and a report number.
import { assembleReportInput, type ResultReportInput } from '../report/input';
import {
  SAMPLE_COMMENDATIONS,
  SAMPLE_INITIATIVES,
  SAMPLE_OFFICE,
  SAMPLE_PROGRAMME,
  SAMPLE_SESSION,
  SAMPLE_UNITS,
} from './sample-data';

export const SAMPLE_REPORT_NUMBERS = { number: '18/BC-LĐLĐ', date: '2021-10-15' };

export const sampleReportInput = (): ResultReportInput => {
  const commended = new Set(SAMPLE_COMMENDATIONS.map((c) => c.initiativeId));
  return assembleReportInput({
    office: SAMPLE_OFFICE,
    programme: SAMPLE_PROGRAMME,
    units: SAMPLE_UNITS,
    initiatives: SAMPLE_INITIATIVES.map((i) =>
      commended.has(i.id)
        ? { ...i, status: 'commended' }
        : SAMPLE_SESSION.conclusions[i.id]?.recognised === true
          ? { ...i, status: 'proposed' }
          : i,
    ),
    commendations: SAMPLE_COMMENDATIONS,
    numbers: SAMPLE_REPORT_NUMBERS,
  });
};
