import { useState, type ReactNode } from 'react';
import { Input, Modal, Typography } from 'antd';
import { failureText } from '../../ui/failure';

interface Props {
  title: string;
  /** What the reason is for, shown above the field. */
  intro: ReactNode;
  label: string;
  okText: string;
  danger?: boolean;
  /** Extra confirmation that must be given before OK is enabled (e.g. a checkbox). */
  confirmed?: boolean;
  children?: ReactNode;
  /** Resolves when done; a rejection's message is shown in the dialog, which stays open. */
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** A dialog that will not go on without a written reason (reopening, rescoring: both kept in history). */
export const ReasonModal = (p: Props) => {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = reason.trim() !== '' && (p.confirmed ?? true);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await p.onSubmit(reason.trim());
      p.onClose();
    } catch (err) {
      setError(failureText(err, 'Không thực hiện được'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={p.title}
      okText={p.okText}
      cancelText="Hủy"
      okButtonProps={{ disabled: !ready || busy, danger: p.danger ?? false }}
      onOk={() => void submit()}
      onCancel={p.onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>{p.intro}</Typography.Paragraph>
      <label htmlFor="reason-field" style={{ display: 'block', marginBottom: 4 }}>
        {p.label}
      </label>
      <Input.TextArea
        id="reason-field"
        autoFocus
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        status={error ? 'error' : undefined}
      />
      {p.children}
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Modal>
  );
};
