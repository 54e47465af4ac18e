import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { HISTORY_ACTION_LABELS, type HistoryEntry } from '@shared/model/history';
import { formatDateTime } from '@shared/format';

/** One history entry as the clerk reads it: what, who · when, the note, then any details. */
export const HistoryEntryView = ({
  entry,
  notePrefix = '',
  children,
}: {
  entry: HistoryEntry;
  notePrefix?: string;
  children?: ReactNode;
}) => (
  <div>
    <Typography.Text strong>{HISTORY_ACTION_LABELS[entry.action]}</Typography.Text>
    <br />
    <Typography.Text type="secondary">
      {entry.by} · {formatDateTime(entry.at)}
    </Typography.Text>
    {entry.note ? (
      <div>
        {notePrefix}
        {entry.note}
      </div>
    ) : null}
    {children}
  </div>
);
