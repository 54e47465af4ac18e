import { memo, useMemo } from 'react';
import { Table, type TableProps } from 'antd';
import type { ProgrammeWindow } from '@shared/appraisal/row-readiness';
import { formatDate, formatMoney } from '@shared/format';
import type { InitiativeRow } from '../../db/initiative-row';
import { navigate, routeHref } from '../../app/router';
import type { RowSort, RowSortKey } from '../../search/row-query';
import { ReadinessBadge } from '../readiness/ReadinessBadge';
import { StatusTag } from './status';
import { useTableHeight } from './useTableHeight';

interface Props {
  rows: InitiativeRow[];
  unitNames: ReadonlyMap<string, string>;
  /** The active programme's first-application window, for the "Hồ sơ" badge. */
  programmeWindow: ProgrammeWindow | null;
  sort: RowSort;
  onSort: (sort: RowSort) => void;
  loading: boolean;
}

type Columns = NonNullable<TableProps<InitiativeRow>['columns']>;

const sortable = (key: RowSortKey, sort: RowSort) => ({
  key,
  // Sorting is ours (Vietnamese collation, cached for 100,000 rows): antd only shows the arrows.
  sorter: true,
  sortOrder: sort.key === key ? sort.order : null,
  sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
});

const SCROLL_X = 56 + 260 + 170 + 140 + 130 + 130 + 140 + 120 + 100;

const columns = (
  unitNames: ReadonlyMap<string, string>,
  programmeWindow: ProgrammeWindow | null,
  sort: RowSort,
): Columns => [
  // Widths add up to SCROLL_X: the register fits a 1366-pixel office screen without sideways scrolling.
  { title: 'STT', key: 'stt', width: 56, align: 'right', render: (_v, _r, n) => n + 1 },
  {
    title: 'Tên sáng kiến',
    dataIndex: 'title',
    width: 260,
    ellipsis: true,
    ...sortable('title', sort),
    // A real link: reachable with Tab and opened with Enter.
    render: (title: string, r) => (
      <a href={routeHref({ screen: 'initiative', id: r.id })}>{title || '(chưa đặt tên)'}</a>
    ),
  },
  {
    title: 'Tác giả',
    dataIndex: 'authorNames',
    width: 170,
    ellipsis: true,
    ...sortable('authors', sort),
    render: (names: string[]) => names.join(', '),
  },
  {
    title: 'Đơn vị',
    dataIndex: 'unitId',
    width: 140,
    ellipsis: true,
    ...sortable('unit', sort),
    render: (id: string) => unitNames.get(id) ?? '',
  },
  { title: 'Lĩnh vực', dataIndex: 'field', width: 130, ellipsis: true, ...sortable('field', sort) },
  {
    title: 'Giá trị làm lợi',
    dataIndex: 'economicBenefit',
    width: 130,
    align: 'right',
    ...sortable('benefit', sort),
    render: (n: number | null) => formatMoney(n),
  },
  {
    title: 'Trạng thái',
    dataIndex: 'status',
    width: 140,
    ...sortable('status', sort),
    render: (s: InitiativeRow['status']) => <StatusTag status={s} />,
  },
  {
    title: 'Hồ sơ',
    key: 'readiness',
    width: 120,
    render: (_v, r) => <ReadinessBadge row={r} programmeWindow={programmeWindow} />,
  },
  {
    title: 'Cập nhật',
    dataIndex: 'updatedAt',
    width: 100,
    ...sortable('updatedAt', sort),
    render: (at: string) => formatDate(at),
  },
];

/**
 * The register: a virtual table, so 100,000 rows scroll as smoothly as 50. Memoised: the screen
 * re-renders with every loading step of a large register, the table only when its rows change.
 */
export const InitiativesTable = memo(function InitiativesTable({
  rows,
  unitNames,
  programmeWindow,
  sort,
  onSort,
  loading,
}: Props) {
  const height = useTableHeight(300);
  // Stable props: antd re-derives its per-row maps when these change, and the screen re-renders
  // with every loading step of a 250,000-row register.
  const cols = useMemo(
    () => columns(unitNames, programmeWindow, sort),
    [unitNames, programmeWindow, sort],
  );
  const scroll = useMemo(() => ({ x: SCROLL_X, y: height }), [height]);
  return (
    <Table<InitiativeRow>
      virtual
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={cols}
      pagination={false}
      scroll={scroll}
      locale={{ emptyText: 'Không có sáng kiến nào' }}
      onRow={(r) => ({
        onClick: () => navigate({ screen: 'initiative', id: r.id }),
        style: { cursor: 'pointer' },
      })}
      onChange={(_p, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        const key = s?.columnKey as RowSortKey | undefined;
        onSort(key && s?.order ? { key, order: s.order } : { key: 'updatedAt', order: 'descend' });
      }}
    />
  );
});
