import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { MAIL_PRESETS, type MailPresetId } from '@shared/mail/settings';
import type { SendOutcome } from '@shared/mail/outcome';
import {
  MAIL_PLACEHOLDERS,
  MAIL_PLACEHOLDER_LABELS,
  unknownPlaceholders,
} from '@shared/mail/template';
import { useDb, useOffice } from '../../app/context';
import { invoke } from '../../desk';
import { getMailTemplate, setMailTemplate } from '../../mail/mail-template';
import { showFieldErrors } from '../../ui/form-errors';
import {
  PRESET_OPTIONS,
  SECURITY_OPTIONS,
  readMailForm,
  toForm,
  type MailFormValues,
} from './mail-settings-form';

type Loaded = { values: MailFormValues; passwordStored: boolean } | { error: string };

type TestResult = { kind: 'success' | 'error'; text: string };

const testResultText = (to: string, o: SendOutcome): TestResult =>
  o.status === 'sent'
    ? { kind: 'success', text: `Đã gửi thư thử tới ${to}. Máy chủ trả lời: ${o.serverResponse}` }
    : {
        kind: 'error',
        text: o.serverResponse ? `${o.message} Máy chủ trả lời: "${o.serverResponse}"` : o.message,
      };

/** "Thiết lập email": the SMTP server, the sender, the password (write-only) and the template. */
export const MailSettingsScreen = () => {
  const db = useDb();
  const office = useOffice();
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [res, template] = await Promise.all([
        invoke('mail:settings:get', {}),
        getMailTemplate(db),
      ]);
      if (!live) return;
      if (!res.ok) setLoaded({ error: res.error.message });
      else
        setLoaded({
          values: toForm(res.value.settings, template, {
            name: office.unitName,
            address: office.email,
          }),
          passwordStored: res.value.passwordStored,
        });
    })();
    return () => {
      live = false;
    };
  }, [db, office]);

  return (
    <Card style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Thiết lập email
      </Typography.Title>
      {loaded === null ? null : 'error' in loaded ? (
        <Alert type="error" showIcon title={loaded.error} />
      ) : (
        <MailSettingsForm
          initial={loaded.values}
          passwordStored={loaded.passwordStored}
          onSaved={(passwordStored) => {
            void message.success('Đã lưu thiết lập email');
            setLoaded((l) => (l && 'values' in l ? { ...l, passwordStored } : l));
          }}
          saveTemplate={(t) => setMailTemplate(db, t)}
        />
      )}
    </Card>
  );
};

interface FormProps {
  initial: MailFormValues;
  passwordStored: boolean;
  onSaved: (passwordStored: boolean) => void;
  saveTemplate: (t: { subject: string; body: string }) => Promise<void>;
}

const MailSettingsForm = ({ initial, passwordStored, onSaved, saveTemplate }: FormProps) => {
  const [form] = Form.useForm<MailFormValues>();
  const preset = Form.useWatch('preset', form) ?? initial.preset;
  const subject = Form.useWatch('subject', form) ?? initial.subject;
  const body = Form.useWatch('body', form) ?? initial.body;
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [testTo, setTestTo] = useState(initial.fromAddress);
  const [testResult, setTestResult] = useState<TestResult | null>(null);
  const typos = unknownPlaceholders(`${subject}\n${body}`);

  const pickPreset = (id: MailPresetId) => {
    const p = MAIL_PRESETS[id];
    if (id === 'gmail') form.setFieldsValue({ host: p.host, port: p.port, security: p.security });
  };

  /** Saves; true when everything was stored. */
  const save = async (): Promise<boolean> => {
    setSaveError(null);
    const read = readMailForm(form.getFieldsValue(true) as MailFormValues);
    if (!read.ok) {
      showFieldErrors(form, read.errors);
      return false;
    }
    const { settings, password, template } = read.value;
    const res = await invoke('mail:settings:set', {
      settings,
      ...(password !== undefined ? { password } : {}),
    });
    if (!res.ok) {
      setSaveError(res.error.message);
      return false;
    }
    await saveTemplate(template);
    form.setFieldValue('password', '');
    onSaved(res.value.passwordStored);
    return true;
  };

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  const sendTest = () =>
    run(async () => {
      setTestResult(null);
      if (!(await save())) return;
      const to = testTo.trim();
      const res = await invoke('mail:test', { to });
      setTestResult(
        res.ok ? testResultText(to, res.value) : { kind: 'error', text: res.error.message },
      );
    });

  return (
    <Form
      form={form}
      name="mail-settings"
      layout="vertical"
      initialValues={initial}
      disabled={busy}
      onFinish={() => void run(async () => void (await save()))}
    >
      <Form.Item label="Dịch vụ email" name="preset">
        <Select options={PRESET_OPTIONS} onChange={pickPreset} />
      </Form.Item>
      <Alert type="info" showIcon title={MAIL_PRESETS[preset].note} style={{ marginBottom: 16 }} />
      <Flex gap={12}>
        <Form.Item label="Máy chủ SMTP" name="host" required style={{ flex: 1 }}>
          <Input placeholder="Ví dụ: smtp.gmail.com" />
        </Form.Item>
        <Form.Item label="Cổng" name="port" required>
          <InputNumber min={1} max={65535} controls={false} />
        </Form.Item>
      </Flex>
      <Form.Item label="Bảo mật kết nối" name="security" required>
        <Select options={SECURITY_OPTIONS} />
      </Form.Item>
      <Form.Item
        label="Tên đăng nhập"
        name="user"
        extra="Với Gmail là chính địa chỉ Gmail. Để trống nếu máy chủ không cần đăng nhập."
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="Mật khẩu"
        name="password"
        extra={
          passwordStored
            ? 'Đã lưu mật khẩu (cất an toàn trên máy này, không hiện lại). Để trống nếu không đổi.'
            : 'Chưa lưu mật khẩu.'
        }
      >
        <Input.Password
          autoComplete="new-password"
          placeholder={passwordStored ? '•••••••• (đã lưu)' : ''}
        />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item label="Tên người gửi" name="fromName" style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item label="Email người gửi" name="fromAddress" required style={{ flex: 1 }}>
          <Input />
        </Form.Item>
      </Flex>
      <Typography.Title level={5}>Mẫu thư gửi hồ sơ</Typography.Title>
      <Form.Item label="Tiêu đề thư" name="subject" required>
        <Input />
      </Form.Item>
      <Form.Item
        label="Nội dung thư"
        name="body"
        extra={`Chỗ trống tự điền: ${MAIL_PLACEHOLDERS.map(
          (p) => `{${p}} – ${MAIL_PLACEHOLDER_LABELS[p]}`,
        ).join('; ')}.`}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} />
      </Form.Item>
      {typos.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Mẫu thư có chỗ trống không hiểu: ${typos.map((t) => `{${t}}`).join(', ')}. Hãy sửa lại cho đúng, nếu không thư sẽ giữ nguyên chữ đó.`}
        />
      )}
      {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        Lưu thiết lập
      </Button>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        Gửi thư thử
      </Typography.Title>
      <Flex gap={8}>
        <Input
          aria-label="Gửi thư thử tới"
          value={testTo}
          onChange={(e) => setTestTo(e.target.value)}
          style={{ maxWidth: 320 }}
        />
        <Button onClick={() => void sendTest()} loading={busy}>
          Gửi thư thử
        </Button>
      </Flex>
      {testResult && (
        <Alert
          type={testResult.kind}
          showIcon
          title={testResult.text}
          style={{ marginTop: 12 }}
          role="status"
        />
      )}
    </Form>
  );
};
