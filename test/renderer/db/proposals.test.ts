import { describe, expect, it } from 'vitest';
import { onRowsChanged } from '../../../renderer/src/db/changes';
import { importInitiatives, listHistory } from '../../../renderer/src/db/initiatives';
import { proposeInitiative, withdrawProposal } from '../../../renderer/src/db/proposals';
import { loadProposalScreen } from '../../../renderer/src/db/queries/proposal-candidates';
import { RuleError } from '../../../renderer/src/db/rule-error';
import { appraisalDb, submitted } from '../appraisal-fixtures';

const by = 'Trần Thị Bình';

/** Five recognised initiatives of the office's unit; all but the fifth have a score sheet. */
const fiveRecognised = async () => {
  const base = await appraisalDb();
  const { db, programme, office } = base;
  const recognised = [4, 5, 6, 7, 8].map((n) =>
    submitted(programme.id, office.unitId, n, { status: 'recognised' }),
  );
  await importInitiatives(db, recognised, by);
  await db.scoreSheets.bulkPut(
    recognised.slice(0, 4).map((i, n) => ({
      id: `sheet-${n}`,
      createdAt: '2021-04-01T00:00:00.000Z',
      updatedAt: '2021-04-01T00:00:00.000Z',
      updatedBy: by,
      rev: 1,
      sessionId: 'session-1',
      initiativeId: i.id,
      memberId: 'm1',
      scores: {},
      comments: {},
    })),
  );
  return { ...base, recognised };
};

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

describe('proposals within the quota', () => {
  it('proposes three, refuses the fourth naming the three, and frees a place on withdrawal', async () => {
    const { db, recognised, programme } = await fiveRecognised();
    const [a, b, c, d] = recognised.map((i) => i.id) as [string, string, string, string];
    for (const id of [a, b, c]) await proposeInitiative(db, id, by);
    const err = await refusal(proposeInitiative(db, d, by));
    expect(err.code).toBe('QUOTA_FULL');
    for (const n of [4, 5, 6]) expect(err.message).toContain(`"Sáng kiến số ${n}"`);
    expect(err.message).toContain('Sáng kiến số 7');
    expect((await db.initiatives.get(d))?.status).toBe('recognised');

    await withdrawProposal(db, b, by);
    await proposeInitiative(db, d, by);
    const screen = await loadProposalScreen(db, programme.id);
    const proposed = screen.units.flatMap((u) => u.candidates.filter((x) => x.proposed));
    expect(proposed.map((x) => x.id).sort()).toEqual([a, c, d].sort());
    expect(screen.quota).toBe(3);
    expect(screen.units[0]?.proposedCount).toBe(3);

    const history = await listHistory(db, b);
    expect(history.slice(0, 2).map((h) => [h.by, h.note])).toEqual([
      [by, 'Bỏ đề xuất lên cấp trên'],
      [by, 'Chọn đề xuất lên cấp trên (còn 1/3 chỗ của đơn vị)'],
    ]);
  });

  it('tells the list in memory of each move, so the register and dashboard need no reload', async () => {
    const { db, recognised } = await fiveRecognised();
    const id = recognised[0]!.id;
    const seen: string[] = [];
    const stop = onRowsChanged((rows) => rows.forEach((r) => seen.push(`${r.id}:${r.status}`)));
    try {
      await proposeInitiative(db, id, by);
      await proposeInitiative(db, id, by); // already proposed: nothing moves, nothing announced
      await withdrawProposal(db, id, by);
    } finally {
      stop();
    }
    expect(seen).toEqual([`${id}:proposed`, `${id}:recognised`]);
  });

  it('refuses an initiative that is not ready, with its readiness list', async () => {
    const { db, recognised } = await fiveRecognised();
    const fifth = recognised[4]!.id;
    const err = await refusal(proposeInitiative(db, fifth, by));
    expect(err.code).toBe('NOT_READY');
    expect(err.message).toContain('Chưa có phiếu chấm điểm');
    expect((await db.initiatives.get(fifth))?.status).toBe('recognised');
    const screen = await loadProposalScreen(db, recognised[0]!.programmeId);
    const row = screen.units[0]?.candidates.find((x) => x.id === fifth);
    expect(row?.problems.map((p) => p.code)).toEqual(['no_sheets']);
  });

  it('applies the quota per unit: another unit has places of its own', async () => {
    const { db, recognised } = await fiveRecognised();
    for (const i of recognised.slice(0, 3)) await proposeInitiative(db, i.id, by);
    const other = recognised[3]!;
    await db.initiatives.put({ ...other, unitId: 'another-unit' });
    await proposeInitiative(db, other.id, by);
    expect((await db.initiatives.get(other.id))?.status).toBe('proposed');
  });
});
