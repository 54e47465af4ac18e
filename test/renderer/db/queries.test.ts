// The queries outside React (renderer/src/db/queries/) over a real IndexedDB.
import { describe, expect, it } from 'vitest';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import { storeAttachment } from '../../../renderer/src/db/attachments';
import { trashInitiative } from '../../../renderer/src/db/initiatives';
import { updateProgramme } from '../../../renderer/src/db/programmes';
import { createUnit } from '../../../renderer/src/db/units';
import { loadProgrammeResults } from '../../../renderer/src/db/queries/programme-results';
import { loadReadinessInputs } from '../../../renderer/src/db/queries/readiness';
import {
  findSheet,
  listCouncils,
  loadProgrammeSessions,
  loadSessionData,
} from '../../../renderer/src/db/queries/session-data';
import {
  listUnitsByName,
  loadUnitTree,
  unitNamesOf,
} from '../../../renderer/src/db/queries/unit-tree';
import { createCouncil } from '../../../renderer/src/db/appraisal/councils';
import { members } from '../appraisal-fixtures';
import { sessionDb } from '../appraisal/session-fixture';

const by = 'Bình';

const scored = async () => {
  const ctx = await sessionDb();
  const scores = [
    { novelty: 27, applicability: 25, benefit: 28 },
    { novelty: 16, applicability: 15, benefit: 15 },
    { novelty: 30, applicability: 30, benefit: 30 },
  ];
  for (const [n, i] of ctx.initiatives.entries())
    for (const memberId of ['m1', 'm2', 'm3'])
      await saveSheet(
        ctx.db,
        {
          sessionId: ctx.session.id,
          initiativeId: i.id,
          memberId,
          scores: scores[n]!,
          comments: {},
        },
        by,
      );
  return ctx;
};

describe('loadProgrammeResults', () => {
  it('ranks the considered initiatives of the programme from the database alone', async () => {
    const { db, programme } = await scored();
    const view = await loadProgrammeResults(db, programme.id);
    const rankOf = (id: string) => view.results.get(id)?.rank?.overall;
    expect([rankOf('init-3'), rankOf('init-1'), rankOf('init-2')]).toEqual([1, 2, 3]);
    expect(view.results.get('init-3')?.expectedSheets).toBe(3);
    expect([...view.rows.keys()].sort()).toEqual(['init-1', 'init-2', 'init-3']);
    expect(view.sessions).toHaveLength(1);
    expect([...view.unitNames.values()]).toContain('Công đoàn cơ sở Công ty Cổ phần Tôn Đông Á');
  });

  it('leaves trashed initiatives out', async () => {
    const { db, programme } = await scored();
    await trashInitiative(db, 'init-3', by);
    const view = await loadProgrammeResults(db, programme.id);
    expect(view.results.has('init-3')).toBe(false);
    expect(view.results.get('init-1')?.rank?.overall).toBe(1);
  });
});

describe('session data', () => {
  it('gathers a session with its council, sheets and initiatives in order; null for none', async () => {
    const { db, session, council } = await scored();
    const data = (await loadSessionData(db, session.id))!;
    expect(data.council?.id).toBe(council.id);
    expect(data.sheets).toHaveLength(9);
    expect(data.initiatives.map((r) => r.id)).toEqual(session.initiativeIds);
    expect(await loadSessionData(db, 'no-such-session')).toBeNull();
  });

  it("lists a programme's sessions newest first and councils by name", async () => {
    const { db, programme, council } = await scored();
    const second = await createCouncil(
      db,
      { programmeId: programme.id, name: 'Hội đồng cấp cơ sở', members },
      by,
    );
    const { sessions, councils } = await loadProgrammeSessions(db, programme.id);
    expect(sessions).toHaveLength(1);
    expect(councils.map((c) => c.id)).toEqual([second.id, council.id]);
    expect(await listCouncils(db, 'another-programme')).toEqual([]);
  });

  it("finds one member's sheet for one initiative", async () => {
    const { db, session } = await scored();
    const key = { sessionId: session.id, initiativeId: 'init-2', memberId: 'm3' };
    expect((await findSheet(db, key))?.scores).toMatchObject({ novelty: 16 });
    expect(await findSheet(db, { ...key, memberId: 'm9' })).toBeUndefined();
  });
});

describe('loadReadinessInputs', () => {
  it("reads the programme's window, the sheet count and which attachments are stored", async () => {
    const { db, programme, initiatives } = await scored();
    await updateProgramme(
      db,
      programme.id,
      { ...programme, firstAppliedFrom: '2021-01-01', firstAppliedTo: '2021-12-31' },
      by,
    );
    const ref = await storeAttachment(db, new File(['bản vẽ'], 'ban-ve.pdf'));
    const missing = { ...ref, sha256: 'f'.repeat(64), name: 'khong-co.pdf' };
    const record = { ...initiatives[0]!, attachments: [ref, missing] };
    const inputs = await loadReadinessInputs(db, record);
    expect(inputs.programme).toEqual({
      firstAppliedFrom: '2021-01-01',
      firstAppliedTo: '2021-12-31',
    });
    expect(inputs.sheetCount).toBe(3);
    expect([...inputs.storedAttachments]).toEqual([ref.sha256]);
    const orphan = await loadReadinessInputs(db, { ...record, programmeId: 'gone' });
    expect(orphan.programme).toEqual({ firstAppliedFrom: null, firstAppliedTo: null });
  });
});

describe('unit tree', () => {
  it('reads the units by name, their names by id, and the tree under the office', async () => {
    const { db, office } = await scored();
    const child = await createUnit(
      db,
      { name: 'Công đoàn bộ phận Cán nguội', kind: 'cdcs', parentId: office.unitId },
      by,
    );
    const names = (await listUnitsByName(db)).map((u) => u.name);
    expect(names).toEqual([
      'Công đoàn bộ phận Cán nguội',
      'Công đoàn cơ sở Công ty Cổ phần Tôn Đông Á',
    ]);
    expect((await unitNamesOf(db)).get(child.id)).toBe('Công đoàn bộ phận Cán nguội');
    const [root] = await loadUnitTree(db, office.unitId, false);
    expect(root?.children?.map((n) => n.key)).toEqual([child.id]);
  });
});
