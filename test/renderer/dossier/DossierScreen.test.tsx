import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { EMPTY_DOSSIER_MESSAGE } from '@shared/dossier/dossier';
import { DossierScreen } from '../../../renderer/src/features/dossier/DossierScreen';
import { getDossierNumbers } from '../../../renderer/src/db/dossier-numbers';
import { setUpDb } from '../helpers';
import { button, renderWithDb } from '../setup/render-with-db';

describe('DossierScreen', () => {
  it('asks the numbers once, remembers them, and explains an empty selection', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <DossierScreen />);
    const cover = await screen.findByLabelText('Số tờ trình');
    expect((cover as HTMLInputElement).value).toBe('01/TTr-CĐCS');
    await user.clear(cover);
    await user.type(cover, '07/TTr-CĐCS');
    const date = screen.getByLabelText('Ngày tờ trình');
    await user.clear(date);
    await user.type(date, '31/02/2021');
    await user.type(screen.getByLabelText('Kính gửi'), 'Ban Thường vụ LĐLĐ tỉnh Đồng Nai');
    await user.click(button('Lưu số và ngày'));
    await screen.findByText('Ngày 31 không có: tháng 2 năm 2021 chỉ có 28 ngày.');
    expect(await getDossierNumbers(db, programme.id)).toBeNull();

    await user.clear(date);
    await user.type(date, '05/04/2021');
    await user.click(button('Lưu số và ngày'));
    await screen.findByText(EMPTY_DOSSIER_MESSAGE);
    expect(await getDossierNumbers(db, programme.id)).toEqual({
      cover: '07/TTr-CĐCS',
      date: '2021-04-05',
      minutes: '01/BB-HĐSK',
      recipient: 'Ban Thường vụ LĐLĐ tỉnh Đồng Nai',
    });
    expect(screen.getByText('05/04/2021')).toBeTruthy();
    expect(screen.queryByText('Xuất tất cả (.docx)')).toBeNull();
    await waitFor(() => expect(screen.queryByLabelText('Số tờ trình')).toBeNull());
  });
});
