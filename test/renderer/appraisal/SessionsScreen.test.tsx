import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { SessionsScreen } from '../../../renderer/src/features/appraisal/SessionsScreen';
import { renderWithDb } from '../setup/render-with-db';
import { appraisalDb } from '../appraisal-fixtures';
import { SLOW, dialogWith } from './dialogs';

describe('SessionsScreen', { timeout: 60_000 }, () => {
  it('creates a session with the members present and the initiatives chosen, then opens it', async () => {
    const { db, council, initiatives } = await appraisalDb();
    window.location.hash = '#/sessions';
    const { user } = await renderWithDb(db, <SessionsScreen />);
    expect(await screen.findByText('Chưa có phiên họp nào', {}, SLOW)).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Tạo phiên họp' });
    await waitFor(() => expect(create).toBeEnabled());
    await user.click(create);

    const dialog = within(await dialogWith('Thành viên có mặt'));
    const date = dialog.getByLabelText('Ngày họp');
    await user.clear(date);
    await user.type(date, '05/04/2021');
    // Everyone is present by default; Cường is absent this time.
    expect(
      dialog.getByRole('checkbox', { name: 'Nguyễn Văn An (Chủ tịch Hội đồng)' }),
    ).toBeChecked();
    await user.click(dialog.getByRole('checkbox', { name: 'Lê Văn Cường (Ủy viên)' }));
    await waitFor(
      () => expect(dialog.getByRole('button', { name: 'Chọn tất cả (3)' })).toBeEnabled(),
      SLOW,
    );
    await user.click(dialog.getByRole('button', { name: 'Chọn tất cả (3)' }));
    await user.click(dialog.getByRole('button', { name: 'Tạo phiên họp' }));

    await waitFor(async () => expect(await db.sessions.count()).toBe(1), SLOW);
    const [session] = await db.sessions.toArray();
    expect(session).toMatchObject({
      councilId: council.id,
      date: '2021-04-05',
      place: 'Biên Hòa',
      presentMemberIds: ['m1', 'm2'],
      closed: false,
    });
    expect(new Set(session?.initiativeIds)).toEqual(new Set(initiatives.map((i) => i.id)));
    expect(window.location.hash).toBe(`#/sessions/${session?.id}`);
    expect(await screen.findByText('05/04/2021', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('2/3')).toBeInTheDocument();
    expect(screen.getByText('Đang họp')).toBeInTheDocument();
  });

  it('refuses a date that is not a date', async () => {
    const { db } = await appraisalDb();
    const { user } = await renderWithDb(db, <SessionsScreen />);
    const create = await screen.findByRole('button', { name: 'Tạo phiên họp' });
    await waitFor(() => expect(create).toBeEnabled(), SLOW);
    await user.click(create);
    const dialog = within(await dialogWith('Thành viên có mặt'));
    await user.clear(dialog.getByLabelText('Ngày họp'));
    await user.type(dialog.getByLabelText('Ngày họp'), '31/04/2021');
    await user.click(dialog.getByRole('button', { name: 'Tạo phiên họp' }));
    expect(
      await dialog.findByText('Ngày 31 không có: tháng 4 năm 2021 chỉ có 30 ngày.'),
    ).toBeInTheDocument();
    expect(await dialog.findByText('Chọn các sáng kiến đưa ra xét')).toBeInTheDocument();
    expect(await db.sessions.count()).toBe(0);
  });
});
