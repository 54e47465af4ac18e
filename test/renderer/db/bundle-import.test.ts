// Importing a bundle at the level above, against a real IndexedDB (fake-indexeddb): the same
// bundle twice changes nothing, a newer rev is one update with its history, a record changed on
// both sides is one conflict and nothing is overwritten, a failure mid-way writes nothing.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleData } from '@shared/bundle/data';
import { ok } from '@shared/result';
import { SEED_PROGRAMME_ID } from '@shared/seed-programme';
import {
  importBundle,
  type ImportChoices,
  type ImportDeps,
} from '../../../renderer/src/db/bundle-import';
import { previewImport, type BundleToImport } from '../../../renderer/src/db/bundle-preview';
import type { DeskDb } from '../../../renderer/src/db/database';
import { listHistory } from '../../../renderer/src/db/initiatives';
import { moveInitiative } from '../../../renderer/src/db/status-moves';
import { initiativeTables } from '../../../renderer/src/db/initiative-writes';
import { bundleData, manifestHead } from '../../shared/bundle/bundle-fixtures';
import { installMainBridge, type MainBridge } from '../backup/main-bridge';
import { setUpDb } from '../helpers';
import { rowOf } from './row-of';

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

const bundleOf = (
  data: BundleData = bundleData(),
  createdAt = '2021-04-15T09:30:00.000Z',
): BundleToImport => ({
  fileName: 'HoSo_Dong_Tien.zip',
  manifest: { ...manifestHead(), createdAt, files: [] },
  data,
  attachments: [],
});

const choices = (over: Partial<ImportChoices> = {}): ImportChoices => ({
  unit: { kind: 'new' },
  programme: { kind: 'existing', localId: SEED_PROGRAMME_ID },
  resolutions: {},
  quotaConfirmed: false,
  ...over,
});

const snapshots: string[] = [];
const deps: ImportDeps = {
  snapshot: () => {
    snapshots.push('taken');
    return Promise.resolve(ok({ fileName: 'TruocKhiNhap.skdb' }));
  },
};

/** Every table's rows, attachments by key, for "nothing changed". */
const dump = async (db: DeskDb) =>
  Object.fromEntries(
    await Promise.all(
      db.tables.map(async (t) => [
        t.name,
        t.name === 'attachments' ? await t.toCollection().primaryKeys() : await t.toArray(),
      ]),
    ),
  ) as Record<string, unknown[]>;

/** A change made here to an imported (proposed, so not editable) record: its proposal withdrawn. */
const changeHere = (db: DeskDb, id: string) =>
  db.transaction('rw', [...initiativeTables(db), db.history], async () => {
    const current = await db.initiatives.get(id);
    await moveInitiative(db, current!, 'recognised', 'clerk', 'Lê Thị Huyện');
  });

const importOnce = async (db: DeskDb, bundle = bundleOf(), over: Partial<ImportChoices> = {}) => {
  const result = await importBundle(db, bundle, choices(over), 'Lê Thị Huyện', deps);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('importBundle', () => {
  it('imports a first bundle: the records keep their ids and revs, under a new unit of this office', async () => {
    const { db, office } = await setUpDb();
    const preview = await previewImport(db, bundleOf());
    expect(preview.unit.proposal).toEqual({ kind: 'new' });
    // The fixture's programme is the built-in one under another id: proposed by its name.
    expect(preview.programme.proposal).toMatchObject({
      kind: 'by-name',
      localId: SEED_PROGRAMME_ID,
    });
    expect(preview.plan.counts).toEqual({ new: 3, updated: 0, unchanged: 0, conflict: 0 });

    const summary = await importOnce(db);
    expect(summary).toMatchObject({ added: 3, updated: 0, unchanged: 0, kept: 0, skipped: 0 });
    expect(summary.note).toBe(
      'Nhập từ hồ sơ của Công đoàn cơ sở Công ty Đồng Tiến ngày 15/04/2021',
    );

    const stored = await db.initiatives.toArray();
    expect(stored.map((i) => [i.id, i.rev, i.unitId, i.programmeId]).sort()).toEqual([
      ['i-1', 1, 'u-1', SEED_PROGRAMME_ID],
      ['i-2', 1, 'u-1', SEED_PROGRAMME_ID],
      ['i-3', 1, 'u-1', SEED_PROGRAMME_ID],
    ]);
    expect(await db.initiatives.count()).toBe(3);
    expect(await db.units.get('u-1')).toMatchObject({
      parentId: office.unitId,
      name: 'Công đoàn cơ sở Công ty Đồng Tiến',
    });
    expect(await db.councils.get('c-1')).toMatchObject({ programmeId: SEED_PROGRAMME_ID });
    expect(await db.sessions.count()).toBe(1);
    expect(await db.scoreSheets.count()).toBe(3);
    const [created] = await listHistory(db, 'i-1');
    expect(created).toMatchObject({ action: 'create', by: 'Lê Thị Huyện', note: summary.note });

    // The next bundle from this sender is matched without asking.
    const again = await previewImport(db, bundleOf());
    expect(again.unit.proposal).toEqual({ kind: 'linked', localId: 'u-1' });
    expect(again.programme.proposal).toEqual({ kind: 'linked', localId: SEED_PROGRAMME_ID });
  });

  it('the same bundle twice changes nothing', async () => {
    const { db } = await setUpDb();
    await importOnce(db);
    const before = await dump(db);
    const summary = await importOnce(db, bundleOf(), {
      unit: { kind: 'existing', localId: 'u-1' },
    });
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 3, kept: 0, skipped: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('a newer rev at the source is one update, with its history naming the changed field', async () => {
    const { db } = await setUpDb();
    await importOnce(db);
    const newer = bundleData();
    newer.initiatives[1] = {
      ...newer.initiatives[1]!,
      rev: 2,
      title: 'Quy trình sơn tĩnh điện thế hệ 2',
    };
    const summary = await importOnce(db, bundleOf(newer, '2021-04-20T09:30:00.000Z'), {
      unit: { kind: 'existing', localId: 'u-1' },
    });
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect(await db.initiatives.get('i-2')).toMatchObject({
      rev: 2,
      title: 'Quy trình sơn tĩnh điện thế hệ 2',
    });
    expect((await rowOf(db, 'i-2'))?.title).toBe('Quy trình sơn tĩnh điện thế hệ 2');
    const [latest] = await listHistory(db, 'i-2');
    expect(latest).toMatchObject({
      action: 'update',
      note: 'Nhập từ hồ sơ của Công đoàn cơ sở Công ty Đồng Tiến ngày 20/04/2021',
      changes: [
        {
          field: 'title',
          label: expect.any(String) as string,
          before: 'Quy trình sơn tĩnh điện tiết kiệm',
          after: 'Quy trình sơn tĩnh điện thế hệ 2',
        },
      ],
    });
  });

  it('a record changed here and at the source is one conflict: skipped until resolved, nothing overwritten', async () => {
    const { db } = await setUpDb();
    await importOnce(db);
    await changeHere(db, 'i-1');
    const theirs = bundleData();
    theirs.initiatives[0] = { ...theirs.initiatives[0]!, rev: 2, novelty: 'Bổ sung ở cơ sở' };
    const bundle = bundleOf(theirs);
    const unit = { kind: 'existing', localId: 'u-1' } as const;

    const preview = await previewImport(db, bundle, { unit });
    expect(preview.plan.counts).toEqual({ new: 0, updated: 0, unchanged: 2, conflict: 1 });
    const unresolved = await importOnce(db, bundle, { unit });
    expect(unresolved).toMatchObject({ skipped: 1, updated: 0 });
    expect(await db.initiatives.get('i-1')).toMatchObject({ status: 'recognised', rev: 2 });
    // Still a conflict next time: nothing was taken.
    expect((await previewImport(db, bundle, { unit })).plan.counts.conflict).toBe(1);

    const kept = await importOnce(db, bundle, { unit, resolutions: { 'i-1': 'ours' } });
    expect(kept.kept).toBe(1);
    expect(await db.initiatives.get('i-1')).toMatchObject({
      status: 'recognised',
      novelty: 'Lần đầu áp dụng tại công ty',
    });
    expect((await previewImport(db, bundle, { unit })).plan.counts.conflict).toBe(0);
  });

  it('taking theirs in a conflict keeps the rev above both and the history of what changed', async () => {
    const { db } = await setUpDb();
    await importOnce(db);
    await changeHere(db, 'i-1');
    const theirs = bundleData();
    theirs.initiatives[0] = { ...theirs.initiatives[0]!, rev: 2, novelty: 'Bổ sung ở cơ sở' };
    const summary = await importOnce(db, bundleOf(theirs), {
      unit: { kind: 'existing', localId: 'u-1' },
      resolutions: { 'i-1': 'theirs' },
    });
    expect(summary.updated).toBe(1);
    expect(await db.initiatives.get('i-1')).toMatchObject({
      novelty: 'Bổ sung ở cơ sở',
      status: 'proposed',
      rev: 3,
    });
    const [latest] = await listHistory(db, 'i-1');
    expect(latest?.note).toMatch(/lấy bản của đơn vị gửi$/);
    expect(latest?.changes).toEqual([
      expect.objectContaining({ field: 'novelty', after: 'Bổ sung ở cơ sở' }),
      expect.objectContaining({
        field: 'status',
        before: 'Được công nhận',
        after: 'Đề xuất lên cấp trên',
      }),
    ]);
  });

  it('a failure mid-way writes nothing at all', async () => {
    const { db } = await setUpDb();
    const before = await dump(db);
    const result = await importBundle(db, bundleOf(), choices(), 'Lê Thị Huyện', {
      ...deps,
      onRecord: (id) => {
        if (id === 'i-2') throw new Error('ổ đĩa đầy');
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('IMPORT_FAILED');
    expect(result.error.message).toMatch(/không có gì được ghi, dữ liệu vẫn như trước/);
    expect(await dump(db)).toEqual(before);
  });

  it('a unit over its quota is refused until the clerk confirms, and nothing is written', async () => {
    const { db } = await setUpDb();
    const four = bundleData();
    four.initiatives.push({ ...four.initiatives[0]!, id: 'i-4', title: 'Sáng kiến thứ tư' });
    const before = await dump(db);
    const taken = snapshots.length;
    const refused = await importBundle(db, bundleOf(four), choices(), 'Lê Thị Huyện', deps);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('IMPORT_QUOTA_UNCONFIRMED');
    expect(refused.error.message).toMatch(/vượt hạn mức 3 sáng kiến mỗi đơn vị.*Chưa nhập gì\.$/);
    expect(await dump(db)).toEqual(before);
    expect(snapshots.length).toBe(taken);

    const summary = await importOnce(db, bundleOf(four), { quotaConfirmed: true });
    expect(summary.added).toBe(4);
  });

  it('takes a real backup through main before it writes', async () => {
    bridge = await installMainBridge();
    const { db } = await setUpDb();
    const result = await importBundle(db, bundleOf(), choices(), 'Lê Thị Huyện');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const files = await readdir(join(bridge.dataDir, 'backups'));
    expect(files).toContain(result.value.snapshot);
    expect(bridge.calls).toEqual(['backup:write:begin', 'backup:write:chunk', 'backup:write:end']);
  });
});
