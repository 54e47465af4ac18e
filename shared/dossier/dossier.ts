// The whole dossier of one proposal, in the order a council secretary files it (docs/documents.md).
import { buildApplication } from './application';
import { buildCover } from './cover';
import { buildInitiativeSummary } from './initiative-summary';
import type { DossierInput } from './input';
import { buildMinutes } from './minutes';
import { dossierSchema, type Dossier, type DossierDocument } from './model';
import { buildScoreSheets, scoringMembers } from './score-sheet';
import { buildSummaryList } from './summary-list';
import { tidyDossierInput } from './tidy';

export const EMPTY_DOSSIER_MESSAGE =
  'Chưa có sáng kiến nào được chọn đề xuất nên chưa có hồ sơ để lập. Hãy chọn các sáng kiến đề xuất lên cấp trên (tối đa theo hạn mức của mỗi đơn vị) rồi lập hồ sơ.';

/** Why no dossier can be built from this input, or null. */
export const dossierProblem = (input: DossierInput): string | null =>
  input.proposals.length === 0 ? EMPTY_DOSSIER_MESSAGE : null;

/** Every document: cover, summary list, per initiative its summary, application and score sheets, minutes. */
export const buildDossier = (records: DossierInput): Dossier => {
  const input = tidyDossierInput(records);
  const perInitiative = (
    build: (i: DossierInput, p: DossierInput['proposals'][number], n: number) => DossierDocument,
  ): DossierDocument[] => input.proposals.map((p, n) => build(input, p, n));
  const sheets = scoringMembers(input).length > 0 ? perInitiative(buildScoreSheets) : [];
  // Parsed by the model's schema: every string comes out NFC, whatever the records held, and a
  // builder that breaks the model fails here rather than in the emitter.
  return dossierSchema.parse({
    documents: [
      buildCover(input),
      buildSummaryList(input),
      ...perInitiative(buildInitiativeSummary),
      ...perInitiative(buildApplication),
      ...sheets,
      buildMinutes(input),
    ],
  });
};
