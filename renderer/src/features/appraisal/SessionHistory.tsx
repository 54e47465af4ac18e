import { Empty, Timeline, Typography } from 'antd';
import { HISTORY_ACTION_LABELS, type HistoryEntry } from '@shared/model/history';
import { formatDateTime } from '@shared/format';

/** Every close and reopen of the session: who, when, and the reason given (issue 3, locking). */
export const SessionHistory = ({ entries }: { entries: readonly HistoryEntry[] }) => (
  <section aria-labelledby="session-history-title">
    <Typography.Title id="session-history-title" level={4}>
      Lịch sử
    </Typography.Title>
    {entries.length === 0 ? (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="Phiên họp chưa kết thúc hay mở lại lần nào"
      />
    ) : (
      <Timeline
        items={entries.map((e) => ({
          key: e.id,
          content: (
            <div>
              <Typography.Text strong>{HISTORY_ACTION_LABELS[e.action]}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {e.by} · {formatDateTime(e.at)}
              </Typography.Text>
              {e.note && <div>Lý do: {e.note}</div>}
            </div>
          ),
        }))}
      />
    )}
  </section>
);
