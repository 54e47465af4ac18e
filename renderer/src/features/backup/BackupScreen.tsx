import { useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Progress, Spin, Table, Typography } from 'antd';
import { CloudUploadOutlined, FolderOpenOutlined, HistoryOutlined } from '@ant-design/icons';
import { BACKUP_REASON_LABELS, formatMegabytes, type BackupListItem } from '@shared/backup/format';
import { formatDateTime } from '@shared/format';
import { useDb } from '../../app/context';
import { invoke } from '../../desk';
import {
  forgetBackup,
  makeBackup,
  readBackup,
  restoreBackup,
  type ReadBackup,
  type Step,
} from '../../backup/backups';
import {
  clearRestoredNotice,
  leaveRestoredNotice,
  peekRestoredNotice,
} from '../../backup/restored-notice';

const STEP_LABELS: Record<Step['phase'], string> = {
  export: 'Đang đọc toàn bộ dữ liệu để sao lưu…',
  write: 'Đang ghi tệp sao lưu…',
  read: 'Đang kiểm tra bản sao lưu…',
  load: 'Đang đọc bản sao lưu…',
  snapshot: 'Đang sao lưu dữ liệu hiện tại trước khi khôi phục…',
  import: 'Đang khôi phục dữ liệu…',
  rebuild: 'Đang dựng lại danh sách sáng kiến và số liệu…',
  undo: 'Khôi phục không thành: đang đưa dữ liệu về như trước…',
};

interface Props {
  /** After a restore every in-memory store must reload from the database: the page reloads. */
  onRestored?: () => void;
}

const reloadPage = () => window.location.reload();

/** The backups in the data folder, "Sao lưu ngay", and restore from the list or from a file. */
export const BackupScreen = ({ onRestored = reloadPage }: Props) => {
  const db = useDb();
  const { message, modal } = App.useApp();
  const [list, setList] = useState<{ folder: string; backups: BackupListItem[] } | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Left by the restore before the page reloaded (the hash brings the clerk back here).
  const [restored, setRestored] = useState(peekRestoredNotice);
  useEffect(() => {
    if (restored !== null) clearRestoredNotice();
  }, [restored]);

  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    let live = true;
    void invoke('backup:list', {}).then((res) => {
      if (!live) return;
      if (res.ok) setList(res.value);
      else setError(res.error.message);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const backUpNow = async () => {
    setError(null);
    const res = await makeBackup(db, 'manual', { askWhere: true, onStep: setStep });
    setStep(null);
    refresh();
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    const { backup, copiedTo } = res.value;
    message.success(
      copiedTo
        ? `Đã sao lưu vào thư mục dữ liệu và chép ra "${copiedTo}".`
        : `Đã sao lưu vào thư mục dữ liệu (${backup.fileName}); chưa chép ra nơi khác.`,
    );
  };

  const confirmRestore = async (backup: ReadBackup): Promise<boolean> => {
    const { manifest } = backup;
    const when = formatDateTime(manifest.createdAt);
    const count = (table: string) => manifest.tables[table] ?? 0;
    // antd's confirm is a thenable that resolves to whether the clerk pressed OK.
    return await modal.confirm({
      title: `Khôi phục bản sao lưu lúc ${when}?`,
      content: (
        <Flex vertical gap={8}>
          <span>
            Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này (
            {count('initiatives')} sáng kiến, {count('attachments')} tệp đính kèm, {count('units')}{' '}
            đơn vị).
          </span>
          <span>
            Trước khi khôi phục, dữ liệu hiện tại được tự động sao lưu (lý do “Trước khi khôi phục”)
            để có thể quay lại.
          </span>
        </Flex>
      ),
      okText: 'Khôi phục',
      okButtonProps: { danger: true },
      cancelText: 'Không khôi phục',
    });
  };

  const restore = async (fileName?: string) => {
    setError(null);
    setStep({ phase: 'read', percent: null });
    const read = await readBackup(fileName);
    setStep(null);
    if (!read.ok) {
      setError(read.error.message);
      return;
    }
    if (read.value === null) return;
    if (!(await confirmRestore(read.value))) {
      await forgetBackup(read.value);
      return;
    }
    const res = await restoreBackup(db, read.value, setStep);
    setStep(null);
    if (!res.ok) {
      setError(res.error.message);
      refresh();
      return;
    }
    leaveRestoredNotice(
      `Đã khôi phục bản sao lưu lúc ${formatDateTime(read.value.manifest.createdAt)}. Dữ liệu trước đó được giữ trong bản “${res.value.snapshot}”.`,
    );
    onRestored();
  };

  const busy = step !== null;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Sao lưu &amp; khôi phục
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Sáng kiến Desk tự sao lưu toàn bộ dữ liệu (kể cả tệp đính kèm) khi mở lần đầu mỗi ngày và
        trước mỗi lần nhập hoặc khôi phục; giữ 7 bản của 7 ngày gần nhất và 4 bản của 4 tuần gần
        nhất.
        {list ? ` Thư mục sao lưu: ${list.folder}` : ''}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          icon={<CloudUploadOutlined aria-hidden />}
          disabled={busy}
          onClick={() => void backUpNow()}
        >
          Sao lưu ngay
        </Button>
        <Button
          icon={<FolderOpenOutlined aria-hidden />}
          disabled={busy}
          onClick={() => void restore()}
        >
          Khôi phục từ tệp…
        </Button>
      </Flex>
      {step ? (
        <div role="status" aria-live="polite">
          <Typography.Text>{STEP_LABELS[step.phase]}</Typography.Text>
          {step.percent === null ? (
            <Spin size="small" style={{ marginLeft: 8 }} />
          ) : (
            <Progress percent={step.percent} size="small" />
          )}
        </div>
      ) : null}
      {restored ? (
        <Alert
          type="success"
          showIcon
          title={restored}
          closable
          onClose={() => setRestored(null)}
        />
      ) : null}
      {error ? (
        <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />
      ) : null}
      <Table<BackupListItem>
        rowKey="fileName"
        size="middle"
        loading={list === null}
        dataSource={list?.backups ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa có bản sao lưu nào. Bấm “Sao lưu ngay” để tạo bản đầu tiên.' }}
        columns={[
          {
            title: 'Thời điểm',
            key: 'createdAt',
            render: (_, b) => formatDateTime(b.createdAt),
          },
          { title: 'Lý do', key: 'reason', render: (_, b) => BACKUP_REASON_LABELS[b.reason] },
          {
            title: 'Dung lượng',
            key: 'size',
            align: 'right',
            render: (_, b) => formatMegabytes(b.size),
          },
          {
            title: '',
            key: 'actions',
            align: 'right',
            render: (_, b) => (
              <Button
                type="link"
                icon={<HistoryOutlined aria-hidden />}
                disabled={busy}
                aria-label={`Khôi phục bản sao lưu lúc ${formatDateTime(b.createdAt)}`}
                onClick={() => void restore(b.fileName)}
              >
                Khôi phục…
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
};
