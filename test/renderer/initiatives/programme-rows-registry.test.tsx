import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import type { DeskDb } from '../../../renderer/src/db/database';
import {
  createInitiative,
  emptyDraft,
  importInitiatives,
} from '../../../renderer/src/db/initiatives';
import type { RowsSnapshot } from '../../../renderer/src/search/programme-rows-store';
import {
  heldProgrammes,
  programmeRowsStore,
} from '../../../renderer/src/search/programme-rows-registry';
import { useProgrammeRows } from '../../../renderer/src/search/useProgrammeRows';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { setUpDb } from '../helpers';

const by = 'Trần Thị Bình';
const OTHER = 'chuong-trinh-khac';

/** A screen showing one programme's register: what it saw, and its phase and size on screen. */
const Probe = (p: { db: DeskDb; programmeId: string; label: string; seen: RowsSnapshot[] }) => {
  const snapshot = useProgrammeRows(p.db, p.programmeId);
  if (snapshot) p.seen.push(snapshot);
  return <p data-testid={p.label}>{`${snapshot?.phase}:${snapshot?.rows.length}`}</p>;
};

const seeded = async () => {
  const env = await setUpDb();
  const rows = (programmeId: string, count: number, prefix: string) =>
    Array.from({ length: count }, (_, n) =>
      completeInitiative({
        id: `${prefix}-${n}`,
        programmeId,
        unitId: env.office.unitId,
        title: `Sáng kiến ${prefix} ${n}`,
        authors: [author(`Tác giả ${n}`, 100)],
      }),
    );
  // More than the first page (50) in one, so its load goes through both phases.
  await importInitiatives(env.db, [...rows(env.programme.id, 60, 'a'), ...rows(OTHER, 3, 'b')], by);
  return env;
};

const shows = async (label: string, text: string) =>
  waitFor(() => expect(screen.getByTestId(label)).toHaveTextContent(text));

/** Lets queued microtasks run, so a release that was going to happen has happened. */
const settle = () => new Promise<void>((done) => setTimeout(done, 0));

describe('the registry of in-memory registers', () => {
  it('keeps two programmes on screen at once without either reloading the other', async () => {
    const { db, office, programme } = await seeded();
    const seenA: RowsSnapshot[] = [];
    const seenB: RowsSnapshot[] = [];
    const view = (extra: boolean) => (
      <>
        <Probe db={db} programmeId={programme.id} label="a" seen={seenA} />
        <Probe db={db} programmeId={OTHER} label="b" seen={seenB} />
        {extra && <Probe db={db} programmeId={programme.id} label="a2" seen={seenA} />}
      </>
    );
    const { rerender } = render(view(false));
    await shows('a', 'full:60');
    await shows('b', 'full:3');
    expect(heldProgrammes(db).sort()).toEqual([OTHER, programme.id].sort());
    const storeA = programmeRowsStore(db, programme.id);
    const storeB = programmeRowsStore(db, OTHER);

    seenA.length = 0;
    seenB.length = 0;
    // A second screen on the first programme, and a write to the second one.
    rerender(view(true));
    await shows('a2', 'full:60');
    await createInitiative(db, emptyDraft(OTHER, office.unitId), by);
    await shows('b', 'full:4');

    expect(programmeRowsStore(db, programme.id)).toBe(storeA);
    expect(programmeRowsStore(db, OTHER)).toBe(storeB);
    expect(seenA.every((s) => s.phase === 'full' && s.rows.length === 60)).toBe(true);
    expect(seenB.every((s) => s.phase === 'full')).toBe(true);
    // Both screens of the first programme share one snapshot, not two copies of the rows.
    expect(seenA.at(-1)).toBe(storeA.getSnapshot());
  });

  it('releases a programme when the last screen showing it closes, and loads it afresh later', async () => {
    const { db, office, programme } = await seeded();
    const seen: RowsSnapshot[] = [];
    const first = render(<Probe db={db} programmeId={programme.id} label="a" seen={seen} />);
    const second = render(<Probe db={db} programmeId={programme.id} label="a2" seen={seen} />);
    const other = render(<Probe db={db} programmeId={OTHER} label="b" seen={seen} />);
    await shows('a', 'full:60');
    await shows('b', 'full:3');
    const held = programmeRowsStore(db, programme.id);

    first.unmount();
    await settle();
    expect(heldProgrammes(db)).toContain(programme.id);
    expect(held.getSnapshot().phase).toBe('full');

    second.unmount();
    await waitFor(() => expect(heldProgrammes(db)).toEqual([OTHER]));
    // The rows are dropped, and the released store no longer follows writes.
    expect(held.getSnapshot().rows).toHaveLength(0);
    await createInitiative(db, emptyDraft(programme.id, office.unitId), by);
    expect(held.getSnapshot().rows).toHaveLength(0);

    other.unmount();
    await waitFor(() => expect(heldProgrammes(db)).toEqual([]));

    render(<Probe db={db} programmeId={programme.id} label="again" seen={seen} />);
    await shows('again', 'full:61');
    expect(programmeRowsStore(db, programme.id)).not.toBe(held);
  });
});
