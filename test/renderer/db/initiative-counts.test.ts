import { toRow } from '../../../renderer/src/db/initiative-row';
import { describe, expect, it } from 'vitest';
import type { Initiative } from '@shared/model/initiative';
import type { DeskDb } from '../../../renderer/src/db/database';
import {
  countRows,
  emptyCounts,
  getInitiativeCounts,
  liveTotal,
} from '../../../renderer/src/db/initiative-counts';
import {
  createInitiative,
  discardEmptyDraft,
  emptyDraft,
  importInitiatives,
  restoreInitiative,
  submitInitiative,
  trashInitiative,
  updateInitiative,
} from '../../../renderer/src/db/initiatives';
import { countProgrammeInitiatives } from '../../../renderer/src/db/programmes';
import { completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';
import { storeOver } from './store-over';
import { RuleError } from '../../../renderer/src/db/rule-error';

/** A small seeded generator, so a failure repeats. */
const randomFrom = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

/** The counts as a count over every stored row would give them. */
const countedOver = async (db: DeskDb) => {
  const counted = countRows((await db.initiatives.toArray()).map(toRow));
  const stored = await db.initiativeCounts.toArray();
  const expected = new Map(
    stored.map((c) => [c.programmeId, counted.get(c.programmeId) ?? emptyCounts(c.programmeId)]),
  );
  for (const [id, c] of counted) expected.set(id, c);
  return { stored: new Map(stored.map((c) => [c.programmeId, c])), expected };
};

describe('initiative counts', () => {
  it('equal a count over the rows after many random writes through every write path', async () => {
    const { db, office, programme } = await setUpDb();
    const other = 'p-other';
    const by = office.userName;
    const random = randomFrom(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const ids: string[] = [];
    let imported = 0;
    let refusedImports = 0;
    for (let step = 0; step < 160; step++) {
      const action = random();
      const id = ids.length ? pick(ids) : null;
      try {
        if (action < 0.25 || !id) {
          const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
          ids.push(draft.id);
        } else if (action < 0.4) {
          const moveTo = random() < 0.3 ? other : programme.id;
          await updateInitiative(
            db,
            id,
            { title: `Sáng kiến ${step}`, programmeId: moveTo },
            by,
            `s-${step}`,
          );
        } else if (action < 0.5) {
          await updateInitiative(
            db,
            id,
            {
              ...completeInitiative(),
              id: undefined,
              programmeId: programme.id,
            } as Partial<Initiative>,
            by,
            `s-${step}`,
          );
          await submitInitiative(db, id, by);
        } else if (action < 0.65) {
          await trashInitiative(db, id, by);
        } else if (action < 0.75) {
          await restoreInitiative(db, id, by);
        } else if (action < 0.85) {
          if (await discardEmptyDraft(db, id)) ids.splice(ids.indexOf(id), 1);
        } else {
          // An import brings new records; the bundle path writes over records already held (now
          // in another state), one of them twice in one batch; an import holding a record
          // already held is refused whole.
          const fresh = Array.from({ length: 5 }, (_, n) =>
            completeInitiative({
              id: `imp-${imported++}`,
              programmeId: random() < 0.5 ? other : programme.id,
              status: pick(['draft', 'submitted', 'recognised'] as const),
              deletedAt: random() < 0.2 ? '2021-05-01T00:00:00.000Z' : null,
              updatedAt: new Date(Date.UTC(2021, 4, 1, 0, step, n)).toISOString(),
            }),
          );
          await importInitiatives(db, fresh, by);
          const again = (await db.initiatives.bulkGet(ids.slice(0, 3))).filter(
            (i): i is Initiative => i !== undefined,
          );
          const changed = again.map((i) => ({
            ...i,
            status: 'submitted' as const,
            deletedAt: null,
          }));
          await storeOver(db, [...changed, ...changed.slice(0, 1)]);
          const refused = completeInitiative({ id: `imp-${imported++}`, programmeId: other });
          const outcome = await importInitiatives(db, [refused, ...fresh.slice(0, 1)], by).catch(
            (e: unknown) => (e instanceof RuleError ? e.code : e),
          );
          if (outcome === 'ALREADY_STORED') refusedImports++;
          for (const f of fresh) if (!ids.includes(f.id)) ids.push(f.id);
        }
      } catch {
        // Refused writes (a trashed record edited, a submitted one submitted again) change nothing.
      }
      if (step % 40 === 39) {
        const { stored, expected } = await countedOver(db);
        expect(stored).toEqual(expected);
      }
    }
    const { stored, expected } = await countedOver(db);
    expect(stored).toEqual(expected);
    expect(expected.get(programme.id)!.trashed).toBeGreaterThan(0);
    expect(expected.get(programme.id)!.live.submitted).toBeGreaterThan(0);
    expect(expected.get(other)).toBeDefined();
    expect(refusedImports).toBeGreaterThan(0);
    expect(await countProgrammeInitiatives(db, programme.id)).toBe(
      liveTotal(expected.get(programme.id)!),
    );
    db.close();
  });

  it('are zero for a programme without initiatives, and a refused write leaves them alone', async () => {
    const { db, office, programme } = await setUpDb();
    expect(await getInitiativeCounts(db, programme.id)).toEqual(emptyCounts(programme.id));
    const draft = await createInitiative(db, emptyDraft(programme.id, office.unitId), 'x');
    await expect(submitInitiative(db, draft.id, 'x')).resolves.toMatchObject({ ok: false });
    await expect(importInitiatives(db, [{ id: 'bad' }], 'x')).rejects.toThrow();
    const counts = await getInitiativeCounts(db, programme.id);
    expect(counts.live.draft).toBe(1);
    expect(liveTotal(counts)).toBe(1);
    db.close();
  });
});
