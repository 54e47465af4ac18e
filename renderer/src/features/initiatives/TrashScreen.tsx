import { App, Button, Empty, Flex, Input, Table, Typography } from 'antd';
import { formatDateTime } from '@shared/format';
import type { InitiativeRow } from '../../db/initiative-row';
import { restoreInitiative } from '../../db/initiatives';
import { useActiveProgramme, useDb, useOffice } from '../../app/context';
import { routeHref } from '../../app/router';
import { failureText } from '../../ui/failure';
import { StatusTag } from './status';
import { useInitiativeRows } from './useInitiativeRows';
import { useState } from 'react';

/** Initiatives moved to the trash in the active programme; each one can be restored. */
export const TrashScreen = () => {
  const db = useDb();
  const office = useOffice();
  const programme = useActiveProgramme();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const view = useInitiativeRows(programme?.id ?? null, {
    query,
    unitId: null,
    field: null,
    status: null,
    sort: { key: 'updatedAt', order: 'descend' },
    trashed: true,
  });

  if (programme === null) return <Empty description="Chưa có chương trình nào." />;

  const restore = async (row: InitiativeRow) => {
    try {
      await restoreInitiative(db, row.id, office.userName);
      message.success(`Đã khôi phục “${row.title || 'sáng kiến chưa đặt tên'}”.`);
    } catch (e) {
      message.error(failureText(e, 'Không khôi phục được sáng kiến'));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Thùng rác
      </Typography.Title>
      <Input.Search
        allowClear
        aria-label="Tìm kiếm"
        placeholder="Tìm theo tên sáng kiến, tác giả, đơn vị…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ maxWidth: 360 }}
      />
      <Table<InitiativeRow>
        rowKey="id"
        size="middle"
        loading={!view.snapshot || view.snapshot.phase === 'idle'}
        dataSource={view.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Thùng rác trống' }}
        columns={[
          {
            title: 'Tên sáng kiến',
            dataIndex: 'title',
            render: (t: string, r) => (
              <a href={routeHref({ screen: 'initiative', id: r.id })}>{t || '(chưa đặt tên)'}</a>
            ),
          },
          {
            title: 'Tác giả',
            dataIndex: 'authorNames',
            render: (names: string[]) => names.join(', '),
          },
          {
            title: 'Đơn vị',
            dataIndex: 'unitId',
            render: (u: string) => view.unitNames.get(u) ?? '',
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: InitiativeRow['status']) => <StatusTag status={s} />,
          },
          { title: 'Xóa lúc', dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
          {
            title: '',
            key: 'restore',
            render: (_v, r) => <Button onClick={() => void restore(r)}>Khôi phục</Button>,
          },
        ]}
      />
    </Flex>
  );
};
