// The document numbers and dates of the dossier, typed once per programme (db/dossier-numbers.ts).
import { Button, Flex, Form, Input } from 'antd';
import type { DossierNumbers } from '@shared/dossier/input';
import { formatDate, readDate } from '@shared/format';

interface Values {
  cover: string;
  date: string;
  minutes: string;
  recipient: string;
}

interface Props {
  initial: DossierNumbers;
  onSave: (n: DossierNumbers) => Promise<void>;
  onCancel?: () => void;
}

export const DossierNumbersForm = ({ initial, onSave, onCancel }: Props) => {
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    const date = readDate(v.date);
    if (!date.ok) return;
    await onSave({ cover: v.cover, date: date.value, minutes: v.minutes, recipient: v.recipient });
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      aria-label="Số và ngày của hồ sơ"
      initialValues={{ ...initial, date: formatDate(initial.date) }}
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 640 }}
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="cover"
          label="Số tờ trình"
          extra="Không ghi chữ “Số:”, ví dụ 05/TTr-LĐLĐ"
          rules={[{ required: true, whitespace: true, message: 'Nhập số của tờ trình' }]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="date"
          label="Ngày tờ trình"
          extra="dd/mm/yyyy; cũng là ngày của danh sách và các bản tóm tắt"
          rules={[
            {
              validator: (_, v: string | undefined) => {
                const read = readDate(v ?? '');
                return read.ok ? Promise.resolve() : Promise.reject(new Error(read.message));
              },
            },
          ]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="minutes"
          label="Số biên bản họp Hội đồng"
          rules={[{ required: true, whitespace: true, message: 'Nhập số của biên bản' }]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <Input />
        </Form.Item>
      </Flex>
      <Form.Item
        name="recipient"
        label="Kính gửi"
        extra="Cơ quan nhận tờ trình, ví dụ Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai"
        rules={[{ required: true, whitespace: true, message: 'Nhập nơi nhận tờ trình' }]}
      >
        <Input />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          Lưu số và ngày
        </Button>
        {onCancel && <Button onClick={onCancel}>Hủy</Button>}
      </Flex>
    </Form>
  );
};
