// The blank initiative every new record starts from: the form's "Thêm sáng kiến" and each row of a
// spreadsheet import alike, so a field added to the registry is blank in both.
import type { InitiativeDraft } from '../model/initiative';
import { blankOf, FIELD_KEYS, INITIATIVE_FIELDS } from './field-registry';

/** A draft with nothing typed yet: each field of the registry blank by its kind. */
export const emptyDraft = (programmeId: string, unitId: string): InitiativeDraft => ({
  // The registry lists every field; the field-registry test checks this against the schema.
  ...(Object.fromEntries(
    FIELD_KEYS.filter((k) => k !== 'status').map((k) => [k, blankOf(INITIATIVE_FIELDS[k].kind)]),
  ) as unknown as Omit<InitiativeDraft, 'programmeId' | 'unitId'>),
  programmeId,
  unitId,
});
