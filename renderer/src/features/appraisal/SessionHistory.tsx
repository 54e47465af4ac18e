import { Empty, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '@shared/model/history';
import { HistoryEntryView } from '../../ui/HistoryEntryView';
import { ChangeList } from '../../ui/ChangeList';

/**
 * Every close and reopen of the session (who, when, the reason given) and every score corrected
 * after a reopen (issue 3, locking).
 */
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
            <HistoryEntryView entry={e} notePrefix="Lý do: ">
              <ChangeList changes={e.changes} />
            </HistoryEntryView>
          ),
        }))}
      />
    )}
  </section>
);
