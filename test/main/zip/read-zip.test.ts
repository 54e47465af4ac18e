// The one zip reader bundles and backups share: real zips written byte by byte, read back.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readZip, ZipReadError } from '../../../main/zip/read-zip';
import type { ZipFailure } from '../../../main/zip/read-zip';
import { handZip } from '../bundle/hand-zip';
import type { HandEntry } from '../bundle/hand-zip';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-zip-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const zipFile = async (entries: readonly HandEntry[]): Promise<string> => {
  const path = join(dir, 'x.zip');
  await writeFile(path, handZip(entries));
  return path;
};

const failureOf = async (promise: Promise<unknown>): Promise<ZipFailure> => {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ZipReadError))
    throw new Error(`expected a ZipReadError, got ${String(error)}`);
  return error.failure;
};

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('readZip', () => {
  it('reads every entry with its bytes and SHA-256, skipping what the caller skips', async () => {
    const path = await zipFile([
      { name: 'a.txt', data: bytes('Sáng kiến') },
      { name: 'folder/', data: new Uint8Array(), method: 0 },
      { name: 'folder/b.txt', data: bytes('b'.repeat(1000)) },
    ]);
    const entries = await readZip(path, {
      entryLimit: (name) => (name.endsWith('/') ? 'skip' : 10_000),
    });
    expect([...entries.keys()]).toEqual(['a.txt', 'folder/b.txt']);
    expect(entries.get('a.txt')?.bytes.toString('utf8')).toBe('Sáng kiến');
    expect(entries.get('folder/b.txt')?.sha256).toBe(
      createHash('sha256').update('b'.repeat(1000)).digest('hex'),
    );
  });

  it('stops an entry whose header lies about its size, naming it', async () => {
    const path = await zipFile([
      { name: 'bomb.txt', data: bytes('a'.repeat(50_000)), declaredSize: 10 },
    ]);
    const failure = await failureOf(readZip(path, { entryLimit: () => 1000 }));
    expect(failure).toMatchObject({ kind: 'stream', name: 'bomb.txt' });
    expect(failure.kind === 'stream' && failure.message).toMatch(/bytes in the stream/);
  });

  it('refuses an entry whose header announces too much before inflating it', async () => {
    const path = await zipFile([{ name: 'big.txt', data: bytes('a'.repeat(5000)) }]);
    expect(await failureOf(readZip(path, { entryLimit: () => 1000 }))).toMatchObject({
      kind: 'declared-too-large',
      declared: 5000,
    });
  });

  it('counts all entries together against the total', async () => {
    const path = await zipFile([
      { name: 'a.txt', data: bytes('a'.repeat(600)) },
      { name: 'b.txt', data: bytes('b'.repeat(600)) },
    ]);
    expect(
      await failureOf(readZip(path, { maxTotalBytes: 1000, entryLimit: () => 1000 })),
    ).toMatchObject({ kind: 'total-too-large', name: 'b.txt', limit: 1000 });
    expect((await readZip(path, { maxTotalBytes: 1200, entryLimit: () => 1000 })).size).toBe(2);
  });

  it('refuses too many entries, a name twice, and a file that is no zip', async () => {
    const two = await zipFile([
      { name: 'a.txt', data: bytes('1') },
      { name: 'a.txt', data: bytes('2') },
    ]);
    expect(await failureOf(readZip(two, { maxEntries: 1, entryLimit: () => 10 }))).toMatchObject({
      kind: 'too-many-entries',
      count: 2,
    });
    expect(await failureOf(readZip(two, { entryLimit: () => 10 }))).toMatchObject({
      kind: 'duplicate',
      name: 'a.txt',
    });
    const text = join(dir, 'not.zip');
    await writeFile(text, 'không phải zip');
    expect((await failureOf(readZip(text, { entryLimit: () => 10 }))).kind).toBe('open');
  });

  it("passes the caller's own refusal through unchanged", async () => {
    const path = await zipFile([{ name: 'other.txt', data: bytes('x') }]);
    const refusal = new Error('unexpected entry other.txt');
    await expect(
      readZip(path, {
        entryLimit: () => {
          throw refusal;
        },
      }),
    ).rejects.toBe(refusal);
  });
});
