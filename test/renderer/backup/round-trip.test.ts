// Restoring gives back exactly what was backed up (issue 7): every table filled, backed up through
// the real main-process handlers into a temp folder, changed, restored, compared row by row and
// attachment blobs by their bytes.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDb } from '../../../renderer/src/db/database';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import { saveCertificateThresholds } from '../../../renderer/src/db/appraisal/settings';
import {
  makeBackup,
  readBackup,
  restoreBackup,
  snapshotBefore,
  type Step,
} from '../../../renderer/src/backup/backups';
import { sessionDb } from '../appraisal/session-fixture';
import { installMainBridge, type MainBridge } from './main-bridge';
import { useNodeBlobs } from './node-blobs';
import { ROW_CACHE_TABLES } from '../../../renderer/src/db/row-snapshot';

useNodeBlobs();

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

const bytesOf = (n: number, seed: number) =>
  new Uint8Array(n).map((_, i) => (i * seed + (i >> 3)) & 0xff);

/** The tables a backup holds: all but the cache of list rows (row-snapshot.ts). */
const backedUp = (db: DeskDb) =>
  db.tables.filter((t) => !(ROW_CACHE_TABLES as readonly string[]).includes(t.name));

/** Every table, rows in key order; Blobs replaced by their bytes so they compare by content. */
async function dump(db: DeskDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of backedUp(db)) {
    const rows: unknown[] = await table.toCollection().sortBy(':id');
    out[table.name] = await Promise.all(
      rows.map(async (row) => {
        if (typeof row !== 'object' || row === null || !('blob' in row)) return row;
        const { blob, ...rest } = row as { blob: Blob };
        return { ...rest, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) };
      }),
    );
  }
  return out;
}

async function filledDb() {
  const ctx = await sessionDb();
  const { db, programme, session, initiatives, office } = ctx;
  const by = office.userName;
  await saveCertificateThresholds(
    db,
    programme.id,
    { single: 90_000_000, threeYears: 150_000_000 },
    by,
  );
  await saveSheet(
    db,
    {
      sessionId: session.id,
      initiativeId: initiatives[0]!.id,
      memberId: 'm1',
      scores: {},
      comments: {},
    },
    by,
  );
  // A decision of the level above (the fixture's initiatives are still being appraised, so the
  // record is written directly rather than through the repository's status checks).
  await db.commendations.put({
    id: 'commendation-1',
    createdAt: '2021-05-05T00:00:00.000Z',
    updatedAt: '2021-05-05T00:00:00.000Z',
    updatedBy: by,
    rev: 1,
    programmeId: programme.id,
    initiativeId: initiatives[0]!.id,
    authorIds: [],
    level: 'tinh',
    form: 'bang_khen',
    decidingBody: 'Liên đoàn Lao động tỉnh Đồng Nai',
    decisionNumber: '125/QĐ-LĐLĐ',
    decisionDate: '2021-05-05',
    amount: 2_000_000,
    note: '',
  });
  const blobs = [bytesOf(70_000, 7), bytesOf(1, 1), new TextEncoder().encode('Bản thuyết minh')];
  const refs = [];
  for (const [i, bytes] of blobs.entries()) {
    const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    await db.attachments.put({
      sha256,
      blob: new Blob([bytes], { type: 'application/pdf' }),
      size: bytes.byteLength,
      type: 'application/pdf',
      createdAt: `2021-03-0${i + 1}T00:00:00.000Z`,
    });
    refs.push({ sha256, name: `tệp ${i}.pdf`, type: 'application/pdf', size: bytes.byteLength });
  }
  // What an import remembers (renderer/src/db/bundle-import.ts) goes into the backup too.
  await db.importLinks.put({
    key: 'unit:u-src',
    kind: 'unit',
    sourceId: 'u-src',
    localId: office.unitId,
    sourceName: 'CĐCS Công ty Đồng Tiến',
    linkedAt: '2021-04-16T08:00:00.000Z',
  });
  await db.importedRecords.put({
    id: initiatives[0]!.id,
    sourceRev: 1,
    sourceUpdatedAt: '2021-04-01T08:00:00.000Z',
    localRev: 1,
    originUnitId: 'u-src',
    fromUnitId: 'u-src',
    importedAt: '2021-04-16T08:00:00.000Z',
  });
  return { ...ctx, refs };
}

describe('backup and restore', () => {
  it('gives back every table row by row, attachment blobs by their bytes', async () => {
    const { db, refs, initiatives } = await filledDb();
    bridge = await installMainBridge();
    // The fixture's initiatives are submitted (not editable in the register): link the files
    // by writing the record directly.
    await db.initiatives.update(initiatives[1]!.id, { attachments: refs });
    expect(await db.rowChanges.count()).toBeGreaterThan(0);
    const empty = [];
    for (const table of backedUp(db)) if ((await table.count()) === 0) empty.push(table.name);
    expect(empty, 'every table holds rows before the backup').toEqual([]);
    const before = await dump(db);
    expect((before['attachments']![0] as { bytes: number[] }).bytes.length).toBeGreaterThan(0);

    const steps: Step[] = [];
    const written = await makeBackup(db, 'manual', { onStep: (s) => steps.push(s) });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(steps.some((s) => s.phase === 'export' && s.percent === 100)).toBe(true);
    expect(written.value.backup.reason).toBe('manual');

    // Change and delete things in every kind of way.
    await db.initiatives.update(initiatives[0]!.id, { title: 'Đã sửa sau khi sao lưu' });
    await db.initiatives.delete(initiatives[2]!.id);
    await db.units.put({ ...(await db.units.toArray())[0]!, id: 'unit-moi', name: 'Đơn vị mới' });
    await db.attachments.delete(refs[0]!.sha256);
    await db.scoreSheets.clear();
    await db.history.limit(2).delete();
    await db.settings.put({ key: 'them', value: 1 });
    expect(await dump(db)).not.toEqual(before);

    const read = await readBackup(written.value.backup.fileName);
    expect(read.ok).toBe(true);
    if (!read.ok || read.value === null) return;
    expect(read.value.manifest.tables['attachments']).toBe(3);
    const restoring: Step[] = [];
    const restored = await restoreBackup(db, read.value, (s) => restoring.push(s));
    expect(restored).toMatchObject({ ok: true });

    expect(await dump(db)).toEqual(before);
    // The list rows' cache is not in the backup, and what this machine had is dropped.
    expect(await db.rowChanges.count()).toBe(0);
    expect(restoring.map((s) => s.phase)).toContain('snapshot');
    expect(new Set(restoring.map((s) => s.phase))).toEqual(
      new Set(['load', 'snapshot', 'import', 'rebuild']),
    );
    expect(restoring.at(-1)).toEqual({ phase: 'rebuild', percent: 100 });

    // The state just before the restore was snapshotted first, and holds the changes.
    const names = await readdir(join(bridge.dataDir, 'backups'));
    expect(names.filter((n) => n.includes('truoc-khoi-phuc'))).toHaveLength(1);
    if (!restored.ok) return;
    const safety = await readBackup(restored.value.snapshot);
    expect(safety.ok && safety.value?.manifest).toMatchObject({
      reason: 'restore',
      tables: { attachments: 2, scoreSheets: 0, units: before['units']!.length + 1 },
    });
  });

  it('puts back what was there when a restore fails part-way', async () => {
    const { db, initiatives } = await filledDb();
    bridge = await installMainBridge();
    const written = await makeBackup(db, 'manual');
    if (!written.ok) throw new Error(written.error.message);
    // Since the backup: a title changed, a mail was queued.
    await db.initiatives.update(initiatives[0]!.id, { title: 'Đã sửa sau khi sao lưu' });
    await db.settings.put({ key: 'outbox:m-1', value: { state: 'queued' } });
    const before = await dump(db);

    const read = await readBackup(written.value.backup.fileName);
    if (!read.ok || read.value === null) throw new Error('the backup must read back');
    // The restore stops once it has replaced some rows (the window closed, the disk filled).
    let stoppedAt: number | null = null;
    const restored = await restoreBackup(db, read.value, (s) => {
      if (stoppedAt === null && s.phase === 'import' && (s.percent ?? 0) > 0) {
        stoppedAt = s.percent;
        throw new Error('dừng giữa chừng');
      }
    });

    expect(stoppedAt).not.toBeNull();
    expect(stoppedAt).toBeLessThan(100);
    expect(restored).toMatchObject({ ok: false, error: { code: 'RESTORE_FAILED' } });
    expect(restored.ok ? '' : restored.error.message).toMatch(/đưa về như trước/);
    expect(await dump(db)).toEqual(before);
  });

  it('snapshotBefore("import") writes a snapshot other features can rely on', async () => {
    const { db } = await filledDb();
    bridge = await installMainBridge();
    const result = await snapshotBefore(db, 'import');
    expect(result.ok && result.value.backup.reason).toBe('import');
    expect(await readdir(join(bridge.dataDir, 'backups'))).toEqual([
      result.ok ? result.value.backup.fileName : '',
    ]);
  });
});
