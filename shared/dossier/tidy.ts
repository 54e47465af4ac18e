// The records as a clerk typed them, tidied for print: autosave keeps every space as typed (it
// saves while the clerk is still typing, so it cannot trim), and a name typed "Nguyễn  Văn An "
// or a pasted title with a zero-width space would print that way on a signed document. One-line
// fields are cleaned like names everywhere (shared/text.ts); paragraphs are split into lines and
// trimmed by the builders themselves.
import { INITIATIVE_FIELDS, TEXT_FIELDS } from '../domain/field-registry';
import type { Author, Initiative } from '../model/initiative';
import { cleanText } from '../text';
import type { DossierInput } from './input';

const tidyAuthor = (a: Author): Author => ({
  ...a,
  name: cleanText(a.name),
  workplace: cleanText(a.workplace),
  jobTitle: cleanText(a.jobTitle),
  qualification: cleanText(a.qualification),
});

const tidyInitiative = (i: Initiative): Initiative => {
  const out: Initiative = { ...i, authors: i.authors.map(tidyAuthor) };
  for (const key of TEXT_FIELDS)
    if (INITIATIVE_FIELDS[key].kind !== 'longText') out[key] = cleanText(i[key]);
  return out;
};

/** The dossier's input with every initiative, author and unit name tidied for print. */
export const tidyDossierInput = (input: DossierInput): DossierInput => ({
  ...input,
  units: input.units.map((u) => ({ ...u, name: cleanText(u.name) })),
  proposals: input.proposals.map((p) => ({ ...p, initiative: tidyInitiative(p.initiative) })),
  considered: input.considered.map((c) => ({ ...c, title: cleanText(c.title) })),
});
