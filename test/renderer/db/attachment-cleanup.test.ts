// Issue 7, attachments: a limit on one initiative's files together, and attachment data no record
// uses is freed, at start and after a file is taken off.
import { describe, expect, it, vi } from 'vitest';
import { MAX_INITIATIVE_ATTACHMENTS_BYTES, type AttachmentRef } from '@shared/model/initiative';
import {
  FRESH_ATTACHMENT_MS,
  freeUnusedAttachments,
  storeAttachment,
} from '../../../renderer/src/db/attachments';
import {
  createInitiative,
  emptyDraft,
  trashInitiative,
  updateInitiative,
} from '../../../renderer/src/db/initiatives';
import { RuleError } from '../../../renderer/src/db/rule-error';
import { setUpDb } from '../helpers';

const by = 'Trần Thị Bình';
const MB = 1024 * 1024;
const NOW = new Date('2026-12-02T08:00:00.000Z');
const OLD = '2020-01-01T00:00:00.000Z';
const FRESH = new Date(NOW.getTime() - FRESH_ATTACHMENT_MS / 2).toISOString();

const file = (size: number, name: string, fill = 1) =>
  new File([new Uint8Array(size).fill(fill)], name, { type: 'application/pdf' });

/** Stores bytes as if attached at `createdAt`, and returns the reference a record would hold. */
async function stored(
  db: Awaited<ReturnType<typeof setUpDb>>['db'],
  fill: number,
  createdAt: string,
): Promise<AttachmentRef> {
  const ref = await storeAttachment(db, file(100, `tep-${fill}.pdf`, fill));
  await db.attachments.update(ref.sha256, { createdAt });
  return ref;
}

describe('the limit on one initiative’s attachments together', () => {
  it('refuses a file that would take the total past 50 MB, stating the limit and the total', async () => {
    const { db } = await setUpDb();
    const attached = 45 * MB;
    const err = await storeAttachment(db, file(6 * MB, 'bản vẽ.pdf'), attached).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RuleError);
    expect((err as Error).message).toBe(
      'Không đính kèm được tệp "bản vẽ.pdf" (6,0 MB): các tệp của sáng kiến này đã có 45,0 MB, ' +
        'thêm tệp này sẽ vượt giới hạn 50 MB cho mỗi sáng kiến. Hãy bỏ bớt tệp không cần hoặc ' +
        'nén tệp rồi đính kèm lại.',
    );
    expect(await db.attachments.count()).toBe(0);
  });

  it('accepts a file that brings the total to exactly 50 MB', async () => {
    const { db } = await setUpDb();
    const ref = await storeAttachment(db, file(5 * MB, 'vua-du.pdf'), 45 * MB);
    expect(45 * MB + ref.size).toBe(MAX_INITIATIVE_ATTACHMENTS_BYTES);
  });
});

describe('freeing attachment data no record uses', () => {
  it('frees only data no initiative (trashed ones included) refers to, and not fresh data', async () => {
    const { db, programme, office } = await setUpDb();
    const [live, trashed, unused, fresh] = [
      await stored(db, 1, OLD),
      await stored(db, 2, OLD),
      await stored(db, 3, OLD),
      await stored(db, 4, FRESH),
    ];
    const a = await createInitiative(
      db,
      { ...emptyDraft(programme.id, office.unitId), attachments: [live] },
      by,
    );
    const b = await createInitiative(
      db,
      { ...emptyDraft(programme.id, office.unitId), attachments: [trashed] },
      by,
    );
    await trashInitiative(db, b.id, by);

    const freed = await freeUnusedAttachments(db, NOW);

    expect(freed).toEqual([unused.sha256]);
    expect((await db.attachments.toCollection().primaryKeys()).sort()).toEqual(
      [live.sha256, trashed.sha256, fresh.sha256].sort(),
    );
    expect(a.attachments).toHaveLength(1);
  });

  it('keeps data attached again just now, even though no record refers to it yet', async () => {
    const { db } = await setUpDb();
    const ref = await stored(db, 5, OLD);
    // The clerk attaches the same file again; the autosave has not written the record yet.
    await storeAttachment(db, file(100, 'lai.pdf', 5));
    expect(await freeUnusedAttachments(db)).toEqual([]);
    expect(await db.attachments.get(ref.sha256)).toBeDefined();
  });

  it('frees a file’s data after it is taken off its only initiative', async () => {
    const { db, programme, office } = await setUpDb();
    const keep = await stored(db, 6, OLD);
    const drop = await stored(db, 7, OLD);
    const draft = await createInitiative(
      db,
      { ...emptyDraft(programme.id, office.unitId), attachments: [keep, drop] },
      by,
    );

    await updateInitiative(db, draft.id, { attachments: [keep] }, by, 'phien-1');

    await vi.waitFor(async () => expect(await db.attachments.get(drop.sha256)).toBeUndefined());
    expect(await db.attachments.get(keep.sha256)).toBeDefined();
  });
});
