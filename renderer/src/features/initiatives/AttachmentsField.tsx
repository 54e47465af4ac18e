import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, List, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { attachmentsTotal, type AttachmentRef } from '@shared/model/initiative';
import { groupDigits } from '@shared/format';
import { sanitizeFileName } from '@shared/file-name';
import { useDb } from '../../app/context';
import { getAttachmentBytes, storeAttachment } from '../../db/attachments';
import { invoke } from '../../desk';
import { failureText } from '../../ui/failure';

interface Props {
  id: string;
  value: readonly AttachmentRef[];
  onAdd: (ref: AttachmentRef) => void;
  onRemove: (sha256: string) => void;
  disabled: boolean;
}

const size = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${groupDigits(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** Files attached to the initiative: stored once by content, at most 20 MB each, 50 MB in all. */
export const AttachmentsField = ({ id, value, onAdd, onRemove, disabled }: Props) => {
  const db = useDb();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(0);
  // Files chosen together are added one by one before the list shows them: count them too.
  const pending = useRef(0);

  const add = async (file: File) => {
    setBusy((n) => n + 1);
    const attached = attachmentsTotal(value) + pending.current;
    pending.current += file.size;
    try {
      const ref = await storeAttachment(db, file, attached);
      setError(null);
      onAdd(ref);
    } catch (e) {
      const text = failureText(e, `Không đính kèm được tệp "${file.name}"`);
      setError(text);
      message.error(text);
    } finally {
      pending.current -= file.size;
      setBusy((n) => n - 1);
    }
  };

  const download = async (ref: AttachmentRef) => {
    const bytes = await getAttachmentBytes(db, ref.sha256).catch(() => null);
    if (!bytes) {
      message.error(`Không tìm thấy nội dung tệp "${ref.name}" trong dữ liệu.`);
      return;
    }
    const res = await invoke('file:save', {
      suggestedName: sanitizeFileName(ref.name, 'tep-dinh-kem'),
      data: bytes,
      kind: 'attachment',
    });
    if (!res.ok) message.error(res.error.message);
    else if (res.value) message.success(`Đã lưu tệp vào ${res.value.path}`);
  };

  return (
    <Flex vertical gap={8}>
      <Upload
        id={id}
        multiple
        showUploadList={false}
        disabled={disabled}
        // Files go to IndexedDB, not to a server: take each one and stop antd's upload.
        beforeUpload={(file) => {
          void add(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={busy > 0} disabled={disabled}>
          Chọn tệp đính kèm
        </Button>
      </Upload>
      {error ? (
        <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />
      ) : null}
      {value.length > 0 ? (
        <List
          size="small"
          bordered
          dataSource={[...value]}
          renderItem={(ref) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  type="link"
                  icon={<DownloadOutlined aria-hidden />}
                  aria-label={`Tải về ${ref.name}`}
                  onClick={() => void download(ref)}
                />,
                disabled ? null : (
                  <Button
                    key="remove"
                    type="link"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`Bỏ tệp ${ref.name}`}
                    onClick={() => onRemove(ref.sha256)}
                  />
                ),
              ]}
            >
              <Typography.Text>{ref.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">({size(ref.size)})</Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">Chưa có tệp nào.</Typography.Text>
      )}
    </Flex>
  );
};
