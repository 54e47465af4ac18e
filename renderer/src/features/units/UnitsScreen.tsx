import { useMemo, useState } from 'react';
import { Button, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { UNIT_KIND_LABELS, type Unit } from '@shared/model/unit';
import { useDb, useOffice } from '../../app/context';
import { listUnits } from '../../db/units';
import { UnitActions } from './UnitActions';
import { UnitFormModal } from './UnitFormModal';
import { allKeys, buildUnitTree, type UnitNode } from '../../db/queries/unit-tree';

/** Which form is open: none, a new unit, or the unit being edited. */
type Editing = { unit: Unit | null } | null;

/** The union units under this office, as a tree rooted at the office's own unit. */
export const UnitsScreen = () => {
  const db = useDb();
  const { unitId: rootId } = useOffice();
  const units = useLiveQuery(() => listUnits(db), [db]);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  // Rows start open (an office has few levels); the clerk's closings are remembered.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const tree = useMemo(
    () => buildUnitTree(units ?? [], rootId, showArchived),
    [units, rootId, showArchived],
  );
  const expanded = allKeys(tree).filter((k) => !collapsed.has(k));

  const columns: TableColumnsType<UnitNode> = [
    {
      title: 'Tên đơn vị',
      key: 'name',
      render: (_, { unit }) => (
        <Typography.Text type={unit.archived ? 'secondary' : undefined}>
          {unit.name}
        </Typography.Text>
      ),
    },
    { title: 'Cấp công đoàn', key: 'kind', render: (_, { unit }) => UNIT_KIND_LABELS[unit.kind] },
    {
      title: 'Trạng thái',
      key: 'status',
      render: (_, { unit }) =>
        unit.id === rootId ? (
          <Tag color="blue">Đơn vị của văn phòng</Tag>
        ) : unit.archived ? (
          <Tag>Đã lưu trữ</Tag>
        ) : null,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_, { unit }) => <UnitActions unit={unit} onEdit={(u) => setEditing({ unit: u })} />,
    },
  ];

  return (
    <section aria-labelledby="units-title">
      <Flex justify="space-between" align="center" wrap gap="middle" style={{ marginBottom: 16 }}>
        <Typography.Title id="units-title" level={3} style={{ margin: 0 }}>
          Đơn vị
        </Typography.Title>
        <Flex align="center" gap="middle">
          <Flex align="center" gap={8}>
            <Switch id="units-show-archived" checked={showArchived} onChange={setShowArchived} />
            <label htmlFor="units-show-archived">Hiện đơn vị đã lưu trữ</label>
          </Flex>
          <Button type="primary" onClick={() => setEditing({ unit: null })}>
            Thêm đơn vị
          </Button>
        </Flex>
      </Flex>
      <Table<UnitNode>
        rowKey="key"
        columns={columns}
        dataSource={tree}
        loading={units === undefined}
        pagination={false}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, { key }) =>
            setCollapsed((prev) => {
              const next = new Set(prev);
              if (open) next.delete(key);
              else next.add(key);
              return next;
            }),
        }}
        locale={{ emptyText: 'Chưa có đơn vị nào' }}
      />
      {editing && units && (
        <UnitFormModal unit={editing.unit} units={units} onClose={() => setEditing(null)} />
      )}
    </section>
  );
};
