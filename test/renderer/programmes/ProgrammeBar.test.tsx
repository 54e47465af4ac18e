import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { ProgrammeBar } from '../../../renderer/src/features/programmes/ProgrammeBar';
import { importInitiatives, trashInitiative } from '../../../renderer/src/db/initiatives';
import { createProgramme, countProgrammeInitiatives } from '../../../renderer/src/db/programmes';
import { getActiveProgrammeId } from '../../../renderer/src/db/settings';
import { setUpDb } from '../helpers';
import { initiativeRecord } from '../setup/initiative-fixture';
import { pickOption, renderWithDb } from '../setup/render-with-db';
import { SLOW } from '../appraisal/dialogs';

describe('ProgrammeBar', () => {
  it('shows the deadline, progress without trashed initiatives, and the certificates target', async () => {
    const { db, office, programme } = await setUpDb();
    const other = await createProgramme(
      db,
      { ...programme, name: 'Phong trào 2022', deadline: '2099-12-31', targetInitiatives: 10 },
      'test',
    );
    const mine = [1, 2, 3].map(() => initiativeRecord(programme.id, office.unitId));
    await importInitiatives(db, [...mine, initiativeRecord(other.id, office.unitId)], 'test');
    await trashInitiative(db, mine[0]!.id, 'test');

    const { user } = await renderWithDb(db, <ProgrammeBar />);

    // The first count waits for the register to load, which a loaded machine can take seconds over.
    expect(await screen.findByText('2 / 2.800 sáng kiến', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Hạn nộp hồ sơ: 20\/04\/2021/)).toBeInTheDocument();
    // The preset's deadline is long past: the countdown says so, in red.
    const late = screen.getByText(/đã quá hạn [\d.]+ ngày/);
    expect(late.closest('.ant-typography-danger')).not.toBeNull();
    expect(screen.getByText('Bằng LĐST: 5–10')).toBeInTheDocument();

    await pickOption(user, screen.getByLabelText('Chương trình đang thực hiện'), 'Phong trào 2022');

    await waitFor(async () => expect(await getActiveProgrammeId(db)).toBe(other.id));
    expect(await screen.findByText('1 / 10 sáng kiến')).toBeInTheDocument();
    const left = screen.getByText(/còn [\d.]+ ngày/);
    expect(left.closest('.ant-typography-danger')).toBeNull();
  });

  it('follows new initiatives live', async () => {
    const { db, office, programme } = await setUpDb();
    await renderWithDb(db, <ProgrammeBar />);
    expect(await screen.findByText('0 / 2.800 sáng kiến')).toBeInTheDocument();
    await importInitiatives(db, [initiativeRecord(programme.id, office.unitId)], 'test');
    expect(await screen.findByText('1 / 2.800 sáng kiến')).toBeInTheDocument();
  });
});

describe('countProgrammeInitiatives', () => {
  it('counts a programme’s initiatives outside the trash only', async () => {
    const { db, office, programme } = await setUpDb();
    const records = Array.from({ length: 5 }, () => initiativeRecord(programme.id, office.unitId));
    await importInitiatives(db, records, 'test');
    await trashInitiative(db, records[4]!.id, 'test');
    expect(await countProgrammeInitiatives(db, programme.id)).toBe(4);
    expect(await countProgrammeInitiatives(db, 'another')).toBe(0);
  });
});
