import { Button, Space, Typography } from 'antd';
import type { SaveStateSource } from './autosave-queue';
import { useSaveState } from './useAutosave';

const hhmm = (d: Date): string =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

interface Props {
  queue: SaveStateSource;
  /** When the record was last written, for the line shown before any edit. */
  updatedAt: string;
}

/** "Đã lưu lúc 10:32" / "Đang lưu…" / the reason a save failed, announced to screen readers. */
export const SaveStatus = ({ queue, updatedAt }: Props) => {
  const state = useSaveState(queue);
  const onRetry = () => void queue.flush();
  let line: React.ReactNode;
  switch (state.kind) {
    case 'idle':
      line = (
        <Typography.Text type="secondary">Đã lưu lúc {hhmm(new Date(updatedAt))}</Typography.Text>
      );
      break;
    case 'saved':
      line = <Typography.Text type="secondary">Đã lưu lúc {hhmm(state.at)}</Typography.Text>;
      break;
    case 'pending':
    case 'saving':
      line = <Typography.Text type="secondary">Đang lưu…</Typography.Text>;
      break;
    case 'error':
      line = (
        <Space size={4}>
          <Typography.Text type="danger">Chưa lưu được: {state.message}</Typography.Text>
          <Button size="small" onClick={onRetry}>
            Thử lại
          </Button>
        </Space>
      );
      break;
  }
  return (
    <div role="status" aria-live="polite">
      {line}
    </div>
  );
};
