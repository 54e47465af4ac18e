import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import {
  holdFirstRegister,
  lastKnownActive,
  readWarmStart,
} from '../../../renderer/src/app/warm-start';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import {
  heldProgrammes,
  programmeRowsStore,
} from '../../../renderer/src/search/programme-rows-registry';
import { author, completeInitiative } from '../../shared/initiative-fixtures';
import { freshDb, setUpDb } from '../helpers';

/** Lets queued microtasks run, so a release that was going to happen has happened. */
const settle = () => new Promise<void>((done) => setTimeout(done, 0));

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the warm start (what the first screen needs, read before the first render)', () => {
  it('reads the office and the active programme, and remembers the programme', async () => {
    const { db, office, programme } = await setUpDb();
    expect(lastKnownActive(db)).toBeUndefined();
    const warm = await readWarmStart(db);
    expect(warm?.office?.unitName).toBe(office.unitName);
    expect(warm?.programme?.id).toBe(programme.id);
    expect(lastKnownActive(db)?.id).toBe(programme.id);
  });

  it('knows a first run: no office, no programme', async () => {
    const warm = await readWarmStart(freshDb());
    expect(warm).toEqual({ office: null, programme: null });
  });

  it('starts the register only when the app opens on it, and lets it go if no screen takes it', async () => {
    const { db, programme } = await setUpDb();
    const warm = await readWarmStart(db);
    holdFirstRegister(db, warm, '#/units')();
    holdFirstRegister(db, { office: null, programme: warm!.programme }, '#/initiatives')();
    expect(heldProgrammes(db)).toEqual([]);

    const release = holdFirstRegister(db, warm, '#/initiatives');
    expect(heldProgrammes(db)).toEqual([programme.id]);
    release();
    release(); // a second call (StrictMode's effects) changes nothing
    await settle();
    expect(heldProgrammes(db)).toEqual([]);
  });

  it('renders the register in the first render, which keeps the register started for it', async () => {
    const { db, office, programme } = await setUpDb();
    await importInitiatives(
      db,
      [
        completeInitiative({
          id: 'sk-1',
          programmeId: programme.id,
          unitId: office.unitId,
          title: 'Cải tiến máy cán tôn',
          authors: [author('Nguyễn Văn Hùng', 100)],
        }),
      ],
      'Trần Thị Bình',
    );
    window.location.hash = '#/initiatives';
    const warm = await readWarmStart(db);
    const release = holdFirstRegister(db, warm, window.location.hash);
    const store = programmeRowsStore(db, programme.id);

    render(<App db={db} warm={warm} onStarted={release} />);
    // The very first render: the register's heading, not the "opening" spinner.
    expect(screen.queryByText('Đang mở dữ liệu…')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Sáng kiến' })).toBeInTheDocument();

    await screen.findByText('Cải tiến máy cán tôn');
    await settle();
    // The screen took over the register that was started for it: the same one, not a reload.
    expect(programmeRowsStore(db, programme.id)).toBe(store);
    expect(heldProgrammes(db)).toEqual([programme.id]);
  });

  it('without a warm start, opens as before: the spinner first, then the register', async () => {
    const { db } = await setUpDb();
    window.location.hash = '#/initiatives';
    render(<App db={db} />);
    expect(screen.getByText('Đang mở dữ liệu…')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Sáng kiến' })).toBeInTheDocument(),
    );
  });
});
