// The outbox is this machine's record of what it has sent: a backup leaves it out, and a restore
// keeps the entries the machine has now, so a mail sent after the backup never goes out again.
import { describe, expect, it } from 'vitest';
import { DeskDb } from '../../../renderer/src/db/database';
import { exportDatabase, importDatabase } from '../../../renderer/src/backup/database-export';
import { useNodeBlobs } from './node-blobs';

useNodeBlobs();

describe('backups and the outbox', () => {
  it('leave outbox entries out of the backup, and keep the current ones on restore', async () => {
    const db = new DeskDb(`outbox-kept-${Date.now()}`);
    await db.settings.bulkPut([
      { key: 'activeProgrammeId', value: 'p-1' },
      { key: 'outbox:a', value: { state: 'queued' } },
    ]);
    const backup = await exportDatabase(db);
    expect(await backup.data.text()).not.toContain('outbox:');
    expect(backup.tables['settings']).toBe(1);

    // After the backup: the mail went out, and the clerk changed a setting.
    await db.settings.bulkPut([
      { key: 'outbox:a', value: { state: 'sent' } },
      { key: 'activeProgrammeId', value: 'p-2' },
    ]);
    await importDatabase(db, backup.data, backup.schemaVersion);

    expect(await db.settings.orderBy('key').toArray()).toEqual([
      { key: 'activeProgrammeId', value: 'p-1' },
      { key: 'outbox:a', value: { state: 'sent' } },
    ]);
  });
});
