// A restore that fails is refused: a damaged export before anything is touched, one that fails
// part-way with this machine's outbox (which no backup holds) kept. Putting the tables back from
// the snapshot taken before is restoreBackup's (round-trip.test.ts).
import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { DeskDb } from '../../../renderer/src/db/database';
import { exportDatabase, importDatabase } from '../../../renderer/src/backup/database-export';
import { useNodeBlobs } from './node-blobs';

useNodeBlobs();

const unit = (n: number) => ({
  id: `u-${n}`,
  parentId: null,
  name: `Tổ ${n}`,
  kind: 'cdcs' as const,
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'Văn thư',
  rev: 1,
});

async function dump(db: DeskDb) {
  return {
    settings: await db.settings.orderBy('key').toArray(),
    units: await db.units.orderBy('id').toArray(),
  };
}

describe('a restore that fails part-way', () => {
  it('is refused, and keeps the outbox', async () => {
    const db = new DeskDb(`failed-restore-${Date.now()}`);
    await db.units.bulkPut(Array.from({ length: 40 }, (_, n) => unit(n)));
    await db.settings.put({ key: 'activeProgrammeId', value: 'p-1' });
    const backup = await exportDatabase(db);
    // The export's rows are well-formed JSON, but one row of `units` comes twice: the database
    // refuses it only once the import has written the rows before it.
    const text = await backup.data.text();
    const twice = JSON.stringify(unit(7));
    expect(text).toContain(twice);
    const broken = text.replace(twice, `${twice},${twice}`);

    // Since the backup: a mail was queued and the clerk renamed a unit.
    await db.settings.put({ key: 'outbox:m-1', value: { state: 'queued' } });
    await db.units.put({ ...unit(3), name: 'Tổ bảo dưỡng', rev: 2 });

    await expect(
      importDatabase(db, new NodeBlob([broken]) as unknown as Blob, backup.schemaVersion),
    ).rejects.toThrow();

    expect((await dump(db)).settings).toContainEqual({
      key: 'outbox:m-1',
      value: { state: 'queued' },
    });
  });

  it('refuses an export cut short', async () => {
    const db = new DeskDb(`cut-restore-${Date.now()}`);
    await db.units.bulkPut(Array.from({ length: 40 }, (_, n) => unit(n)));
    const backup = await exportDatabase(db);
    const text = await backup.data.text();
    // Cut inside the rows of `units`: what comes before still parses, the rest never arrives.
    const cut = text.slice(0, text.indexOf('"u-25"'));

    await expect(
      importDatabase(db, new NodeBlob([cut]) as unknown as Blob, backup.schemaVersion),
    ).rejects.toThrow(/bảng units: \d+ trên 40 dòng/);
  });

  it('refuses an export without a table its schema has, before touching anything', async () => {
    const db = new DeskDb(`no-table-restore-${Date.now()}`);
    await db.units.bulkPut(Array.from({ length: 3 }, (_, n) => unit(n)));
    const backup = await exportDatabase(db);
    const json = JSON.parse(await backup.data.text()) as {
      data: { tables: { name: string }[]; data: { tableName: string }[] };
    };
    json.data.tables = json.data.tables.filter((t) => t.name !== 'units');
    json.data.data = json.data.data.filter((t) => t.tableName !== 'units');
    const before = await dump(db);

    await expect(
      importDatabase(
        db,
        new NodeBlob([JSON.stringify(json)]) as unknown as Blob,
        backup.schemaVersion,
      ),
    ).rejects.toThrow(/thiếu bảng dữ liệu units/);

    expect(await dump(db)).toEqual(before);
    expect(before.units).toHaveLength(3);
  });
});
