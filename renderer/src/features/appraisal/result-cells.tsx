// Pieces of a result shown both under a session's grids and on the programme's results screen.
import { Space, Tag, Typography } from 'antd';
import type { InitiativeResult } from '@shared/appraisal/programme-results';
import { formatMoney } from '@shared/format';

export const ConclusionCell = ({ result }: { result: InitiativeResult }) => {
  const c = result.conclusion;
  if (!c)
    return (
      <Typography.Text type="secondary">
        Chưa đủ phiếu ({result.complete}/{result.expectedSheets})
      </Typography.Text>
    );
  return (
    <Space orientation="vertical" size={0}>
      <span>
        <Tag color={c.recognised ? 'green' : 'red'}>
          {c.recognised ? 'Công nhận' : 'Không công nhận'}
        </Tag>
        {result.final ? <Tag>Chính thức</Tag> : <Tag color="gold">Tạm tính</Tag>}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {c.reason}
      </Typography.Text>
    </Space>
  );
};

/** Why an initiative is a candidate for the Bằng Lao động sáng tạo, or nothing. */
export const CandidateCell = ({ result }: { result: InitiativeResult }) => {
  const c = result.candidate;
  if (!c) return null;
  const why =
    c.kind === 'single'
      ? `Giá trị làm lợi ${formatMoney(c.amount)}`
      : `${c.author}: ${formatMoney(c.total)} trong ${c.from}–${c.from + 2}`;
  return (
    <Space orientation="vertical" size={0}>
      <Tag color="purple">Ứng viên Bằng LĐST</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {why}
      </Typography.Text>
    </Space>
  );
};

export const rankText = (n: number | undefined): string => (n === undefined ? '—' : String(n));
