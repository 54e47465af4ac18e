import { describe, expect, it } from 'vitest';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { Initiative } from '@shared/model/initiative';
import type { Programme } from '@shared/model/programme';
import type { DeskDb } from '../../../renderer/src/db/database';
import { DbContext } from '../../../renderer/src/app/context';
import { saveSheet } from '../../../renderer/src/db/appraisal/sheets';
import { ReadinessPanel } from '../../../renderer/src/features/readiness/ReadinessPanel';
import { recognisedOf } from '@shared/domain/lifecycle';
import { sessionDb } from '../appraisal/session-fixture';
import { renderDesk } from '../initiatives/render';

configure({ asyncUtilTimeout: 15_000 });
const SLOW = 60_000;

const ui = (db: DeskDb, record: Initiative, programme: Programme | undefined) => (
  <ConfigProvider locale={viVN}>
    <AntApp>
      <DbContext.Provider value={db}>
        <ReadinessPanel record={record} programme={programme} />
      </DbContext.Provider>
    </AntApp>
  </ConfigProvider>
);

const panel = () => screen.getByRole('region', { name: 'Kiểm tra hồ sơ' });
const items = () =>
  within(panel())
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

const sheetFor = (db: DeskDb, sessionId: string, initiativeId: string, memberId: string) =>
  saveSheet(
    db,
    {
      sessionId,
      initiativeId,
      memberId,
      scores: { novelty: 20, applicability: 20, benefit: 20 },
      comments: {},
    },
    'Bình',
  );

const attachment = { sha256: 'a'.repeat(64), name: 'Bản vẽ.pdf', type: 'application/pdf', size: 3 };

describe('recognisedOf', () => {
  it('reads the council conclusion from the status', () => {
    expect(recognisedOf('recognised')).toBe(true);
    expect(recognisedOf('proposed')).toBe(true);
    expect(recognisedOf('commended')).toBe(true);
    expect(recognisedOf('not_recognised')).toBe(false);
    expect(recognisedOf('draft')).toBeNull();
    expect(recognisedOf('submitted')).toBeNull();
    expect(recognisedOf('appraising')).toBeNull();
  });
});

describe('ReadinessPanel', { timeout: SLOW }, () => {
  it('lists what is missing and follows score sheets as they are saved', async () => {
    const { db, programme, session, initiatives } = await sessionDb();
    const record = initiatives[0]!;
    render(ui(db, record, programme));
    await waitFor(() => expect(items()).toEqual(['Chưa có phiếu chấm điểm']));
    expect(
      within(panel()).getByText('Chưa đủ điều kiện đề xuất lên cấp trên (1 vấn đề):'),
    ).toBeInTheDocument();

    // The sheet count is a live query: a saved sheet turns "no sheets" into "not concluded".
    await sheetFor(db, session.id, record.id, 'm1');
    await waitFor(() => expect(items()).toEqual(['Hội đồng chưa kết luận']));
  });

  it('shows success for a recognised initiative with sheets, inside the window', async () => {
    const { db, programme, session, initiatives } = await sessionDb();
    const record = { ...initiatives[1]!, status: 'recognised' as const };
    await sheetFor(db, session.id, record.id, 'm2');
    render(ui(db, record, programme));
    expect(
      await within(panel()).findByText('Hồ sơ đủ điều kiện đề xuất lên cấp trên'),
    ).toBeInTheDocument();
    expect(items()).toEqual([]);
  });

  it('lists every problem: form, shares, window, refusal and attachment bytes', async () => {
    const { db, programme, initiatives } = await sessionDb();
    const base = initiatives[2]!;
    const record: Initiative = {
      ...base,
      status: 'not_recognised',
      novelty: '',
      firstAppliedOn: '2021-07-01',
      authors: [{ ...base.authors[0]!, sharePercent: 60 }],
      attachments: [attachment],
    };
    const view = render(ui(db, record, programme));
    await waitFor(() =>
      expect(items()).toEqual([
        'Chưa nhập: Tính mới',
        'Tổng tỷ lệ đóng góp của các tác giả phải là 100% (hiện là 60%)',
        'Ngày áp dụng lần đầu 01/07/2021 nằm ngoài khoảng chương trình cho phép (01/02/2021 – 31/05/2021)',
        'Chưa có phiếu chấm điểm',
        'Hội đồng không công nhận',
        'Thiếu tệp đính kèm "Bản vẽ.pdf" trên máy này',
      ]),
    );

    // Once the bytes are on this machine, the attachment no longer blocks.
    await db.attachments.put({
      sha256: attachment.sha256,
      blob: new Blob(['abc'], { type: 'application/pdf' }),
      size: 3,
      type: 'application/pdf',
      createdAt: '2021-03-01T00:00:00.000Z',
    });
    await waitFor(() => expect(items()).toHaveLength(5));
    expect(items()).not.toContain('Thiếu tệp đính kèm "Bản vẽ.pdf" trên máy này');

    // Without the programme (still loading) the window is not judged.
    view.rerender(ui(db, record, undefined));
    await waitFor(() => expect(items()).toHaveLength(4));
    expect(items().some((t) => t?.startsWith('Ngày áp dụng lần đầu'))).toBe(false);
  });

  it('is on the initiative page', async () => {
    const { db, office, initiatives } = await sessionDb();
    renderDesk(db, office, `#/initiatives/${initiatives[0]!.id}`);
    const region = await screen.findByRole('region', { name: 'Kiểm tra hồ sơ' });
    expect(await within(region).findByText('Chưa có phiếu chấm điểm')).toBeInTheDocument();
  });
});
