// What the dossier is built from: the records of one programme's proposal upward. The renderer
// gathers it from the database; the sample (shared/sample/) provides one for the command line.
import type { Council, ScoreSheet, Session } from '../appraisal/model';
import type { Rubric } from '../appraisal/rubric';
import type { Initiative } from '../model/initiative';
import type { Office } from '../model/office';

/** An initiative selected for the proposal, with what the appraisal said of it. */
export interface ProposedInitiative {
  initiative: Initiative;
  /** Rank from the appraisal, 1 the best; null when unranked. */
  rank: number | null;
  /** The commendation asked for, e.g. "Đề nghị tặng Bằng Lao động sáng tạo". */
  award: string;
}

/** Document numbers and dates, asked once and remembered (issue 8). */
export interface DossierNumbers {
  /** "05/TTr-LĐLĐ" — the cover submission's number, without "Số: ". */
  cover: string;
  /** The date of the cover, the summary list, the summaries and the applications, yyyy-mm-dd. */
  date: string;
  /** "01/BB-HĐSK" — the minutes' number, without "Số: ". */
  minutes: string;
  /** Who the cover is addressed to: "Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai". */
  recipient: string;
}

export interface DossierInput {
  office: Office;
  programme: { name: string; issuer: string };
  units: readonly { id: string; name: string }[];
  /** In the order of the list: best rank first. */
  proposals: readonly ProposedInitiative[];
  /** Every initiative the session considered (the minutes list them all, proposed or not). */
  considered: readonly { id: string; title: string }[];
  council: Council;
  session: Session;
  sheets: readonly ScoreSheet[];
  rubric: Rubric;
  numbers: DossierNumbers;
}
