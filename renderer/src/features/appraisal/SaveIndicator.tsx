import { useSyncExternalStore } from 'react';
import { Typography } from 'antd';
import type { SheetWriter } from './sheet-writer';

const hhmm = (d: Date): string =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** "Đang lưu…" / "Đã lưu lúc 10:32" / why the last write failed, announced to screen readers. */
export const SaveIndicator = ({ writer }: { writer: SheetWriter }) => {
  const s = useSyncExternalStore(writer.subscribe, writer.getStatus);
  let line = null;
  if (s.pending > 0) line = <Typography.Text type="secondary">Đang lưu…</Typography.Text>;
  else if (s.error)
    line = <Typography.Text type="danger">Chưa lưu được: {s.error}</Typography.Text>;
  else if (s.savedAt)
    line = <Typography.Text type="success">Đã lưu lúc {hhmm(s.savedAt)}</Typography.Text>;
  return (
    <div role="status" aria-live="polite">
      {line}
    </div>
  );
};
