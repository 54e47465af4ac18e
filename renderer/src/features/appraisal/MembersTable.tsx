import { Button, Form, Input, Select, Table, type FormListFieldData } from 'antd';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS, type Member } from '@shared/appraisal/model';
import { newId } from '@shared/model/common';

const ROLE_OPTIONS = MEMBER_ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }));

export const newMember = (role: Member['role'] = 'uy_vien'): Member => ({
  id: newId(),
  name: '',
  title: '',
  role,
});

/** The council's members as an editable table (inside the council form's `members` list). */
export const MembersTable = () => (
  <Form.List name="members">
    {(fields, { add, remove }) => (
      <>
        <Table<FormListFieldData>
          rowKey="key"
          size="small"
          bordered
          pagination={false}
          dataSource={fields}
          locale={{ emptyText: 'Chưa có thành viên' }}
          columns={[
            { title: 'TT', key: 'n', width: 48, render: (_, _f, n) => n + 1 },
            {
              title: 'Họ và tên',
              key: 'name',
              render: (_, f, n) => (
                <Form.Item name={[f.name, 'name']} style={{ margin: 0 }}>
                  <Input aria-label={`Họ và tên thành viên ${n + 1}`} />
                </Form.Item>
              ),
            },
            {
              title: 'Chức vụ',
              key: 'title',
              render: (_, f, n) => (
                <Form.Item name={[f.name, 'title']} style={{ margin: 0 }}>
                  <Input aria-label={`Chức vụ thành viên ${n + 1}`} />
                </Form.Item>
              ),
            },
            {
              title: 'Vai trò',
              key: 'role',
              width: 200,
              render: (_, f, n) => (
                <Form.Item name={[f.name, 'role']} style={{ margin: 0 }}>
                  <Select aria-label={`Vai trò thành viên ${n + 1}`} options={ROLE_OPTIONS} />
                </Form.Item>
              ),
            },
            {
              title: '',
              key: 'remove',
              width: 70,
              render: (_, f, n) => (
                <Button
                  size="small"
                  type="text"
                  danger
                  aria-label={`Bỏ thành viên ${n + 1}`}
                  onClick={() => remove(f.name)}
                >
                  Bỏ
                </Button>
              ),
            },
          ]}
        />
        <Button style={{ marginTop: 8 }} onClick={() => add(newMember())}>
          Thêm thành viên
        </Button>
      </>
    )}
  </Form.List>
);
