// Main's flush request before closing waits for every pending write: autosaves, score cells and
// writes already under way, and answers false when one failed.
import { describe, expect, it } from 'vitest';
import { act, configure, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DeskApi } from '@shared/ipc';
import { answerFlushRequests, flushPendingWrites } from '../../../renderer/src/app/pending-writes';
import { useAutosave } from '../../../renderer/src/features/initiatives/useAutosave';
import { useCellDraft } from '../../../renderer/src/features/appraisal/useCellDraft';
import { createInitiative, emptyDraft } from '../../../renderer/src/db/initiatives';
import { setUpDb } from '../helpers';
import { renderDesk } from '../initiatives/render';

configure({ asyncUtilTimeout: 15_000 });

/** A write the test finishes by hand. */
function controlledWrite() {
  const calls: { value: unknown; finish: (ok: boolean) => void }[] = [];
  const write = (value: unknown) =>
    new Promise<void>((resolve, reject) =>
      calls.push({
        value,
        finish: (ok) => (ok ? resolve() : reject(new Error('Ổ đĩa đầy'))),
      }),
    );
  return { write, calls };
}

/** Whether a promise has settled yet, without waiting on time. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('flushPendingWrites', () => {
  it('writes a debounced autosave at once and resolves only when it is stored', async () => {
    const { write, calls } = controlledWrite();
    const { result, unmount } = renderHook(() => useAutosave(write, () => undefined, 60_000));
    act(() => result.current.schedule({ title: 'Cải tiến' }));
    expect(calls).toHaveLength(0);

    const flushed = flushPendingWrites();
    await act(() => Promise.resolve());
    expect(calls.map((c) => c.value)).toEqual([{ title: 'Cải tiến' }]);
    expect(await settled(flushed)).toBe(false);

    await act(() => {
      calls[0]!.finish(true);
      return flushed;
    });
    expect(await flushed).toBe(true);
    unmount();
  });

  it('saves a score cell still in its pause and answers false when the write fails', async () => {
    const { write, calls } = controlledWrite();
    const { result, unmount } = renderHook(() =>
      useCellDraft({ saved: '', validate: () => null, commit: write, locked: false }),
    );
    act(() => result.current.onChange('7'));
    expect(calls).toHaveLength(0);

    const flushed = flushPendingWrites();
    await act(() => Promise.resolve());
    expect(calls.map((c) => c.value)).toEqual(['7']);
    expect(await settled(flushed)).toBe(false);

    await act(() => {
      calls[0]!.finish(false);
      return flushed;
    });
    expect(await flushed).toBe(false);
    expect(result.current.state).toMatchObject({ kind: 'error' });
    unmount();
  });

  it('waits for a cell write already under way, and for a save started as a screen unmounts', async () => {
    const cell = controlledWrite();
    const { result, unmount } = renderHook(() =>
      useCellDraft({ saved: '', validate: () => null, commit: cell.write, locked: false }),
    );
    act(() => result.current.onChange('8'));
    act(() => result.current.flush()); // the clerk leaves the cell: the write starts
    expect(cell.calls).toHaveLength(1);
    const first = flushPendingWrites();
    expect(await settled(first)).toBe(false);
    await act(() => {
      cell.calls[0]!.finish(true);
      return first;
    });
    expect(await first).toBe(true);
    unmount();

    const form = controlledWrite();
    const autosave = renderHook(() => useAutosave(form.write, () => undefined, 60_000));
    act(() => autosave.result.current.schedule({ title: 'x' }));
    autosave.unmount(); // leaving the form starts its save
    const second = flushPendingWrites();
    expect(await settled(second)).toBe(false);
    form.calls[0]!.finish(true);
    expect(await second).toBe(true);
  });

  it('answers main through desk.onFlushRequest', () => {
    let handler: (() => Promise<boolean>) | null = null;
    const desk = {
      onFlushRequest: (h: () => Promise<boolean>) => {
        handler = h;
        return () => (handler = null);
      },
    } as unknown as DeskApi;
    const unsubscribe = answerFlushRequests(desk);
    expect(handler).toBe(flushPendingWrites);
    unsubscribe();
    expect(handler).toBeNull();
    expect(answerFlushRequests(undefined)).toBeTypeOf('function');
  });

  it('has the text typed into an initiative in the database as soon as the flush answers', async () => {
    const user = userEvent.setup({ delay: null });
    const { db, office, programme } = await setUpDb();
    const draft = await createInitiative(
      db,
      emptyDraft(programme.id, office.unitId),
      'Trần Thị Bình',
    );
    renderDesk(db, office, `#/initiatives/${draft.id}`);
    await user.type(await screen.findByLabelText('Tên sáng kiến'), 'Máy hàn');

    expect(await flushPendingWrites()).toBe(true);
    // No waiting here: the answer itself means the text is stored.
    expect((await db.initiatives.get(draft.id))?.title).toBe('Máy hàn');
  }, 60_000);
});
