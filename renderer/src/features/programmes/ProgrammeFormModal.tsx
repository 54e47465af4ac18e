import { useState } from 'react';
import { App, Button, Checkbox, Col, Form, Input, Modal, Row, Select, Space } from 'antd';
import { ZodError } from 'zod';
import type { Programme } from '@shared/model/programme';
import { DEFAULT_FIELDS } from '@shared/seed-programme';
import { useDb, useOffice } from '../../app/context';
import { createProgramme, updateProgramme, type ProgrammeInput } from '../../db/programmes';
import { failureText } from '../../ui/failure';
import { fieldErrors, showFieldErrors } from '../../ui/form-errors';
import {
  newProgrammeForm,
  programmeToForm,
  readProgrammeForm,
  type ProgrammeFormValues,
} from './programme-form';
import { CountInput } from './CountInput';

const FIELD_SUGGESTIONS = DEFAULT_FIELDS.map((f) => ({ value: f, label: f }));
const DATE_PLACEHOLDER = 'dd/mm/yyyy';

interface Props {
  /** The programme being edited; null to add one. */
  programme: Programme | null;
  onClose: () => void;
}

/** Adds or edits a programme; open while mounted (the screen mounts it when needed). */
export const ProgrammeFormModal = ({ programme, onClose }: Props) => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgrammeFormValues>();
  const [saving, setSaving] = useState(false);

  const write = (input: ProgrammeInput) =>
    programme
      ? updateProgramme(db, programme.id, input, userName)
      : createProgramme(db, input, userName);

  const finish = async (values: ProgrammeFormValues) => {
    const read = readProgrammeForm(values);
    if (!read.ok) {
      showFieldErrors(form, read.errors);
      return;
    }
    setSaving(true);
    try {
      await write(read.value);
      void message.success('Đã lưu chương trình');
      onClose();
    } catch (err) {
      if (err instanceof ZodError) showFieldErrors(form, fieldErrors(err.issues));
      else void message.error(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  const title = programme ? 'Sửa chương trình' : 'Thêm chương trình';
  return (
    <Modal
      open
      title={title}
      footer={null}
      width={760}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        name="programme"
        layout="vertical"
        initialValues={programme ? programmeToForm(programme) : newProgrammeForm()}
        onFinish={(v) => void finish(v)}
        disabled={saving}
      >
        <Form.Item label="Tên chương trình" name="name" required>
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="Cơ quan phát động" name="issuer">
          <Input placeholder="Ví dụ: Liên đoàn Lao động tỉnh Đồng Nai" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="Ngày bắt đầu" name="startsOn">
              <Input placeholder={DATE_PLACEHOLDER} maxLength={10} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Hạn nộp hồ sơ" name="deadline" required>
              <Input placeholder={DATE_PLACEHOLDER} maxLength={10} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="Chỉ tiêu số sáng kiến" name="targetInitiatives" required>
              <CountInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Bằng LĐST tối thiểu" name="targetCertificatesMin" required>
              <CountInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Bằng LĐST tối đa" name="targetCertificatesMax" required>
              <CountInput />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="Số sáng kiến mỗi đơn vị được đề xuất"
              name="quotaPerUnit"
              required
              extra="Đơn vị đề xuất lên cấp trên không quá số này."
            >
              <CountInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Email nhận hồ sơ" name="recipientEmail" required>
              <Input inputMode="email" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Lĩnh vực"
          name="fields"
          required
          extra="Gõ tên lĩnh vực rồi nhấn Enter để thêm; bấm × để bỏ."
        >
          <Select mode="tags" options={FIELD_SUGGESTIONS} tokenSeparators={[';']} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="Áp dụng lần đầu từ ngày"
              name="firstAppliedFrom"
              extra="Sáng kiến áp dụng lần đầu trong khoảng này mới được xét."
            >
              <Input placeholder={DATE_PLACEHOLDER} maxLength={10} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Áp dụng lần đầu đến ngày" name="firstAppliedTo">
              <Input placeholder={DATE_PLACEHOLDER} maxLength={10} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="archived" valuePropName="checked">
          <Checkbox>Chương trình đã kết thúc (lưu trữ)</Checkbox>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            Lưu
          </Button>
          <Button onClick={onClose}>Hủy</Button>
        </Space>
      </Form>
    </Modal>
  );
};
