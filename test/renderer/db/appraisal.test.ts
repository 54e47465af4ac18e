import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '@shared/appraisal/rubric';
import {
  createSession,
  closeSession,
  reopenSession,
  updateSession,
  listSessionHistory,
} from '../../../renderer/src/db/appraisal/sessions';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import {
  clearScoresForRescore,
  getAppraisalSettings,
  saveRubric,
  ScoresExistError,
} from '../../../renderer/src/db/appraisal/settings';
import { updateCouncil } from '../../../renderer/src/db/appraisal/councils';
import { listHistory } from '../../../renderer/src/db/initiatives';
import { appraisalDb, members } from '../appraisal-fixtures';
import { rowOf } from './row-of';

const score = (novelty: number, applicability: number, benefit: number) => ({
  novelty,
  applicability,
  benefit,
});

const setUpSession = async () => {
  const ctx = await appraisalDb();
  const session = await createSession(
    ctx.db,
    {
      councilId: ctx.council.id,
      date: '2021-04-05',
      place: 'Biên Hòa',
      presentMemberIds: ['m1', 'm2', 'm3'],
      initiativeIds: ctx.initiatives.map((i) => i.id),
    },
    'Bình',
  );
  const sheet = (initiativeId: string, memberId: string, s: ReturnType<typeof score>) =>
    saveSheet(
      ctx.db,
      { sessionId: session.id, initiativeId, memberId, scores: s, comments: {} },
      'Bình',
    );
  return { ...ctx, session, sheet };
};

describe('council sessions', () => {
  it('moves considered initiatives to "đang thẩm định"', async () => {
    const { db, initiatives } = await setUpSession();
    expect((await db.initiatives.get(initiatives[0]!.id))?.status).toBe('appraising');
    expect((await rowOf(db, initiatives[0]!.id))?.status).toBe('appraising');
  });

  it('refuses a sheet for an absent member, a bad score, and keeps one sheet per member', async () => {
    const { db, council, initiatives, sheet } = await setUpSession();
    const two = await createSession(
      db,
      {
        councilId: council.id,
        date: '2021-04-06',
        place: 'Biên Hòa',
        presentMemberIds: ['m1'],
        initiativeIds: [initiatives[0]!.id],
      },
      'Bình',
    );
    await expect(
      saveSheet(
        db,
        {
          sessionId: two.id,
          initiativeId: initiatives[0]!.id,
          memberId: 'm2',
          scores: {},
          comments: {},
        },
        'Bình',
      ),
    ).rejects.toThrow(/không có mặt/);
    await expect(sheet(initiatives[0]!.id, 'm1', score(31, 1, 1))).rejects.toThrow(
      'Tính mới: tối đa 30 điểm',
    );
    await expect(sheet(initiatives[0]!.id, 'm1', score(-1, 1, 1))).rejects.toThrow(/không được âm/);
    await sheet(initiatives[0]!.id, 'm1', score(20, 20, 20));
    await sheet(initiatives[0]!.id, 'm1', score(21, 20, 20));
    const sheets = await db.scoreSheets.where('initiativeId').equals(initiatives[0]!.id).toArray();
    expect(sheets.filter((s) => s.sessionId !== two.id)).toHaveLength(1);
    expect(sheets[0]?.scores.novelty).toBe(21);
    // A second sheet for the same member and initiative is refused by the database itself.
    await expect(db.scoreSheets.add({ ...sheets[0]!, id: 'dup' })).rejects.toThrow();
  });

  it('closes with conclusions, locks, reopens with a reason and keeps both in history', async () => {
    const { db, session, initiatives, sheet } = await setUpSession();
    const [a, b, c] = initiatives.map((i) => i.id) as [string, string, string];
    for (const m of ['m1', 'm2', 'm3']) {
      await sheet(a, m, score(27, 25, 30));
      await sheet(b, m, score(16, 15, 15));
    }
    await expect(closeSession(db, session.id, 'Bình')).rejects.toThrow(
      /Chưa chấm xong: Sáng kiến số 3/,
    );
    await sheet(c, 'm1', score(0, 30, 40));
    await sheet(c, 'm2', score(27, 30, 40));
    await sheet(c, 'm3', score(27, 30, 40));
    const closed = await closeSession(db, session.id, 'Bình');
    expect(closed.conclusions[a]?.recognised).toBe(true);
    expect(closed.conclusions[b]).toEqual({
      recognised: false,
      reason: 'Điểm trung bình 46 dưới mức 50',
    });
    expect(closed.conclusions[c]?.reason).toMatch(/chấm 0 điểm tiêu chí "Tính mới"/);
    expect((await db.initiatives.get(a))?.status).toBe('recognised');
    expect((await db.initiatives.get(b))?.status).toBe('not_recognised');

    await expect(sheet(a, 'm1', score(20, 20, 20))).rejects.toThrow(/Mở lại phiên họp/);
    await expect(reopenSession(db, session.id, '  ', 'Bình')).rejects.toThrow(/lý do/);
    await reopenSession(db, session.id, 'Sai điểm của ủy viên', 'Bình');
    expect((await db.initiatives.get(a))?.status).toBe('appraising');
    await sheet(a, 'm1', score(20, 20, 20));

    const history = await listSessionHistory(db, session.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'reopen', 'close']);
    expect(history[1]?.note).toBe('Sai điểm của ủy viên');
    const initiativeHistory = await listHistory(db, a);
    expect(initiativeHistory.map((h) => h.action).slice(0, 3)).toEqual([
      'status',
      'status',
      'status',
    ]);
  });

  it('refuses to drop a member or initiative that has sheets, and an absent member from the council', async () => {
    const { db, session, council, initiatives, sheet } = await setUpSession();
    await sheet(initiatives[0]!.id, 'm3', score(20, 20, 20));
    await expect(
      updateSession(db, session.id, { ...session, presentMemberIds: ['m1', 'm2'] }, 'Bình'),
    ).rejects.toThrow(/đã có phiếu chấm/);
    await expect(
      updateCouncil(
        db,
        council.id,
        { programmeId: council.programmeId, name: council.name, members: members.slice(0, 2) },
        'Bình',
      ),
    ).rejects.toThrow(/đã dự phiên họp/);
  });
});

describe('corrections after a reopen', () => {
  it('go to the session history, one entry per sheet and clerk, with before → after', async () => {
    const { db, session, initiatives, sheet } = await setUpSession();
    const [a, b, c] = initiatives.map((i) => i.id) as [string, string, string];
    for (const m of ['m1', 'm2', 'm3'])
      for (const id of [a, b, c]) await sheet(id, m, score(27, 25, 30));
    // Scoring before any close is the sheets' own record, not a correction.
    expect((await listSessionHistory(db, session.id)).map((h) => h.action)).toEqual([]);
    await closeSession(db, session.id, 'Bình');
    await reopenSession(db, session.id, 'Ủy viên chấm nhầm', 'Bình');
    await sheet(a, 'm3', score(20, 25, 30));
    await sheet(a, 'm3', score(21, 25, 30));
    await saveSheet(
      db,
      {
        sessionId: session.id,
        initiativeId: a,
        memberId: 'm3',
        scores: score(21, 25, 30),
        comments: { novelty: 'Đã có ở xưởng 2' },
      },
      'Bình',
    );
    const history = await listSessionHistory(db, session.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'reopen', 'close']);
    expect(history[0]!.changes).toEqual([
      {
        field: 'novelty',
        label: 'Sáng kiến số 1 · Lê Văn Cường · Tính mới',
        before: '27',
        after: '21',
      },
      {
        field: 'novelty:comment',
        label: 'Sáng kiến số 1 · Lê Văn Cường · Nhận xét Tính mới',
        before: '',
        after: 'Đã có ở xưởng 2',
      },
    ]);
    await sheet(b, 'm1', score(26, 25, 30));
    expect((await listSessionHistory(db, session.id)).map((h) => h.action)).toEqual([
      'update',
      'update',
      'reopen',
      'close',
    ]);
  });
});

describe('rubric changes', () => {
  it('are refused once scores exist, and allowed after clearing for a rescore', async () => {
    const { db, programme, initiatives, sheet, session } = await setUpSession();
    const changed = { ...DEFAULT_RUBRIC, passAverage: 60 };
    await saveRubric(db, programme.id, { ...DEFAULT_RUBRIC, passAverage: 55 }, 'Bình');
    expect((await getAppraisalSettings(db, programme.id)).rubric.passAverage).toBe(55);
    await sheet(initiatives[0]!.id, 'm1', score(20, 20, 20));
    await expect(saveRubric(db, programme.id, changed, 'Bình')).rejects.toThrow(ScoresExistError);
    expect((await getAppraisalSettings(db, programme.id)).rubric.passAverage).toBe(55);
    expect(
      await clearScoresForRescore(db, programme.id, 'Bình', 'Đổi thang điểm theo hướng dẫn mới'),
    ).toBe(1);
    await saveRubric(db, programme.id, changed, 'Bình');
    expect((await getAppraisalSettings(db, programme.id)).rubric.passAverage).toBe(60);
    expect(session.closed).toBe(false);
  });
});
