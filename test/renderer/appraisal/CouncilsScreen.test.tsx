import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { CouncilsScreen } from '../../../renderer/src/features/appraisal/CouncilsScreen';
import { setUpDb } from '../helpers';
import { renderWithDb, pickOption } from '../setup/render-with-db';
import { appraisalDb } from '../appraisal-fixtures';
import { SLOW } from './dialogs';

describe('CouncilsScreen', { timeout: 60_000 }, () => {
  it('sets up a council with a chair and a secretary', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <CouncilsScreen />);
    await user.click(await screen.findByLabelText('Họ và tên thành viên 1'));
    await user.paste('Nguyễn Văn An');
    await user.click(screen.getByRole('button', { name: 'Thêm thành viên' }));
    await user.click(await screen.findByLabelText('Họ và tên thành viên 2'));
    await user.paste('Trần Thị Bình');
    await user.click(screen.getByLabelText('Chức vụ thành viên 2'));
    await user.paste('Kỹ sư');
    await pickOption(user, screen.getByLabelText('Vai trò thành viên 2'), 'Thư ký');
    await user.click(screen.getByRole('button', { name: 'Lưu Hội đồng' }));

    await waitFor(async () => expect(await db.councils.count()).toBe(1), SLOW);
    const [council] = await db.councils.toArray();
    expect(council).toMatchObject({ programmeId: programme.id, name: 'Hội đồng sáng kiến' });
    expect(council?.members.map((m) => [m.name, m.title, m.role])).toEqual([
      ['Nguyễn Văn An', '', 'chu_tich'],
      ['Trần Thị Bình', 'Kỹ sư', 'thu_ky'],
    ]);
  });

  it('refuses a member without a name and a second chair, saving nothing', async () => {
    const { db, council } = await appraisalDb();
    const { user } = await renderWithDb(db, <CouncilsScreen />);
    await user.clear(await screen.findByLabelText('Họ và tên thành viên 3', {}, SLOW));
    await user.click(screen.getByRole('button', { name: 'Lưu Hội đồng' }));
    expect(await screen.findByText('Nhập họ tên thành viên', {}, SLOW)).toBeInTheDocument();

    await user.click(screen.getByLabelText('Họ và tên thành viên 3'));
    await user.paste('Lê Văn Cường');
    await pickOption(user, screen.getByLabelText('Vai trò thành viên 2'), 'Chủ tịch Hội đồng');
    await user.click(screen.getByRole('button', { name: 'Lưu Hội đồng' }));
    expect(await screen.findByText('Hội đồng chỉ có một Chủ tịch', {}, SLOW)).toBeInTheDocument();
    expect((await db.councils.get(council.id))?.rev).toBe(1);
  });

  it('refuses a member whose name is only spaces, and saves names as they print', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <CouncilsScreen />);
    await user.click(await screen.findByLabelText('Họ và tên thành viên 1'));
    await user.paste('   ');
    await user.click(screen.getByRole('button', { name: 'Lưu Hội đồng' }));
    expect(await screen.findByText('Nhập họ tên thành viên', {}, SLOW)).toBeInTheDocument();
    expect(await db.councils.count()).toBe(0);

    await user.click(screen.getByLabelText('Họ và tên thành viên 1'));
    await user.paste(`  ${'Nguyễn'.normalize('NFD')}  Văn\u200b An\t`);
    await user.click(screen.getByRole('button', { name: 'Lưu Hội đồng' }));
    await waitFor(async () => expect(await db.councils.count()).toBe(1), SLOW);
    const [council] = await db.councils.toArray();
    expect(council).toMatchObject({ programmeId: programme.id, name: 'Hội đồng sáng kiến' });
    expect(council?.members.map((m) => m.name)).toEqual(['Nguyễn Văn An']);
  });
});
