import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { OfficeScreen } from '../../../renderer/src/features/setup/OfficeScreen';
import { getOffice } from '../../../renderer/src/db/settings';
import { sampleOffice, setUpDb } from '../helpers';
import { button, renderWithDb } from './render-with-db';

describe('OfficeScreen', () => {
  it('shows the stored profile, refuses a blank field and saves an edit', async () => {
    const { db, office } = await setUpDb();
    const { user } = await renderWithDb(db, <OfficeScreen />);
    const place = screen.getByLabelText('Địa danh ghi trên văn bản');
    expect(place).toHaveValue(sampleOffice.place);
    expect(screen.getByLabelText('Chức vụ người ký')).toHaveValue('Chủ tịch');

    await user.clear(place);
    await user.click(button('Lưu thay đổi'));
    expect(await screen.findByText('Nhập địa danh ghi trên văn bản')).toBeInTheDocument();
    expect(await getOffice(db)).toEqual(office);

    await user.type(screen.getByLabelText('Địa danh ghi trên văn bản'), 'Long Khánh');
    await user.clear(screen.getByLabelText('Chức vụ người ký'));
    await user.type(screen.getByLabelText('Chức vụ người ký'), 'Phó Chủ tịch{Enter}');

    await waitFor(async () =>
      expect(await getOffice(db)).toEqual({
        ...office,
        place: 'Long Khánh',
        chairTitle: 'Phó Chủ tịch',
      }),
    );
    expect(await screen.findByText('Đã lưu thông tin đơn vị')).toBeInTheDocument();
  });
});
