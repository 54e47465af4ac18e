import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { RubricScreen } from '../../../renderer/src/features/appraisal/RubricScreen';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import { getAppraisalSettings } from '../../../renderer/src/db/appraisal/settings';
import { setUpDb } from '../helpers';
import { renderWithDb } from '../setup/render-with-db';
import { sessionDb } from './session-fixture';
import { SLOW, dialogWith } from './dialogs';

const setMax = async (
  user: Awaited<ReturnType<typeof renderWithDb>>['user'],
  n: number,
  v: string,
) => {
  const field = await screen.findByLabelText(`Điểm tối đa tiêu chí ${n}`);
  await user.clear(field);
  await user.type(field, v);
};

describe('RubricScreen', { timeout: 60_000 }, () => {
  it('shows the default rubric with its total and saves a change while nothing is scored', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <RubricScreen />);
    expect(await screen.findByDisplayValue('Tính mới')).toBeInTheDocument();
    expect(screen.getByLabelText('Khung điểm tiêu chí 1')).toHaveValue(
      '27–30 Hoàn toàn mới\n21–26 Cải tiến tốt\n16–20 Trung bình\n1–15 Cải tiến nhỏ\n0 Không có tính mới',
    );
    expect(screen.getByText('Tổng điểm tối đa: 100')).toBeInTheDocument();

    await setMax(user, 3, '50');
    expect(await screen.findByText('Tổng điểm tối đa: 110')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Khung điểm tiêu chí 2'));
    await user.paste('25–30 Rộng rãi');
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    await waitFor(async () =>
      expect((await getAppraisalSettings(db, programme.id)).rubric.criteria[2]?.max).toBe(50),
    );
    const { rubric } = await getAppraisalSettings(db, programme.id);
    expect(rubric.criteria[1]?.bands).toEqual([{ min: 25, max: 30, label: 'Rộng rãi' }]);
  });

  it('reads points typed with the Vietnamese decimal comma: 7,5 is seven and a half, not 75', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <RubricScreen />);
    await setMax(user, 3, '40,5');
    expect(await screen.findByText('Tổng điểm tối đa: 100,5')).toBeInTheDocument();
    const pass = screen.getByLabelText('Được công nhận khi điểm trung bình đạt từ');
    await user.clear(pass);
    await user.type(pass, '50,5');
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    await waitFor(async () =>
      expect((await getAppraisalSettings(db, programme.id)).rubric.criteria[2]?.max).toBe(40.5),
    );
    expect((await getAppraisalSettings(db, programme.id)).rubric.passAverage).toBe(50.5);
  });

  it('refuses a band line it cannot read, under the field', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <RubricScreen />);
    await user.type(await screen.findByLabelText('Khung điểm tiêu chí 2'), 'rộng');
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    expect(await screen.findByText(/Dòng 1: viết theo mẫu/)).toBeInTheDocument();
    expect((await getAppraisalSettings(db, programme.id)).rev).toBe(0);
  });

  it('refuses a change once scores exist and re-scores only after a reason and a confirmation', async () => {
    const ctx = await sessionDb();
    await saveSheet(
      ctx.db,
      {
        sessionId: ctx.session.id,
        initiativeId: ctx.initiatives[0]!.id,
        memberId: 'm1',
        scores: { novelty: 27 },
        comments: {},
      },
      'Bình',
    );
    const { user } = await renderWithDb(ctx.db, <RubricScreen />);
    await setMax(user, 3, '50');
    await user.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));

    expect(await screen.findByText('Không đổi được tiêu chí', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Đã có 1 phiếu chấm theo tiêu chí hiện tại/)).toBeInTheDocument();
    expect((await getAppraisalSettings(ctx.db, ctx.programme.id)).rubric.criteria[2]?.max).toBe(40);
    expect(await ctx.db.scoreSheets.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Chấm lại từ đầu' }));
    const dialog = within(await dialogWith('Lý do chấm lại'));
    const ok = dialog.getByRole('button', { name: 'Xóa điểm và chấm lại' });
    await user.click(dialog.getByLabelText('Lý do chấm lại'));
    await user.paste('Đổi thang điểm theo hướng dẫn mới');
    expect(ok).toBeDisabled();
    await user.click(dialog.getByRole('checkbox', { name: 'Tôi hiểu mọi điểm đã chấm sẽ bị xóa' }));
    expect(ok).toBeEnabled();
    await user.click(ok);

    await waitFor(async () => expect(await ctx.db.scoreSheets.count()).toBe(0), SLOW);
    await waitFor(async () =>
      expect((await getAppraisalSettings(ctx.db, ctx.programme.id)).rubric.criteria[2]?.max).toBe(
        50,
      ),
    );
    const rescore = await ctx.db.history.filter((h) => h.action === 'rescore').first();
    expect(rescore?.note).toBe('Đổi thang điểm theo hướng dẫn mới');
  });

  it('saves the certificate thresholds typed with dots', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <RubricScreen />);
    const single = await screen.findByLabelText('Một giải pháp có giá trị làm lợi từ');
    expect(single).toHaveValue('80.000.000');
    await user.clear(single);
    await user.type(single, '100.000.000');
    await user.click(screen.getByRole('button', { name: 'Lưu ngưỡng' }));
    await waitFor(async () =>
      expect((await getAppraisalSettings(db, programme.id)).certificateThresholds).toEqual({
        single: 100_000_000,
        threeYears: 120_000_000,
      }),
    );
  });

  it.each([
    ['1,5 triệu', /thay cho chữ "triệu"/],
    ['1.5', /Trong "1\.5", dấu "\." không ngăn cách/],
    ['1.500.000,50', /Trong "1\.500\.000,50", dấu "," không ngăn cách/],
  ])(
    'refuses a threshold typed %s with the reason, keeping the one saved',
    async (typed, reason) => {
      const { db, programme } = await setUpDb();
      const { user } = await renderWithDb(db, <RubricScreen />);
      const single = await screen.findByLabelText('Một giải pháp có giá trị làm lợi từ');
      await user.clear(single);
      await user.type(single, typed);
      await user.click(screen.getByRole('button', { name: 'Lưu ngưỡng' }));
      expect(await screen.findByText(reason)).toBeInTheDocument();
      expect(single).toHaveValue(typed);
      const settings = await getAppraisalSettings(db, programme.id);
      expect(settings.certificateThresholds).toEqual({
        single: 80_000_000,
        threeYears: 120_000_000,
      });
    },
  );

  it('reads a threshold written with its currency', async () => {
    const { db, programme } = await setUpDb();
    const { user } = await renderWithDb(db, <RubricScreen />);
    const three = await screen.findByLabelText(
      'Hoặc tổng giá trị làm lợi trong 3 năm liên tiếp từ',
    );
    await user.clear(three);
    await user.type(three, '150.000.000 đồng');
    await user.click(screen.getByRole('button', { name: 'Lưu ngưỡng' }));
    await waitFor(async () =>
      expect((await getAppraisalSettings(db, programme.id)).certificateThresholds).toEqual({
        single: 80_000_000,
        threeYears: 150_000_000,
      }),
    );
  });
});
