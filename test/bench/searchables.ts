// The search texts of generated initiatives, without a browser: what the list's index holds per
// row (title, field, author names, unit name), for the plain-Node search bench and the test that
// holds the index to the scan's results.
import { initiativeSearchText, type Searchable } from '@shared/search';
import { makeInitiative, makeQueries, type SeedContext } from './page/generate';
import { UNITS } from './page/words';

const CONTEXT: SeedContext = {
  programmeId: 'bench-programme',
  units: UNITS.map(([name], n) => ({ id: `unit-${n}`, name })),
  by: 'Trần Văn Bình',
};

/** Record n's search text, as the register indexes it. */
export const searchableOf = (n: number): Searchable => {
  const i = makeInitiative(n, CONTEXT);
  const unitName = CONTEXT.units.find((u) => u.id === i.unitId)?.name ?? '';
  return {
    id: i.id,
    text: initiativeSearchText({ ...i, authorNames: i.authors.map((a) => a.name), unitName }),
  };
};

export const makeSearchables = (from: number, to: number): Searchable[] =>
  Array.from({ length: to - from }, (_, k) => searchableOf(from + k));

/** The benchmark's typed queries (run.ts makes the same 200). */
export const benchQueries = (count = 200): string[] =>
  makeQueries(
    count,
    UNITS.map(([name]) => name),
  );
