import { useState } from 'react';
import { App, Button, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Programme } from '@shared/model/programme';
import { formatDate, groupDigits } from '@shared/format';
import { useActiveProgramme, useDb } from '../../app/context';
import { listProgrammes } from '../../db/programmes';
import { setActiveProgrammeId } from '../../db/settings';
import { failureText } from '../../ui/failure';
import { ProgrammeFormModal } from './ProgrammeFormModal';
import { certificatesText } from './targets';

/** Which form is open: none, a new programme, or the programme being edited. */
type Editing = { programme: Programme | null } | null;

/** The programmes (emulation movements) this office takes part in, and which one is active. */
export const ProgrammesScreen = () => {
  const db = useDb();
  const { message } = App.useApp();
  const programmes = useLiveQuery(() => listProgrammes(db), [db]);
  const activeId = useActiveProgramme()?.id;
  const [editing, setEditing] = useState<Editing>(null);

  const makeActive = async (p: Programme) => {
    try {
      await setActiveProgrammeId(db, p.id);
      void message.success(`Đang thực hiện: ${p.name}`);
    } catch (err) {
      void message.error(failureText(err, 'Không đổi được chương trình'));
    }
  };

  const columns: TableColumnsType<Programme> = [
    {
      title: 'Tên chương trình',
      key: 'name',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>
            <Typography.Text strong>{p.name}</Typography.Text>{' '}
            {p.id === activeId && <Tag color="green">Đang thực hiện</Tag>}
            {p.archived && <Tag>Đã kết thúc</Tag>}
          </span>
          {p.issuer && <Typography.Text type="secondary">{p.issuer}</Typography.Text>}
        </Space>
      ),
    },
    { title: 'Hạn nộp hồ sơ', key: 'deadline', render: (_, p) => formatDate(p.deadline) },
    {
      title: 'Chỉ tiêu',
      key: 'targets',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{groupDigits(p.targetInitiatives)} sáng kiến</span>
          <span>
            Bằng LĐST: {certificatesText(p.targetCertificatesMin, p.targetCertificatesMax)}
          </span>
        </Space>
      ),
    },
    {
      title: 'Đề xuất mỗi đơn vị',
      key: 'quota',
      render: (_, p) => `tối đa ${groupDigits(p.quotaPerUnit)}`,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_, p) => (
        <Space wrap>
          <Button size="small" onClick={() => setEditing({ programme: p })}>
            Sửa
          </Button>
          {p.id !== activeId && (
            <Button size="small" type="link" onClick={() => void makeActive(p)}>
              Đặt làm chương trình đang thực hiện
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <section aria-labelledby="programmes-title">
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title id="programmes-title" level={3} style={{ margin: 0 }}>
          Chương trình
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing({ programme: null })}>
          Thêm chương trình
        </Button>
      </Flex>
      <Table<Programme>
        rowKey="id"
        columns={columns}
        dataSource={programmes}
        loading={programmes === undefined}
        pagination={false}
        locale={{ emptyText: 'Chưa có chương trình nào' }}
      />
      {editing && (
        <ProgrammeFormModal programme={editing.programme} onClose={() => setEditing(null)} />
      )}
    </section>
  );
};
