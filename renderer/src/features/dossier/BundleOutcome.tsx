// What a built bundle looks like to the clerk: its name, size, initiatives and files, whether it
// goes by email (one message, N numbered ones, or not at all, with the reason), and the two ways
// out: "Lưu ra thư mục" and "Gửi qua email". Only shows states; BundlePanel does the work.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, Typography } from 'antd';
import { z } from 'zod';
import { formatFileSize } from '@shared/bundle/file-size';
import { describePlan } from '@shared/bundle/mail-plan-text';
import { cleanEmail, EMAIL_HINT } from '@shared/email';
import type { MailPlan } from '@shared/bundle/mail-size';
import { navigate } from '../../app/router';

export interface BuiltBundle {
  readonly fileName: string;
  readonly size: number;
  readonly files: readonly string[];
  readonly mail: MailPlan;
  readonly initiatives: number;
}

export interface BundleOutcomeProps {
  readonly built: BuiltBundle;
  /** Whether email settings are saved; undefined while asking main. */
  readonly mailReady: boolean | undefined;
  readonly defaultTo: string;
  readonly saving: boolean;
  /** Where the bundle was saved, once it was. */
  readonly savedPath: string | null;
  readonly sending: boolean;
  /** The emails queued, once they were. */
  readonly queued: { readonly count: number; readonly to: string } | null;
  readonly onSave: () => void;
  readonly onReveal: (path: string) => void;
  readonly onSend: (to: string) => void;
}

const emailSchema = z.email(`Email người nhận không hợp lệ: ${EMAIL_HINT}.`);

const fileCounts = (files: readonly string[]): string => {
  const documents = files.filter((f) => f.startsWith('documents/')).length;
  const attachments = files.length - documents;
  return `${files.length} tệp (${documents} văn bản, ${attachments} tệp đính kèm)`;
};

export const BundleOutcome = (props: BundleOutcomeProps) => {
  const { built, mailReady, queued } = props;
  const plan = describePlan(built.mail, built.size);
  const [to, setTo] = useState(props.defaultTo);
  const [toError, setToError] = useState<string | null>(null);

  const send = () => {
    const parsed = emailSchema.safeParse(cleanEmail(to));
    if (!parsed.success) {
      setToError(parsed.error.issues[0]?.message ?? 'Email người nhận không hợp lệ');
      return;
    }
    setToError(null);
    props.onSend(parsed.data);
  };

  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        title={`Đã đóng gói: ${built.fileName}`}
        items={[
          { key: 'size', label: 'Dung lượng', children: formatFileSize(built.size) },
          { key: 'initiatives', label: 'Sáng kiến', children: built.initiatives },
          { key: 'files', label: 'Tệp', children: fileCounts(built.files) },
        ]}
      />
      <Alert
        type={plan.kind === 'fits' ? 'success' : plan.kind === 'split' ? 'warning' : 'error'}
        showIcon
        role={plan.kind === 'fits' ? 'status' : 'alert'}
        title={plan.title}
        description={plan.detail}
      />

      <Card size="small" title="Lưu ra thư mục (USB, gửi bưu điện hoặc mang trực tiếp)">
        {props.savedPath ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={`Đã lưu hồ sơ vào ${props.savedPath}`}
            action={
              <Button size="small" onClick={() => props.onReveal(props.savedPath ?? '')}>
                Mở thư mục
              </Button>
            }
          />
        ) : (
          <Button loading={props.saving} onClick={props.onSave}>
            {props.saving ? 'Đang lưu…' : 'Lưu ra thư mục'}
          </Button>
        )}
      </Card>

      {plan.messages > 0 && (
        <Card size="small" title="Gửi qua email">
          {queued ? (
            <Alert
              type="success"
              showIcon
              role="status"
              title={`Đã đưa vào hộp thư đi: ${queued.count === 1 ? 'một thư' : `${queued.count} thư đánh số`} gửi ${queued.to}. Ứng dụng tự gửi khi có mạng.`}
              action={
                <Button size="small" onClick={() => navigate({ screen: 'outbox' })}>
                  Mở Hộp thư đi
                </Button>
              }
            />
          ) : mailReady === false ? (
            <Alert
              type="info"
              showIcon
              role="status"
              title="Chưa thiết lập email nên chưa gửi được. Hãy nhập máy chủ thư và tài khoản gửi trong Thiết lập email, rồi quay lại đây; hoặc lưu hồ sơ ra thư mục."
              action={
                <Button size="small" onClick={() => navigate({ screen: 'mail' })}>
                  Thiết lập email
                </Button>
              }
            />
          ) : (
            <Flex vertical gap={8}>
              <label htmlFor="bundle-to">
                <Typography.Text>Gửi tới</Typography.Text>
              </label>
              <Input
                id="bundle-to"
                type="email"
                value={to}
                status={toError ? 'error' : ''}
                aria-invalid={toError !== null}
                aria-describedby={toError ? 'bundle-to-error' : undefined}
                onChange={(e) => setTo(e.target.value)}
                style={{ maxWidth: 420 }}
              />
              {toError && (
                <Typography.Text id="bundle-to-error" type="danger" role="alert">
                  {toError}
                </Typography.Text>
              )}
              <div>
                <Button
                  type="primary"
                  loading={props.sending}
                  disabled={mailReady === undefined}
                  onClick={send}
                >
                  {plan.kind === 'split' ? `Chia thành ${plan.messages} thư` : 'Gửi qua email'}
                </Button>
              </div>
            </Flex>
          )}
        </Card>
      )}
    </Flex>
  );
};
