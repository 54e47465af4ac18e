// A backup made by an older build (database schema 1) restores into this one with the upgrades
// written since: the counts that schema 1 did not have are rebuilt from the records, and the list
// shows them.
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { describe, expect, it } from 'vitest';
import { DeskDb } from '../../../renderer/src/db/database';
import { SCHEMA } from '../../../renderer/src/db/schema';
import { toRow } from '../../../renderer/src/db/initiative-row';
import { getInitiativeCounts, liveTotal } from '../../../renderer/src/db/initiative-counts';
import { loadProgrammeRows } from '../../../renderer/src/search/load-rows';
import { importDatabase } from '../../../renderer/src/backup/database-export';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { useNodeBlobs } from './node-blobs';

useNodeBlobs();

describe('restoring a backup of an older schema', () => {
  it('imports the rows, then runs the upgrades written since', async () => {
    const old = new Dexie(`old-${Date.now()}`);
    old.version(1).stores(SCHEMA[0]!.stores);
    const initiatives = [1, 2, 3].map((n) =>
      completeInitiative({
        id: `i-${n}`,
        programmeId: 'p-1',
        unitId: 'u-1',
        title: `Sáng kiến số ${n}`,
        authors: [author(`Tác giả ${n}`, 100)],
      }),
    );
    await old.table('initiatives').bulkAdd(initiatives);
    await old.table('settings').put({ key: 'activeProgrammeId', value: 'p-1' });
    const data = await exportDB(old);
    old.close();

    const db = new DeskDb(`current-${Date.now()}`);
    await db.settings.put({ key: 'sẽ bị thay', value: true });
    await importDatabase(db, data, 1);

    expect(await db.settings.toArray()).toEqual([{ key: 'activeProgrammeId', value: 'p-1' }]);
    expect(await db.initiatives.count()).toBe(3);
    expect(await loadProgrammeRows(db, 'p-1')).toEqual(initiatives.map(toRow));
    expect(liveTotal(await getInitiativeCounts(db, 'p-1'))).toBe(3);
  });
});
