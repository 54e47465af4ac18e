// Every document a code comment cites must be in this repository, so a maintainer who clones it can
// follow the reference. Comments are read with TypeScript's own scanner (a quote inside a regular
// expression or a URL in a string is not mistaken for a comment); shell, YAML and HTML comments by
// their markers. Links between the files under docs/ are checked too, anchors included.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['shared', 'main', 'preload', 'renderer', 'test', '.ci'];
const ROOT_FILES = [
  'eslint.config.mjs',
  'electron.vite.config.ts',
  'vitest.config.mts',
  'electron-builder.yml',
];
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'test-results']);
const SCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs']);
const HASH_COMMENT_EXTENSIONS = new Set(['.yml', '.yaml', '.sh', '']);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) ? [] : filesUnder(path);
    return [path];
  });

const scriptKind = (path: string): ts.ScriptKind =>
  extname(path) === '.tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS;

/** The text of every comment in a script, found through the syntax tree's trivia. */
const scriptComments = (text: string, fileName = 'file.ts'): string[] => {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    scriptKind(fileName),
  );
  const seen = new Map<number, string>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? []) seen.set(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...seen.values()];
};

/** Comments of shell scripts and YAML: from a `#` at the start of a line or after a space. */
const hashComments = (text: string): string[] =>
  text.split('\n').flatMap((line) => {
    const m = /(?:^|\s)(#.*)$/.exec(line);
    return m?.[1] ? [m[1]] : [];
  });

const htmlComments = (text: string): string[] =>
  [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1] ?? '');

const commentsOf = (path: string): string[] => {
  const text = readFileSync(path, 'utf8');
  const ext = extname(path);
  if (SCRIPT_EXTENSIONS.has(ext)) return scriptComments(text, path);
  if (ext === '.html') return htmlComments(text);
  if (HASH_COMMENT_EXTENSIONS.has(ext)) return hashComments(text);
  return [];
};

/** Names of Markdown files a comment mentions, e.g. `docs/domain` + `.md`. */
const markdownReferences = (comment: string): string[] =>
  [...comment.matchAll(/(?<![\w./-])((?:[\w.-]+\/)*[\w.-]+\.md)(?![\w-])/g)].map((m) => m[1]!);

/** A reference resolves from the repository's root or from the citing file's folder. */
const resolves = (reference: string, citingFile: string): boolean =>
  existsSync(join(ROOT, reference)) || existsSync(join(dirname(citingFile), reference));

const sourceFiles = (): string[] => [
  ...SOURCE_DIRS.filter((d) => existsSync(join(ROOT, d))).flatMap((d) => filesUnder(join(ROOT, d))),
  ...ROOT_FILES.map((f) => join(ROOT, f)).filter((f) => existsSync(f)),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const headingAnchor = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

const anchorsOf = (markdown: string): Set<string> => {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = headingAnchor(m[1]!);
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
};

describe('comment references', () => {
  it('finds references in comments only, not in strings or regular expressions', () => {
    const text = [
      "const url = 'http://example.org/not-a-comment.md';",
      'const re = /["\'`]/; // see docs/domain.md, Scoring',
      '/** Follows documents.md, item 6. */',
      'const el = <div>{/* a JSX comment naming notes.md */}</div>;',
    ].join('\n');
    const refs = scriptComments(text, 'sample.tsx').flatMap(markdownReferences);
    expect(refs.sort()).toEqual(['docs/domain.md', 'documents.md', 'notes.md']);
  });

  it('reads shell, YAML and HTML comments', () => {
    expect(
      hashComments('run x # see docs/architecture.md\n# costs (elsewhere.md)\necho "#x"'),
    ).toEqual(['# see docs/architecture.md', '# costs (elsewhere.md)']);
    expect(htmlComments('<p>a.md</p><!-- from nowhere.md -->').flatMap(markdownReferences)).toEqual(
      ['nowhere.md'],
    );
  });

  it('tells a reference that resolves from one that does not', () => {
    const here = join(ROOT, 'shared', 'text.ts');
    expect(resolves('docs/domain.md', here)).toBe(true);
    expect(resolves('domain.md', here)).toBe(false);
    expect(resolves('docs/missing.md', here)).toBe(false);
  });

  it('every Markdown file cited in a code comment exists in the repository', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const missing = files.flatMap((file) =>
      commentsOf(file)
        .flatMap(markdownReferences)
        .filter((ref) => !resolves(ref, file))
        .map((ref) => `${relative(ROOT, file)}: ${ref}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('links between the design documents', () => {
  const docsDir = join(ROOT, 'docs');
  const docs = readdirSync(docsDir).filter((f) => f.endsWith('.md'));

  it('holds the architecture, the domain, the documents and the decisions', () => {
    expect(docs).toEqual(
      expect.arrayContaining(['architecture.md', 'domain.md', 'documents.md', 'decisions.md']),
    );
  });

  it('computes anchors as GitHub does', () => {
    expect(headingAnchor('D2. The renderer is served from `app://desk`')).toBe(
      'd2-the-renderer-is-served-from-appdesk',
    );
    expect(headingAnchor('1. Tờ trình / Công văn đề nghị')).toBe('1-tờ-trình--công-văn-đề-nghị');
  });

  it('every link to a file under docs/ and to a heading in it resolves', () => {
    const broken: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(join(docsDir, doc), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const [target = '', anchor] = m[1]!.split('#');
        if (/^[a-z]+:/i.test(target)) continue; // an outside address
        const file = target === '' ? doc : target;
        const path = join(docsDir, file);
        if (!existsSync(path)) {
          broken.push(`${doc}: ${m[1]!}`);
          continue;
        }
        if (anchor && !anchorsOf(readFileSync(path, 'utf8')).has(anchor))
          broken.push(`${doc}: ${m[1]!}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
