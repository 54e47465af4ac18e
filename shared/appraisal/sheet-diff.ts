import type { FieldChange } from '../model/history';
import type { Rubric } from './rubric';

const score = (v: number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v).replace('.', ',');

/** What an edit changed on one sheet, criterion by criterion, labelled for the session history. */
export const diffSheet = (
  rubric: Rubric,
  label: string,
  before: { scores: Record<string, number | null>; comments: Record<string, string> } | null,
  after: { scores: Record<string, number | null>; comments: Record<string, string> },
): FieldChange[] =>
  rubric.criteria.flatMap((c) => {
    const changes: FieldChange[] = [];
    const [b, a] = [score(before?.scores[c.id]), score(after.scores[c.id])];
    if (b !== a)
      changes.push({ field: `${c.id}`, label: `${label} · ${c.name}`, before: b, after: a });
    const [bc, ac] = [before?.comments[c.id] ?? '', after.comments[c.id] ?? ''];
    if (bc !== ac)
      changes.push({
        field: `${c.id}:comment`,
        label: `${label} · Nhận xét ${c.name}`,
        before: bc,
        after: ac,
      });
    return changes;
  });
