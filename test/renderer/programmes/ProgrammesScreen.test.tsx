import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ProgrammesScreen } from '../../../renderer/src/features/programmes/ProgrammesScreen';
import { getActiveProgrammeId } from '../../../renderer/src/db/settings';
import { setUpDb } from '../helpers';
import { button, renderWithDb } from '../setup/render-with-db';

// The open modal; by class, for the same reason as `button`.
const dialog = () => document.querySelector<HTMLElement>('.ant-modal')!;

describe('ProgrammesScreen', () => {
  it('adds a programme, refusing more minimum than maximum certificates until fixed', async () => {
    const { db } = await setUpDb();
    const { user } = await renderWithDb(db, <ProgrammesScreen />);
    expect(await screen.findByText('75 ngàn sáng kiến vượt khó, phát triển')).toBeInTheDocument();

    await user.click(button('Thêm chương trình'));
    const form = within(dialog());
    await user.type(form.getByLabelText('Tên chương trình'), 'Sáng kiến 2022');
    await user.type(form.getByLabelText('Hạn nộp hồ sơ'), '30/9/2022');
    await user.type(form.getByLabelText('Chỉ tiêu số sáng kiến'), '3.000');
    await user.type(form.getByLabelText('Bằng LĐST tối thiểu'), '10');
    await user.type(form.getByLabelText('Bằng LĐST tối đa'), '5');
    await user.type(form.getByLabelText('Email nhận hồ sơ'), 'hoso@example.vn');
    await user.click(button('Lưu', dialog()));

    expect(
      await form.findByText('Chỉ tiêu Bằng LĐST: số tối thiểu lớn hơn số tối đa'),
    ).toBeInTheDocument();
    expect(await db.programmes.count()).toBe(1);

    await user.clear(form.getByLabelText('Bằng LĐST tối đa'));
    await user.type(form.getByLabelText('Bằng LĐST tối đa'), '12{Enter}');

    await waitFor(async () => expect(await db.programmes.count()).toBe(2));
    const added = (await db.programmes.toArray()).find((p) => p.name === 'Sáng kiến 2022')!;
    expect(added).toMatchObject({
      deadline: '2022-09-30',
      targetInitiatives: 3000,
      targetCertificatesMin: 10,
      targetCertificatesMax: 12,
      quotaPerUnit: 3,
      recipientEmail: 'hoso@example.vn',
      startsOn: null,
      updatedBy: 'Trần Thị Bình',
    });
    expect(added.fields).toContain('Cải cách hành chính');
    await waitFor(() => expect(document.querySelector('.ant-modal')).toBeNull());
    expect(await screen.findByText('Sáng kiến 2022')).toBeInTheDocument();
    expect(screen.getByText('30/09/2022')).toBeInTheDocument();
  });

  it('edits a programme and refuses a deadline that is not a date', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <ProgrammesScreen />);
    await screen.findByText('75 ngàn sáng kiến vượt khó, phát triển');
    await user.click(button('Sửa'));
    const form = within(dialog());
    expect(form.getByLabelText('Hạn nộp hồ sơ')).toHaveValue('20/04/2021');
    expect(form.getByLabelText('Chỉ tiêu số sáng kiến')).toHaveValue('2.800');

    await user.clear(form.getByLabelText('Hạn nộp hồ sơ'));
    await user.type(form.getByLabelText('Hạn nộp hồ sơ'), '31/04/2021{Enter}');
    expect(
      await form.findByText('Ngày 31 không có: tháng 4 năm 2021 chỉ có 30 ngày.'),
    ).toBeInTheDocument();

    await user.clear(form.getByLabelText('Hạn nộp hồ sơ'));
    await user.type(form.getByLabelText('Hạn nộp hồ sơ'), '30/04/2021');
    await user.clear(form.getByLabelText('Số sáng kiến mỗi đơn vị được đề xuất'));
    await user.type(form.getByLabelText('Số sáng kiến mỗi đơn vị được đề xuất'), '5');
    await user.click(button('Lưu', dialog()));

    await waitFor(async () =>
      expect(await db.programmes.get(programme.id)).toMatchObject({
        deadline: '2021-04-30',
        quotaPerUnit: 5,
        rev: 2,
      }),
    );
    expect(await screen.findByText('tối đa 5')).toBeInTheDocument();
  });

  it('refuses a quota typed "1.5" or a target typed "2,8" with the reason instead of saving 15 or 2', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <ProgrammesScreen />);
    await screen.findByText('75 ngàn sáng kiến vượt khó, phát triển');
    await user.click(button('Sửa'));
    const form = within(dialog());
    const quota = form.getByLabelText('Số sáng kiến mỗi đơn vị được đề xuất');
    const target = form.getByLabelText('Chỉ tiêu số sáng kiến');
    await user.clear(quota);
    await user.type(quota, '1.5');
    await user.clear(target);
    await user.type(target, '2,8');
    await user.click(button('Lưu', dialog()));

    expect(await form.findByText(/Trong "1\.5", dấu "\." không ngăn cách/)).toBeInTheDocument();
    expect(form.getByText(/Trong "2,8", dấu "," không ngăn cách/)).toBeInTheDocument();
    expect(quota).toHaveValue('1.5');
    expect(await db.programmes.get(programme.id)).toMatchObject({
      quotaPerUnit: 3,
      targetInitiatives: 2800,
      rev: programme.rev,
    });

    await user.clear(quota);
    await user.type(quota, '0');
    await user.clear(target);
    await user.type(target, '3 000{Enter}');
    expect(await form.findByText('Hạn mức ít nhất là 1')).toBeInTheDocument();
    expect((await db.programmes.get(programme.id))?.rev).toBe(programme.rev);
  });

  it('switches the active programme', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <ProgrammesScreen />);
    await screen.findByText('75 ngàn sáng kiến vượt khó, phát triển');
    await user.click(button('Thêm chương trình'));
    const form = within(dialog());
    await user.type(form.getByLabelText('Tên chương trình'), 'Phong trào 2022');
    await user.type(form.getByLabelText('Hạn nộp hồ sơ'), '01/10/2022');
    for (const label of ['Chỉ tiêu số sáng kiến', 'Bằng LĐST tối thiểu', 'Bằng LĐST tối đa'])
      await user.type(form.getByLabelText(label), '1');
    await user.type(form.getByLabelText('Email nhận hồ sơ'), 'a@b.vn{Enter}');

    const row = (await screen.findByText('Phong trào 2022')).closest('tr')!;
    const presetRow = screen.getByText('75 ngàn sáng kiến vượt khó, phát triển').closest('tr')!;
    expect(within(presetRow).getByText('Đang thực hiện')).toBeInTheDocument();

    await user.click(button('Đặt làm chương trình đang thực hiện', row));

    await waitFor(async () => expect(await getActiveProgrammeId(db)).not.toBe(programme.id));
    expect(await within(row).findByText('Đang thực hiện')).toBeInTheDocument();
    expect(within(presetRow).queryByText('Đang thực hiện')).not.toBeInTheDocument();
  });
});
