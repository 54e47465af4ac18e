// The result report (.docx) of the built-in sample (shared/sample/), the records the sample dossier
// prints and two commendations: `npm run report:sample -- <folder>` writes it beside the sample's
// initiative list, so anyone can open it in Word or LibreOffice without the app.
import { join } from 'node:path';
import { buildResultReport, RESULT_REPORT_FILE } from '@shared/report/result-report';
import { sampleReportInput } from '@shared/sample/sample-report';
import { emitDocx } from '../dossier/docx-emitter';
import { writeFileAtomic } from '../services/atomic-write';

/** Writes the sample's result report into `folder` (which must exist) and returns its path. */
export async function writeSampleReport(folder: string): Promise<string> {
  const path = join(folder, RESULT_REPORT_FILE);
  await writeFileAtomic(path, await emitDocx(buildResultReport(sampleReportInput())));
  return path;
}
