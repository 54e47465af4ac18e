// Commendations in a real IndexedDB (fake-indexeddb): history, the status move, refusals.
import { describe, expect, it } from 'vitest';
import type { CommendationInput } from '@shared/model/commendation';
import {
  deleteCommendation,
  listCommendations,
  recordCommendation,
  updateCommendation,
} from '../../../renderer/src/db/commendations';
import { onRowsChanged } from '../../../renderer/src/db/changes';
import { importInitiatives, listHistory } from '../../../renderer/src/db/initiatives';
import { loadDashboard } from '../../../renderer/src/db/queries/dashboard';
import { RuleError } from '../../../renderer/src/db/rule-error';
import { submitted } from '../appraisal-fixtures';
import { setUpDb } from '../helpers';
import { rowOf } from './row-of';

const by = 'Trần Thị Bình';

const setUp = async () => {
  const base = await setUpDb();
  const { db, programme, office } = base;
  await importInitiatives(
    db,
    [
      submitted(programme.id, office.unitId, 1, { status: 'proposed' }),
      submitted(programme.id, office.unitId, 2, { status: 'recognised' }),
      submitted(programme.id, office.unitId, 3, { status: 'submitted' }),
    ],
    by,
  );
  return base;
};

const input = (initiativeId: string, over: Partial<CommendationInput> = {}): CommendationInput => ({
  initiativeId,
  authorIds: [],
  level: 'tinh',
  form: 'bang_lao_dong_sang_tao',
  decidingBody: 'Liên đoàn Lao động tỉnh Đồng Nai',
  decisionNumber: '125/QĐ-LĐLĐ',
  decisionDate: '2021-05-05',
  amount: 2_000_000,
  note: '',
  ...over,
});

const refusal = (p: Promise<unknown>): Promise<RuleError> =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => {
      if (!(e instanceof RuleError)) throw e;
      return e;
    },
  );

describe('commendations', () => {
  it('moves a proposed initiative to commended on its first commendation, with history', async () => {
    const { db, programme } = await setUp();
    const heard: string[] = [];
    const stop = onRowsChanged((rows) => heard.push(...rows.map((r) => `${r.id}:${r.status}`)));
    const c = await recordCommendation(db, input('init-1'), by);
    stop();
    expect(c.programmeId).toBe(programme.id);
    expect((await db.initiatives.get('init-1'))?.status).toBe('commended');
    expect((await rowOf(db, 'init-1'))?.status).toBe('commended');
    expect(heard).toEqual(['init-1:commended']);
    const history = await listHistory(db, 'init-1');
    const record = history.find((h) => h.note === 'Ghi khen thưởng');
    expect(record?.changes).toEqual([
      {
        field: 'commendation',
        label: 'Khen thưởng',
        before: '',
        after: 'Bằng Lao động sáng tạo cấp tỉnh, QĐ số 125/QĐ-LĐLĐ ngày 05/05/2021, 2.000.000 đồng',
      },
    ]);
    expect(history.some((h) => h.action === 'status' && h.by === by)).toBe(true);

    // A second commendation leaves the status alone and writes no second move.
    await recordCommendation(db, input('init-1', { form: 'bang_khen', level: 'huyen' }), by);
    const again = await listHistory(db, 'init-1');
    expect(again.filter((h) => h.action === 'status')).toHaveLength(1);
    expect(await listCommendations(db, programme.id)).toHaveLength(2);
  });

  it('keeps a recognised initiative recognised and says why in its history', async () => {
    const { db } = await setUp();
    await recordCommendation(db, input('init-2', { amount: null }), by);
    expect((await db.initiatives.get('init-2'))?.status).toBe('recognised');
    const [latest] = await listHistory(db, 'init-2');
    expect(latest?.note).toBe(
      'Ghi khen thưởng; sáng kiến giữ trạng thái hiện tại vì chưa được đề xuất lên cấp trên',
    );
  });

  it('refuses an initiative not yet recognised, a stranger as author, and a bad date', async () => {
    const { db, programme } = await setUp();
    expect((await refusal(recordCommendation(db, input('init-3'), by))).code).toBe(
      'STATUS_MOVE_REFUSED',
    );
    expect(
      (await refusal(recordCommendation(db, input('init-1', { authorIds: ['a9'] }), by))).message,
    ).toContain('không phải tác giả');
    await refusal(recordCommendation(db, input('init-1', { decisionDate: '2021-02-31' }), by));
    await refusal(recordCommendation(db, input('init-1', { decisionNumber: '  ' }), by));
    expect(await listCommendations(db, programme.id)).toEqual([]);
    expect((await db.initiatives.get('init-1'))?.status).toBe('proposed');
  });

  it('edits and deletes with before and after in the history', async () => {
    const { db, programme } = await setUp();
    const c = await recordCommendation(db, input('init-1'), by);
    const edited = await updateCommendation(
      db,
      c.id,
      input('init-1', { decisionNumber: '126/QĐ-LĐLĐ', authorIds: ['a1'] }),
      'Lê Văn Cường',
    );
    expect(edited.rev).toBe(2);
    expect(edited.authorIds).toEqual(['a1']);
    const [latest] = await listHistory(db, 'init-1');
    expect(latest?.by).toBe('Lê Văn Cường');
    expect(latest?.changes[0]?.before).toContain('125/QĐ-LĐLĐ');
    expect(latest?.changes[0]?.after).toContain('126/QĐ-LĐLĐ');
    // Saving the same again writes nothing.
    await updateCommendation(
      db,
      c.id,
      input('init-1', { decisionNumber: '126/QĐ-LĐLĐ', authorIds: ['a1'] }),
      by,
    );
    expect((await db.commendations.get(c.id))?.rev).toBe(2);

    await deleteCommendation(db, c.id, by);
    expect(await listCommendations(db, programme.id)).toEqual([]);
    const [gone] = await listHistory(db, 'init-1');
    expect(gone?.note).toBe('Xóa khen thưởng');
    expect(gone?.changes[0]?.after).toBe('');
    // The lifecycle has no move back: the initiative stays commended.
    expect((await db.initiatives.get('init-1'))?.status).toBe('commended');
  });

  it('counts a Bằng Lao động sáng tạo in the dashboard, once an initiative however many decisions', async () => {
    const { db, programme } = await setUp();
    expect((await loadDashboard(db, programme, '2021-06-01')).certificatesAwarded).toBe(0);
    await recordCommendation(db, input('init-1'), by);
    await recordCommendation(db, input('init-1', { level: 'tong_lien_doan' }), by);
    await recordCommendation(db, input('init-2', { form: 'bang_khen' }), by);
    const f = await loadDashboard(db, programme, '2021-06-01');
    expect(f.certificatesAwarded).toBe(1);
    expect(f.certificates).toBe('below');
  });
});
