import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { SetupScreen } from '../../../renderer/src/features/setup/SetupScreen';
import { getActiveProgrammeId, getOffice } from '../../../renderer/src/db/settings';
import { freshDb, sampleOffice } from '../helpers';
import { button, pickOption, renderWithDb } from './render-with-db';

const LABELS = {
  unitName: 'Tên đơn vị',
  parentBody: 'Cơ quan cấp trên',
  place: 'Địa danh ghi trên văn bản',
  chairName: 'Họ tên người ký',
  chairTitle: 'Chức vụ người ký',
  email: 'Email của đơn vị',
  userName: 'Tên người sử dụng',
} as const;

describe('SetupScreen', () => {
  it('refuses an empty form with a message on each field and saves nothing', async () => {
    const db = freshDb();
    const { user } = await renderWithDb(db, <SetupScreen />);

    await user.click(button('Bắt đầu sử dụng'));

    expect(await screen.findByText('Nhập tên đơn vị')).toBeInTheDocument();
    expect(
      screen.getByText('Chọn cấp công đoàn', { selector: '.ant-form-item-explain-error' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Nhập tên cơ quan cấp trên')).toBeInTheDocument();
    expect(
      screen.getByText(/^Email không hợp lệ: hãy nhập dạng ten@donvi\.vn/),
    ).toBeInTheDocument();
    expect(screen.getByText('Nhập tên người sử dụng')).toBeInTheDocument();
    // The signer's title comes filled in, so it has no complaint.
    expect(screen.queryByText('Nhập chức vụ người ký')).not.toBeInTheDocument();
    expect(await getOffice(db)).toBeNull();
    expect(await db.programmes.count()).toBe(0);
    expect(await db.units.count()).toBe(0);
  });

  it('refuses an invalid email, then saves the office and loads the preset as the active programme', async () => {
    const db = freshDb();
    const { user } = await renderWithDb(db, <SetupScreen />);

    for (const [field, label] of Object.entries(LABELS)) {
      const input = screen.getByLabelText(label);
      await user.clear(input);
      await user.type(
        input,
        field === 'email' ? 'congdoan@' : sampleOffice[field as keyof typeof LABELS],
      );
    }
    await pickOption(user, screen.getByLabelText('Cấp công đoàn'), 'Công đoàn cơ sở');
    // Enter submits, as everywhere in the app.
    await user.type(screen.getByLabelText('Tên người sử dụng'), '{Enter}');

    expect(
      await screen.findByText(/^Email không hợp lệ: hãy nhập dạng ten@donvi\.vn/),
    ).toBeInTheDocument();
    expect(await getOffice(db)).toBeNull();

    await user.clear(screen.getByLabelText('Email của đơn vị'));
    await user.type(screen.getByLabelText('Email của đơn vị'), sampleOffice.email);
    await user.click(button('Bắt đầu sử dụng'));

    await waitFor(async () => expect(await getOffice(db)).not.toBeNull());
    const office = (await getOffice(db))!;
    expect(office).toMatchObject(sampleOffice);
    const root = await db.units.get(office.unitId);
    expect(root).toMatchObject({ name: sampleOffice.unitName, kind: 'cdcs', parentId: null });
    const programmes = await db.programmes.toArray();
    expect(programmes.map((p) => p.name)).toEqual(['75 ngàn sáng kiến vượt khó, phát triển']);
    expect(await getActiveProgrammeId(db)).toBe(programmes[0]!.id);
  });

  it('tells the clerk which programme will be loaded', async () => {
    await renderWithDb(freshDb(), <SetupScreen />);
    expect(screen.getByText(/75 ngàn sáng kiến vượt khó, phát triển/)).toHaveTextContent(
      'hạn nộp hồ sơ 20/04/2021',
    );
  });
});
