import { describe, expect, it } from 'vitest';
import { initiativeTables } from '../../../renderer/src/db/initiative-writes';
import { createInitiative, emptyDraft, listHistory } from '../../../renderer/src/db/initiatives';
import { RuleError } from '../../../renderer/src/db/rule-error';
import { moveInitiative } from '../../../renderer/src/db/status-moves';
import { completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';
import { rowOf } from './row-of';

const by = 'Trần Thị Bình';
const tables = (db: Awaited<ReturnType<typeof setUpDb>>['db']) => [
  ...initiativeTables(db),
  db.history,
];

describe('moveInitiative', () => {
  it('refuses a move the lifecycle does not hold and writes nothing', async () => {
    const { db, programme, office } = await setUpDb();
    const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
    const err: unknown = await db
      .transaction('rw', tables(db), () =>
        moveInitiative(db, draft, 'recognised', 'conclusion', by),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuleError);
    expect((err as RuleError).code).toBe('STATUS_MOVE_REFUSED');
    expect((await db.initiatives.get(draft.id))?.status).toBe('draft');
    expect((await rowOf(db, draft.id))?.status).toBe('draft');
    expect((await listHistory(db, draft.id)).map((h) => h.action)).toEqual(['create']);
  });

  it('writes the record, its row and a history entry with the status change', async () => {
    const { db, programme, office } = await setUpDb();
    const record = completeInitiative({ programmeId: programme.id, unitId: office.unitId });
    await db.initiatives.put({ ...record, status: 'recognised' });
    const moved = await db.transaction('rw', tables(db), () =>
      moveInitiative(db, { ...record, status: 'recognised' }, 'proposed', 'proposal', by, {
        note: 'Đề xuất lên LĐLĐ tỉnh',
        facts: { freeQuotaPlaces: 1 },
      }),
    );
    expect(moved?.record.status).toBe('proposed');
    expect(moved?.record.rev).toBe(record.rev + 1);
    expect((await rowOf(db, record.id))?.status).toBe('proposed');
    const [entry] = await listHistory(db, record.id);
    expect(entry).toMatchObject({
      action: 'status',
      note: 'Đề xuất lên LĐLĐ tỉnh',
      changes: [
        {
          field: 'status',
          label: 'Trạng thái',
          before: 'Được công nhận',
          after: 'Đề xuất lên cấp trên',
        },
      ],
    });
  });

  it('refuses a proposal when the quota is full', async () => {
    const { db, programme, office } = await setUpDb();
    const record = completeInitiative({
      programmeId: programme.id,
      unitId: office.unitId,
      status: 'recognised',
    });
    await db.initiatives.put(record);
    const err: unknown = await db
      .transaction('rw', tables(db), () =>
        moveInitiative(db, record, 'proposed', 'proposal', by, { facts: { freeQuotaPlaces: 0 } }),
      )
      .catch((e: unknown) => e);
    expect((err as RuleError).code).toBe('QUOTA_FULL');
    expect((await db.initiatives.get(record.id))?.status).toBe('recognised');
  });
});
