import { afterEach, describe, expect, it } from 'vitest';
import {
  createInitiative,
  discardEmptyDraft,
  emptyDraft,
  importInitiatives,
  listHistory,
  restoreInitiative,
  submitInitiative,
  trashInitiative,
  updateInitiative,
} from '../../../renderer/src/db/initiatives';
import { onRowsChanged } from '../../../renderer/src/db/changes';
import type { InitiativeRow } from '../../../renderer/src/db/initiative-row';
import { RuleError } from '../../../renderer/src/db/rule-error';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';
import { rowOf } from './row-of';
import { getInitiativeCounts } from '../../../renderer/src/db/initiative-counts';

const by = 'Trần Thị Bình';
let stop: (() => void) | null = null;
afterEach(() => stop?.());

const newDraft = async () => {
  const env = await setUpDb();
  const draft = await createInitiative(env.db, emptyDraft(env.programme.id, env.office.unitId), by);
  return { ...env, draft };
};

const filled = {
  title: 'Cải tiến máy hàn tự động',
  field: 'Sản xuất có giá trị cao',
  authors: [author('Nguyễn Văn An', 100)],
  applicationField: 'Cơ khí',
  firstAppliedOn: '2021-03-01',
  knownSolution: 'Hàn thủ công',
  content: 'Gắn bộ điều khiển',
  novelty: 'Mới',
  applicability: 'Mọi dây chuyền',
  economicBenefit: 125_000_000,
};

describe('initiatives repository', () => {
  it('creates a draft with its list row and a "create" history entry', async () => {
    const { db, draft } = await newDraft();
    expect(draft.status).toBe('draft');
    expect(draft.rev).toBe(1);
    expect(await rowOf(db, draft.id)).toMatchObject({ id: draft.id, trashed: 0 });
    const history = await listHistory(db, draft.id);
    expect(history.map((h) => h.action)).toEqual(['create']);
    expect(history[0]!.by).toBe(by);
  });

  it('stores NFC text and folds the autosaves of one session into one history entry', async () => {
    const { db, draft } = await newDraft();
    const seen: InitiativeRow[] = [];
    stop = onRowsChanged((rows) => seen.push(...rows));
    await updateInitiative(db, draft.id, { title: 'Sáng'.normalize('NFD') }, by, 's1');
    await updateInitiative(db, draft.id, { title: 'Sáng kiến' }, by, 's1');
    await updateInitiative(db, draft.id, { investor: 'Công ty A' }, by, 's1');
    let history = await listHistory(db, draft.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual([
      { field: 'title', label: 'Tên sáng kiến', before: '', after: 'Sáng kiến' },
      { field: 'investor', label: 'Chủ đầu tư tạo ra sáng kiến', before: '', after: 'Công ty A' },
    ]);
    const saved = (await db.initiatives.get(draft.id))!;
    expect(saved.title).toBe('Sáng kiến');
    expect(saved.title).toBe(saved.title.normalize('NFC'));
    expect(saved.rev).toBe(4);
    expect((await rowOf(db, draft.id))!.title).toBe('Sáng kiến');
    expect(seen.map((r) => r.title)).toEqual(['Sáng', 'Sáng kiến', 'Sáng kiến']);

    // Another visit is another entry; a field changed back disappears from its entry.
    await updateInitiative(db, draft.id, { investor: 'Công ty B' }, by, 's2');
    await updateInitiative(db, draft.id, { investor: 'Công ty A' }, by, 's2');
    history = await listHistory(db, draft.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'update', 'create']);
    expect(history[0]!.changes).toEqual([]);
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const { db, draft } = await newDraft();
    const same = await updateInitiative(db, draft.id, { title: '' }, by, 's1');
    expect(same.rev).toBe(1);
    expect(await listHistory(db, draft.id)).toHaveLength(1);
  });

  it('refuses to submit an incomplete draft and writes nothing', async () => {
    const { db, draft } = await newDraft();
    await updateInitiative(db, draft.id, { title: 'Máy hàn' }, by, 's1');
    const res = await submitInitiative(db, draft.id, by);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems.map((p) => p.path)).toContain('authors');
    expect((await db.initiatives.get(draft.id))!.status).toBe('draft');
    expect((await listHistory(db, draft.id)).map((h) => h.action)).not.toContain('submit');
  });

  it('submits a complete draft once, then refuses a second submit', async () => {
    const { db, draft } = await newDraft();
    await updateInitiative(db, draft.id, filled, by, 's1');
    const res = await submitInitiative(db, draft.id, by);
    expect(res.ok).toBe(true);
    expect((await rowOf(db, draft.id))!.status).toBe('submitted');
    const [last] = await listHistory(db, draft.id);
    expect(last!.action).toBe('submit');
    expect(last!.changes).toEqual([
      { field: 'status', label: 'Trạng thái', before: 'Nháp', after: 'Đã nộp' },
    ]);
    await expect(submitInitiative(db, draft.id, by)).rejects.toBeInstanceOf(RuleError);
  });

  it('refuses edits once the council has it', async () => {
    const { db, draft } = await newDraft();
    await db.initiatives.update(draft.id, { status: 'appraising' });
    await expect(updateInitiative(db, draft.id, { title: 'x' }, by, 's1')).rejects.toThrow(
      /Hội đồng/,
    );
  });

  it('moves to the trash and back, with history, and the list row follows', async () => {
    const { db, draft } = await newDraft();
    await trashInitiative(db, draft.id, by);
    expect((await db.initiatives.get(draft.id))!.deletedAt).not.toBeNull();
    expect((await rowOf(db, draft.id))!.trashed).toBe(1);
    await expect(updateInitiative(db, draft.id, { title: 'x' }, by, 's')).rejects.toThrow();
    await restoreInitiative(db, draft.id, by);
    expect((await db.initiatives.get(draft.id))!.deletedAt).toBeNull();
    expect((await rowOf(db, draft.id))!.trashed).toBe(0);
    expect((await listHistory(db, draft.id)).map((h) => h.action)).toEqual([
      'restore',
      'delete',
      'create',
    ]);
  });

  it('discards an untouched new draft without a trace, but never an edited one', async () => {
    const { db, draft } = await newDraft();
    const removed: string[] = [];
    stop = onRowsChanged((_rows, ids) => removed.push(...ids));
    expect(await discardEmptyDraft(db, draft.id)).toBe(true);
    expect(await db.initiatives.get(draft.id)).toBeUndefined();
    expect(await rowOf(db, draft.id)).toBeUndefined();
    expect(await listHistory(db, draft.id)).toEqual([]);
    expect(removed).toEqual([draft.id]);

    const other = await createInitiative(db, emptyDraft(draft.programmeId, draft.unitId), by);
    await updateInitiative(db, other.id, { title: 'Có nội dung' }, by, 's');
    expect(await discardEmptyDraft(db, other.id)).toBe(false);
    expect(await db.initiatives.get(other.id)).toBeDefined();
  });

  it('never discards an imported record that happens to be at rev 1', async () => {
    const { db, programme, office } = await setUpDb();
    const record = completeInitiative({ programmeId: programme.id, unitId: office.unitId });
    await importInitiatives(db, [record], by);
    expect(await discardEmptyDraft(db, record.id)).toBe(false);
    expect(await db.initiatives.get(record.id)).toBeDefined();
  });

  it('imports valid records with rows and history', async () => {
    const { db, programme, office } = await setUpDb();
    const records = [1, 2, 3].map((n) =>
      completeInitiative({ id: `imp-${n}`, programmeId: programme.id, unitId: office.unitId }),
    );
    expect(await importInitiatives(db, records, by)).toBe(3);
    expect(await db.initiatives.count()).toBe(3);
    const [h, ...more] = await listHistory(db, programme.id);
    expect(more).toEqual([]);
    expect(h).toMatchObject({
      action: 'create',
      entityType: 'programme',
      note: 'Nhập dữ liệu: 3 sáng kiến',
      by,
    });
  });

  it('refuses an import with one bad record and writes nothing at all', async () => {
    const { db, programme, office } = await setUpDb();
    const good = completeInitiative({
      id: 'ok-1',
      programmeId: programme.id,
      unitId: office.unitId,
    });
    const bad = [
      { ...good, id: 'bad-1', economicBenefit: -5 },
      { ...good, id: 'bad-2', status: 'approved' },
      { ...good, id: 'bad-3', firstAppliedOn: '20/04/2021' },
      { ...good, id: 'bad-4', authors: [{ name: 'Thiếu trường' }] },
      'not an object',
    ];
    for (const b of bad) {
      await expect(importInitiatives(db, [good, b], by)).rejects.toThrow();
    }
    expect(await db.initiatives.count()).toBe(0);
    expect(await listHistory(db, programme.id)).toEqual([]);
  });

  it('only adds: an import holding a stored initiative, or one id twice, is refused and writes nothing', async () => {
    const { db, programme, office } = await setUpDb();
    const stored = completeInitiative({
      id: 'da-co',
      title: 'Máy cắt tôn tự động',
      programmeId: programme.id,
      unitId: office.unitId,
    });
    await importInitiatives(db, [stored], by);
    const counts = await getInitiativeCounts(db, programme.id);
    const fresh = completeInitiative({
      id: 'moi',
      programmeId: programme.id,
      unitId: office.unitId,
    });
    const again = { ...stored, title: 'Máy cắt tôn tự động (sửa)', status: 'draft' as const };
    for (const batch of [
      [fresh, again],
      [fresh, { ...fresh, title: 'Lần hai' }],
    ]) {
      const err: unknown = await importInitiatives(db, batch, by).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RuleError);
      expect((err as RuleError).code).toBe('ALREADY_STORED');
      expect((err as RuleError).message).toMatch(/đã có trong sổ.*Chưa nhập sáng kiến nào/);
    }
    expect(await db.initiatives.get('da-co')).toEqual(stored);
    expect(await db.initiatives.get('moi')).toBeUndefined();
    expect(await getInitiativeCounts(db, programme.id)).toEqual(counts);
    expect(await listHistory(db, programme.id)).toHaveLength(1);
  });
});
