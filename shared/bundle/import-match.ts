// Which of this office's units (or programmes) a bundle's sender stands for (issue 9, item 6): the
// one remembered from an earlier import, else the record with the same id (the built-in 2021
// programme has one id everywhere), else one with the same name, compared without case, tones or
// extra spaces, proposed for the clerk to confirm; else none, and a new one is made.
import { cleanText, fold } from '../text';
import type { ImportLink } from './import-links';

export interface Named {
  readonly id: string;
  readonly name: string;
}

export type MatchProposal =
  | { readonly kind: 'linked'; readonly localId: string }
  | { readonly kind: 'same-id'; readonly localId: string }
  | { readonly kind: 'by-name'; readonly localId: string; readonly localName: string }
  | { readonly kind: 'new' };

/** What the clerk settled on: one of this office's records, or a new one made from the sender's. */
export type MatchChoice =
  { readonly kind: 'existing'; readonly localId: string } | { readonly kind: 'new' };

/** Names equal for a clerk: "Công đoàn  cơ sở" and "cong doan co so" are one name. */
export const sameName = (a: string, b: string): boolean =>
  fold(cleanText(a)) === fold(cleanText(b));

export const proposeMatch = (
  source: Named,
  link: ImportLink | undefined,
  candidates: readonly Named[],
): MatchProposal => {
  if (link && candidates.some((c) => c.id === link.localId))
    return { kind: 'linked', localId: link.localId };
  if (candidates.some((c) => c.id === source.id)) return { kind: 'same-id', localId: source.id };
  const named = candidates.find((c) => sameName(c.name, source.name));
  return named ? { kind: 'by-name', localId: named.id, localName: named.name } : { kind: 'new' };
};

/** The choice a proposal stands for without the clerk; null when the clerk has to confirm it. */
export const settledChoice = (proposal: MatchProposal): MatchChoice | null => {
  switch (proposal.kind) {
    case 'linked':
    case 'same-id':
      return { kind: 'existing', localId: proposal.localId };
    case 'new':
      return { kind: 'new' };
    case 'by-name':
      return null;
  }
};
