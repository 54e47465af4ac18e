import { useState } from 'react';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import type { Council } from '@shared/appraisal/model';
import { MEMBER_ROLE_LABELS } from '@shared/appraisal/model';
import { useDb, useOffice } from '../../app/context';
import { navigate } from '../../app/router';
import { createSession } from '../../db/appraisal/sessions';
import type { InitiativeRow } from '../../db/initiative-row';
import { failureText } from '../../ui/failure';
import { InitiativePicker } from './InitiativePicker';
import { newSessionValues, readSessionForm, type SessionValues } from './session-form';

interface Props {
  councils: readonly Council[];
  /** Initiatives the session may consider (submitted or under appraisal). */
  rows: readonly InitiativeRow[];
  unitNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

/** "Tạo phiên họp": council, date, place, who is present, which initiatives; then opens it. */
export const SessionFormModal = ({ councils, rows, unitNames, onClose }: Props) => {
  const db = useDb();
  const office = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionValues>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const first = councils[0];
  const councilId = Form.useWatch('councilId', form) ?? first?.id;
  const council = councils.find((c) => c.id === councilId);

  const finish = async () => {
    const read = readSessionForm(form.getFieldsValue(true) as SessionValues);
    if (!read.ok) {
      form.setFields(read.errors);
      return;
    }
    setSaving(true);
    setRefusal(null);
    try {
      const s = await createSession(db, read.input, office.userName);
      void message.success('Đã tạo phiên họp');
      onClose();
      navigate({ screen: 'session', id: s.id });
    } catch (err) {
      setRefusal(failureText(err, 'Không tạo được phiên họp'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="Tạo phiên họp"
      okText="Tạo phiên họp"
      cancelText="Hủy"
      width={720}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: saving }}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        layout="vertical"
        disabled={saving}
        initialValues={newSessionValues(
          first?.id,
          first?.members.map((m) => m.id) ?? [],
          office.place,
        )}
        // A different council has different people: everyone of it is present by default.
        onValuesChange={(changed: Partial<SessionValues>) => {
          const next = councils.find((c) => c.id === changed.councilId);
          if (next)
            form.setFieldValue(
              'presentMemberIds',
              next.members.map((m) => m.id),
            );
        }}
        onFinish={() => void finish()}
      >
        <Form.Item label="Hội đồng" name="councilId">
          <Select options={councils.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item label="Ngày họp" name="date">
          <Input placeholder="dd/mm/yyyy" maxLength={10} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="Địa điểm" name="place">
          <Input />
        </Form.Item>
        <Form.Item label="Thành viên có mặt" name="presentMemberIds">
          <Checkbox.Group
            options={(council?.members ?? []).map((m) => ({
              value: m.id,
              label: `${m.name} (${MEMBER_ROLE_LABELS[m.role]})`,
            }))}
          />
        </Form.Item>
        <Form.Item label="Sáng kiến đưa ra xét" name="initiativeIds">
          <InitiativePicker rows={rows} unitNames={unitNames} />
        </Form.Item>
        {refusal && <Alert type="error" showIcon title={refusal} />}
      </Form>
    </Modal>
  );
};
