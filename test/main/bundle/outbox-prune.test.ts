// Pruning the outbox folder (main/bundle/outbox-prune.ts) and its channel, on real temp folders:
// referenced bundles stay, young ones stay, old unreferenced ones go, nothing outside is touched.
import { mkdir, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneOutbox } from '../../../main/bundle/outbox-prune';
import { createHandlers } from '../../../main/handlers';
import { OUTBOX_FOLDER } from '../../../main/handlers/bundles';
import { dispatch } from '../../../main/ipc/dispatch';
import { fakeDeps, tempDir } from '../helpers';

const NOW = new Date('2026-06-30T08:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** A bundle file in its own entry folder, last modified `days` before NOW. */
async function bundle(outbox: string, entry: string, days: number): Promise<string> {
  await mkdir(join(outbox, entry), { recursive: true });
  const path = join(outbox, entry, `HoSo_${entry}.zip`);
  await writeFile(path, 'PK');
  await utimes(path, daysAgo(days), daysAgo(days));
  return path;
}

async function setup() {
  const root = await tempDir();
  const dataDir = join(root, 'userData');
  const outbox = join(dataDir, OUTBOX_FOLDER);
  await mkdir(outbox, { recursive: true });
  // Files beside the outbox and elsewhere, old enough to go if they were in it.
  const outside = join(root, 'Tài liệu');
  await mkdir(outside);
  const foreign = join(outside, 'HoSo_ngoai.zip');
  await writeFile(foreign, 'PK');
  await utimes(foreign, daysAgo(60), daysAgo(60));
  const beside = join(dataDir, 'HoSo_canh.zip');
  await writeFile(beside, 'PK');
  await utimes(beside, daysAgo(60), daysAgo(60));
  return { root, dataDir, outbox, outside, foreign, beside };
}

describe('pruneOutbox', () => {
  it('removes old unreferenced bundles only: referenced and young ones stay, nothing outside goes', async () => {
    const { outbox, outside, foreign, beside } = await setup();
    const referenced = await bundle(outbox, 'a', 30);
    const young = await bundle(outbox, 'b', 6);
    const old = await bundle(outbox, 'c', 8);
    // A symlink in the outbox to a folder outside, and one to a file outside: never followed.
    await symlink(outside, join(outbox, 'lien-ket'));
    await mkdir(join(outbox, 'd'));
    await symlink(foreign, join(outbox, 'd', 'HoSo_lienket.zip'));
    // Not a bundle: left alone whatever its age.
    const note = join(outbox, 'c', 'ghi-chu.txt');
    await writeFile(note, 'x');
    await utimes(note, daysAgo(90), daysAgo(90));

    const removed = await pruneOutbox(outbox, [referenced], NOW);

    expect(removed.map((p) => p.slice(p.lastIndexOf(OUTBOX_FOLDER)))).toEqual([
      join(OUTBOX_FOLDER, 'c', 'HoSo_c.zip'),
    ]);
    expect(await exists(old)).toBe(false);
    expect(await exists(referenced)).toBe(true);
    expect(await exists(young)).toBe(true);
    expect(await exists(note)).toBe(true);
    expect(await exists(foreign)).toBe(true);
    expect(await exists(beside)).toBe(true);
    expect(await exists(join(outbox, 'd', 'HoSo_lienket.zip'))).toBe(true);
    expect((await readdir(outbox)).sort()).toEqual(['a', 'b', 'c', 'd', 'lien-ket']);
  });

  it('removes the entry folder once its bundle is gone', async () => {
    const { outbox } = await setup();
    await bundle(outbox, 'e', 10);
    await bundle(outbox, 'f', 10);
    expect(await pruneOutbox(outbox, [], NOW)).toHaveLength(2);
    expect(await readdir(outbox)).toEqual([]);
  });

  it('removes nothing when the outbox folder is a symlink or missing', async () => {
    const { root, outbox } = await setup();
    const elsewhere = join(root, 'elsewhere');
    const kept = await bundle(elsewhere, 'g', 40);
    const link = join(root, 'outbox-link');
    await symlink(elsewhere, link);
    expect(await pruneOutbox(link, [], NOW)).toEqual([]);
    expect(await exists(kept)).toBe(true);
    expect(await pruneOutbox(join(outbox, 'khong-co'), [], NOW)).toEqual([]);
  });
});

describe('bundle:outbox:prune', () => {
  it('prunes the data folder outbox, keeping the paths the entries refer to', async () => {
    const { dataDir, outbox, foreign } = await setup();
    const referenced = await bundle(outbox, 'a', 30);
    const old = await bundle(outbox, 'b', 30);
    const handlers = createHandlers(fakeDeps(dataDir));
    const res = await dispatch(handlers, 'bundle:outbox:prune', { keep: [referenced, foreign] });
    expect(res).toEqual({ ok: true, value: { removed: 1 } });
    expect(await exists(referenced)).toBe(true);
    expect(await exists(old)).toBe(false);
    expect(await exists(foreign)).toBe(true);
  });

  it('refuses a keep list with a relative path or "..", removing nothing', async () => {
    const { dataDir, outbox } = await setup();
    const old = await bundle(outbox, 'a', 30);
    const handlers = createHandlers(fakeDeps(dataDir));
    // (join() would fold the "..", so the path is written out.)
    for (const keep of [['outbox/a/HoSo_a.zip'], [`${outbox}/a/../a/HoSo_a.zip`]]) {
      const res = await dispatch(handlers, 'bundle:outbox:prune', { keep });
      expect(res).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
    }
    expect(await exists(old)).toBe(true);
  });
});
