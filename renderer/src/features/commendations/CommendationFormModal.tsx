import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import {
  COMMENDATION_FORMS,
  COMMENDATION_FORM_LABELS,
  COMMENDATION_LEVELS,
  COMMENDATION_LEVEL_LABELS,
  type Commendation,
} from '@shared/model/commendation';
import type { Initiative } from '@shared/model/initiative';
import { STATUS_LABELS } from '@shared/model/initiative';
import { fold } from '@shared/text';
import { useDb, useOffice } from '../../app/context';
import { recordCommendation, updateCommendation } from '../../db/commendations';
import { failureText } from '../../ui/failure';
import { showFieldErrors } from '../../ui/form-errors';
import {
  commendationToForm,
  newCommendationForm,
  readCommendationForm,
  type CommendationFormValues,
} from './commendation-form';

interface Option {
  value: string;
  label: string;
}

// Typing "may ep" finds "Máy ép": clerks search without diacritics.
const matches = (input: string, option?: Option) =>
  !!option && fold(option.label).includes(fold(input));

const LEVEL_OPTIONS = COMMENDATION_LEVELS.map((l) => ({
  value: l,
  label: COMMENDATION_LEVEL_LABELS[l],
}));
const FORM_OPTIONS = COMMENDATION_FORMS.map((f) => ({
  value: f,
  label: COMMENDATION_FORM_LABELS[f],
}));

interface Props {
  /** The commendation being edited; null to record one. */
  commendation: Commendation | null;
  /** The recognised, proposed and commended initiatives the clerk picks from. */
  initiatives: readonly Initiative[];
  onClose: () => void;
}

/** Records a commendation of an initiative (and, optionally, some of its authors), or edits one. */
export const CommendationFormModal = ({ commendation, initiatives, onClose }: Props) => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommendationFormValues>();
  const [saving, setSaving] = useState(false);
  const picked = Form.useWatch('initiativeId', form);
  const initiative = initiatives.find((i) => i.id === picked);

  const finish = async (values: CommendationFormValues) => {
    const read = readCommendationForm(values);
    if (!read.ok) {
      showFieldErrors(form, read.errors);
      return;
    }
    setSaving(true);
    try {
      if (commendation) await updateCommendation(db, commendation.id, read.value, userName);
      else await recordCommendation(db, read.value, userName);
      void message.success(`Đã lưu khen thưởng theo quyết định số ${read.value.decisionNumber}`);
      onClose();
    } catch (err) {
      void message.error(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={commendation ? 'Sửa khen thưởng' : 'Ghi khen thưởng'}
      footer={null}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      <Form
        form={form}
        name="commendation"
        layout="vertical"
        initialValues={commendation ? commendationToForm(commendation) : newCommendationForm()}
        onFinish={(v) => void finish(v)}
        onValuesChange={(changed: Partial<CommendationFormValues>) => {
          // Another initiative has other authors.
          if ('initiativeId' in changed) form.setFieldValue('authorIds', []);
        }}
        disabled={saving}
      >
        <Form.Item label="Sáng kiến" name="initiativeId" required>
          <Select<string, Option>
            aria-label="Sáng kiến"
            disabled={commendation !== null}
            options={initiatives.map((i) => ({
              value: i.id,
              label: `${i.title} (${STATUS_LABELS[i.status]})`,
            }))}
            showSearch={{ filterOption: matches }}
            placeholder="Chọn sáng kiến được công nhận hoặc đã đề xuất"
          />
        </Form.Item>
        <Form.Item
          label="Tác giả được khen"
          name="authorIds"
          extra="Để trống nếu quyết định khen cho sáng kiến (mọi tác giả)."
        >
          <Select<string[]>
            aria-label="Tác giả được khen"
            mode="multiple"
            disabled={!initiative}
            options={(initiative?.authors ?? []).map((a) => ({ value: a.id, label: a.name }))}
            placeholder="Tất cả tác giả"
          />
        </Form.Item>
        <Space wrap>
          <Form.Item label="Cấp khen thưởng" name="level" required>
            <Select aria-label="Cấp khen thưởng" options={LEVEL_OPTIONS} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label="Hình thức" name="form" required>
            <Select aria-label="Hình thức" options={FORM_OPTIONS} style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <Form.Item label="Cơ quan quyết định" name="decidingBody" required>
          <Input placeholder="ví dụ Liên đoàn Lao động tỉnh Đồng Nai" maxLength={300} />
        </Form.Item>
        <Space wrap>
          <Form.Item label="Số quyết định" name="decisionNumber" required>
            <Input placeholder="ví dụ 125/QĐ-LĐLĐ" maxLength={100} />
          </Form.Item>
          <Form.Item label="Ngày quyết định" name="decisionDate" required>
            <Input placeholder="dd/mm/yyyy" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="Tiền thưởng (đồng)" name="amount">
            <Input placeholder="ví dụ 2.000.000" style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item label="Ghi chú" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
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
