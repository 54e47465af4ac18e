import { useState } from 'react';
import { Alert, App, Button, Form, Input, Space, type FormInstance } from 'antd';
import { ZodError } from 'zod';
import type { Council, Member } from '@shared/appraisal/model';
import { useDb, useOffice } from '../../app/context';
import { createCouncil, updateCouncil } from '../../db/appraisal/councils';
import { failureText } from '../../ui/failure';
import { MembersTable, newMember } from './MembersTable';
import { formIssues, type FieldPath } from '../../ui/form-errors';

interface Values {
  name: string;
  members: Member[];
}

interface Props {
  programmeId: string;
  /** The council being edited; null for a new one. */
  council: Council | null;
  onSaved?: () => void;
  onCancel?: () => void;
}

const fresh = (): Values => ({ name: 'Hội đồng sáng kiến', members: [newMember('chu_tich')] });

/** A field the form shows: the name, or a member's name, title or role. */
const fieldOf = (p: FieldPath): FieldPath | null =>
  p[0] === 'name' || (p[0] === 'members' && p.length === 3) ? p : null;

/** Name and members of a council, saved as one record. */
export const CouncilForm = ({ programmeId, council, onSaved, onCancel }: Props) => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  const finish = async () => {
    // Member ids have no input of their own; read every value so they are kept.
    const v = form.getFieldsValue(true) as Values;
    const input = { programmeId, name: v.name, members: v.members };
    setSaving(true);
    setGeneral([]);
    try {
      if (council) await updateCouncil(db, council.id, input, userName);
      else await createCouncil(db, input, userName);
      void message.success('Đã lưu Hội đồng');
      onSaved?.();
    } catch (err) {
      if (err instanceof ZodError) {
        const { fields, general: rest } = formIssues(err.issues, fieldOf);
        form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
        setGeneral(rest);
      } else setGeneral([failureText(err)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={council ? { name: council.name, members: council.members } : fresh()}
      onFinish={() => void finish()}
      disabled={saving}
    >
      <Form.Item label="Tên Hội đồng" name="name">
        <Input />
      </Form.Item>
      <MembersTable />
      {general.map((g) => (
        <Alert key={g} type="error" showIcon title={g} style={{ marginTop: 12 }} />
      ))}
      <Space style={{ marginTop: 12 }}>
        {/* The disabled form blocks a second submit; antd's `loading` was seen to stick after a
            save that fails fast, leaving the button dead, so it is not used here. */}
        <Button type="primary" htmlType="submit">
          Lưu Hội đồng
        </Button>
        {onCancel && <Button onClick={onCancel}>Hủy</Button>}
      </Space>
    </Form>
  );
};
