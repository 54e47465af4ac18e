import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatMegabytes } from '@shared/backup/format';
import { formatDateTime } from '@shared/format';
import {
  OUTBOX_STATE_LABELS,
  cancel,
  retryNow,
  type OutboxEntry,
  type OutboxState,
} from '@shared/mail/outbox';
import { useDb } from '../../app/context';
import { kickOutbox } from '../../mail/outbox-scheduler';
import { listOutbox, moveEntry } from '../../mail/outbox-store';

const STATE_COLORS: Record<OutboxState, string> = {
  queued: 'blue',
  sending: 'processing',
  sent: 'success',
  failed: 'error',
  cancelled: 'default',
};

/** What the clerk should read about an entry: the server's words, or what happens next. */
const note = (e: OutboxEntry): string => {
  if (e.state === 'sent')
    return e.serverResponse ? `Máy chủ đã nhận: "${e.serverResponse}"` : 'Máy chủ đã nhận thư.';
  if (!e.lastFailure) return '';
  const words = e.lastFailure.serverResponse
    ? ` Máy chủ trả lời: "${e.lastFailure.serverResponse}"`
    : '';
  return `${e.lastFailure.message}${words}`;
};

const canAct = (e: OutboxEntry) => e.state === 'queued' || e.state === 'failed';

/** "Hộp thư đi": every email the app has queued, with "Gửi lại ngay" and "Huỷ". */
export const OutboxScreen = () => {
  const db = useDb();
  const { message, modal } = App.useApp();
  const entries = useLiveQuery(() => listOutbox(db), [db]);

  const sendNow = async (e: OutboxEntry) => {
    const step = await moveEntry(db, e.id, (current) => retryNow(current, new Date()));
    if (!step.ok) {
      void message.warning(step.message);
      return;
    }
    kickOutbox();
  };

  const askCancel = (e: OutboxEntry): void => {
    void modal.confirm({
      title: 'Huỷ thư này?',
      content: `Thư "${e.subject}" gửi ${e.to} sẽ không được gửi nữa. Tệp hồ sơ vẫn còn trong thư mục dữ liệu.`,
      okText: 'Huỷ thư',
      okButtonProps: { danger: true },
      cancelText: 'Không huỷ',
      onOk: async () => {
        const step = await moveEntry(db, e.id, cancel);
        if (step.ok) void message.success('Đã huỷ thư.');
        else void message.warning(step.message);
      },
    });
  };

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Hộp thư đi
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Thư chờ gửi được gửi lần lượt; khi mất mạng hoặc máy chủ tạm từ chối, ứng dụng tự gửi lại
        sau ít phút và ngay khi có mạng trở lại. Thư đã gửi không bao giờ bị gửi lần nữa.
      </Typography.Paragraph>
      <Table<OutboxEntry>
        rowKey="id"
        size="small"
        loading={entries === undefined}
        dataSource={entries ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa có thư nào. Thư gửi hồ sơ qua email sẽ hiện ở đây.' }}
        columns={[
          {
            title: 'Trạng thái',
            key: 'state',
            render: (_, e) => (
              <Tag color={STATE_COLORS[e.state]}>{OUTBOX_STATE_LABELS[e.state]}</Tag>
            ),
          },
          { title: 'Người nhận', dataIndex: 'to' },
          { title: 'Tiêu đề', dataIndex: 'subject' },
          {
            title: 'Dung lượng',
            key: 'size',
            render: (_, e) => formatMegabytes(e.size),
          },
          { title: 'Số lần gửi', dataIndex: 'attempts' },
          {
            title: 'Gửi lại lúc',
            key: 'next',
            render: (_, e) =>
              e.state === 'queued' && e.nextAttemptAt ? formatDateTime(e.nextAttemptAt) : '',
          },
          { title: 'Ghi chú', key: 'note', render: (_, e) => note(e) },
          {
            title: '',
            key: 'actions',
            render: (_, e) =>
              canAct(e) && (
                <Flex gap={4}>
                  <Button
                    size="small"
                    aria-label={`Gửi lại ngay thư gửi ${e.to}`}
                    onClick={() => void sendNow(e)}
                  >
                    Gửi lại ngay
                  </Button>
                  <Button
                    size="small"
                    danger
                    aria-label={`Huỷ thư gửi ${e.to}`}
                    onClick={() => askCancel(e)}
                  >
                    Huỷ
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
};
