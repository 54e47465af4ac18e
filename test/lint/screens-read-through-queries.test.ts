// The lint rule that keeps screens from reading tables (eslint.config.mjs), run from the project's
// own configuration on small sources placed where a screen, the app shell or a repository lives.
import { resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The messages of the configured no-restricted-syntax rule for `code` at `path`. */
const restricted = async (path: string, code: string): Promise<string[]> => {
  const config = (await new ESLint({ cwd: root }).calculateConfigForFile(path)) as {
    rules?: Linter.RulesRecord;
  };
  const rule = config.rules?.['no-restricted-syntax'];
  expect(rule).toBeDefined();
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser: tseslint.parser },
        rules: { 'no-restricted-syntax': rule! },
      },
    ],
    { filename: resolve(root, path) },
  );
  return messages.map((m) => m.message);
};

const TABLE_READ = `
  export const units = async (db: { units: { toArray(): Promise<unknown[]> } }) =>
    db.units.toArray();
`;
const THIS_DB_READ = `
  export class Writer {
    constructor(private readonly db: { scoreSheets: { count(): Promise<number> } }) {}
    count = () => this.db.scoreSheets.count();
  }
`;
const THROUGH_QUERY = `
  import { listUnitsByName } from '../../db/queries/unit-tree';
  export const units = (db: never) => listUnitsByName(db);
`;

describe('screens read the database through renderer/src/db/', () => {
  it('refuses db.<table> in a screen and in the app shell', async () => {
    const inScreen = await restricted('renderer/src/features/units/Example.tsx', TABLE_READ);
    expect(inScreen).toHaveLength(1);
    expect(inScreen[0]).toContain('renderer/src/db/');
    expect(await restricted('renderer/src/app/Example.tsx', TABLE_READ)).toHaveLength(1);
  });

  it('refuses this.db.<table> in a screen helper', async () => {
    expect(
      await restricted('renderer/src/features/appraisal/example.ts', THIS_DB_READ),
    ).toHaveLength(1);
  });

  it('lets screens call queries, and repositories read tables', async () => {
    expect(await restricted('renderer/src/features/units/Example.tsx', THROUGH_QUERY)).toEqual([]);
    expect(await restricted('renderer/src/db/queries/example.ts', TABLE_READ)).toEqual([]);
  });
});
