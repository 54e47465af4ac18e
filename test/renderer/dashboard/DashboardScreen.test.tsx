import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { DashboardScreen } from '../../../renderer/src/features/dashboard/DashboardScreen';
import { closeSession } from '../../../renderer/src/db/appraisal/sessions';
import { scoredProgrammeDb } from '../appraisal-fixtures';
import { button, renderWithDb } from '../setup/render-with-db';
import { SLOW, dialogWith } from '../appraisal/dialogs';

const figure = (title: string) =>
  document.querySelector(`[data-figure="${title}"]`)?.textContent ?? null;

describe('DashboardScreen', { timeout: 60_000 }, () => {
  it('shows the programme’s figures, money in đồng, the deadline and the charts', async () => {
    const { db, session } = await scoredProgrammeDb();
    await closeSession(db, session.id, 'Bình');
    await renderWithDb(db, <DashboardScreen />);
    await waitFor(() => expect(figure('Sáng kiến đã ghi nhận')).toBe('3 / 2.800'), SLOW);
    expect(figure('Được công nhận')).toBe('2');
    expect(figure('Đề xuất lên cấp trên')).toBe('0');
    // No commendation yet: none awarded, the two candidates named beside.
    expect(figure('Bằng Lao động sáng tạo')).toBe('0 / 5–10');
    expect(
      screen.getByText('chưa đủ chỉ tiêu; 2 sáng kiến đủ điều kiện đề nghị'),
    ).toBeInTheDocument();
    expect(figure('Giá trị làm lợi')).toBe('145.000.000 đ');
    expect(screen.getByText('Sáng kiến được công nhận: 125.000.000 đ')).toBeInTheDocument();
    // The seeded programme's deadline (20/04/2021) is past.
    expect(screen.getByText('Đã hết hạn nhận hồ sơ (20/04/2021)')).toBeInTheDocument();
    const statuses = screen.getByLabelText('Theo trạng thái');
    expect(within(statuses).getByText('Được công nhận: 2')).toBeInTheDocument();
    expect(within(statuses).getByText('Không công nhận: 1')).toBeInTheDocument();
    const byUnit = screen.getByLabelText('Biểu đồ sáng kiến theo đơn vị');
    expect(byUnit.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(within(byUnit).getByText('Công đoàn Xưởng cán')).toBeInTheDocument();
    const row = screen.getByRole('cell', { name: 'Công đoàn Xưởng cán' }).closest('tr')!;
    expect(within(row).getByText('95.000.000 đ')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Xuất danh sách/ })).toBeEnabled();
  });

  it('previews the result report from the same figures', async () => {
    const { db, session } = await scoredProgrammeDb();
    await closeSession(db, session.id, 'Bình');
    const { user } = await renderWithDb(db, <DashboardScreen />);
    await waitFor(() => expect(figure('Sáng kiến đã ghi nhận')).toBe('3 / 2.800'), SLOW);
    await user.click(button('Báo cáo kết quả'));
    const dialog = await dialogWith('Xuất báo cáo (.docx)');
    await user.type(within(dialog).getByLabelText('Số báo cáo'), '18/BC-CĐCS');
    const preview = await within(dialog).findByLabelText('Xem trước báo cáo', {}, SLOW);
    expect(await within(preview).findByText('Số: 18/BC-CĐCS', {}, SLOW)).toBeInTheDocument();
    expect(within(preview).getByText('BÁO CÁO')).toBeInTheDocument();
    expect(
      within(preview).getByText(
        'Số sáng kiến đã ghi nhận: 3/2.800 sáng kiến theo chỉ tiêu (đạt 0,11%).',
      ),
    ).toBeInTheDocument();
    expect(within(preview).getByText('Chưa có cá nhân được khen thưởng.')).toBeInTheDocument();
    // A date that is not on the calendar is named, and nothing is built from it.
    const date = within(dialog).getByLabelText('Ngày báo cáo');
    await user.clear(date);
    await user.type(date, '30/02/2021');
    expect(
      await within(dialog).findByText('Ngày 30 không có: tháng 2 năm 2021 chỉ có 28 ngày.'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Xem trước báo cáo')).toBeNull();
    expect(button('Xuất báo cáo (.docx)', dialog)).toBeDisabled();
  });
});
