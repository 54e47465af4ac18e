import { useState } from 'react';
import { App, Button, Form, Input, Select } from 'antd';
import type { OfficeInput } from '../../db/settings';
import { failureText } from '../../ui/failure';
import { showFieldErrors } from '../../ui/form-errors';
import { KIND_OPTIONS, readOfficeForm, type OfficeFormValues } from './office-form';

interface Props {
  initial: OfficeFormValues;
  submitLabel: string;
  /** Saves the validated profile; a thrown error is shown to the clerk and the form stays open. */
  onSubmit: (input: OfficeInput) => Promise<void>;
}

/** Who this office is: used at first run and later on the office screen. */
export const OfficeForm = ({ initial, submitLabel, onSubmit }: Props) => {
  const [form] = Form.useForm<OfficeFormValues>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const finish = async (values: OfficeFormValues) => {
    const read = readOfficeForm(values);
    if (!read.ok) {
      showFieldErrors(form, read.errors);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(read.value);
    } catch (err) {
      void message.error(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  // No antd `rules`: the zod schema is the one source of what is valid (office-form.ts).
  return (
    <Form
      form={form}
      name="office"
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void finish(v)}
      disabled={saving}
    >
      <Form.Item label="Tên đơn vị" name="unitName" required>
        <Input autoFocus placeholder="Ví dụ: Công đoàn cơ sở Công ty …" />
      </Form.Item>
      <Form.Item label="Cấp công đoàn" name="kind" required>
        <Select options={KIND_OPTIONS} placeholder="Chọn cấp công đoàn" />
      </Form.Item>
      <Form.Item label="Cơ quan cấp trên" name="parentBody" required>
        <Input placeholder="Ví dụ: LĐLĐ tỉnh Đồng Nai" />
      </Form.Item>
      <Form.Item
        label="Địa danh ghi trên văn bản"
        name="place"
        required
        extra="In ở dòng ngày tháng: “Biên Hòa, ngày 20 tháng 4 năm 2021”."
      >
        <Input placeholder="Ví dụ: Biên Hòa" />
      </Form.Item>
      <Form.Item label="Họ tên người ký" name="chairName" required>
        <Input />
      </Form.Item>
      <Form.Item label="Chức vụ người ký" name="chairTitle" required>
        <Input />
      </Form.Item>
      <Form.Item label="Email của đơn vị" name="email" required>
        {/* Not type="email": the browser would block the form with its own, non-Vietnamese bubble. */}
        <Input inputMode="email" />
      </Form.Item>
      <Form.Item
        label="Tên người sử dụng"
        name="userName"
        required
        extra="Ghi vào lịch sử mỗi thay đổi."
      >
        <Input />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Form>
  );
};
