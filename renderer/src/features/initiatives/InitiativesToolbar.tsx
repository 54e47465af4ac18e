import { Button, Input, Select, Space } from 'antd';
import { FileExcelOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { INITIATIVE_STATUSES, STATUS_LABELS } from '@shared/model/initiative';
import type { Unit } from '@shared/model/unit';
import type { ReadinessFilter } from '../../search/row-query';
import { useListFilters } from './filters-store';
import { foldedOptionFilter } from './select-filter';

interface Props {
  units: readonly Unit[];
  fields: readonly string[];
  creating: boolean;
  /** False until the active programme is known: a draft belongs to one. */
  canCreate: boolean;
  onCreate: () => void;
  /** Opens "Nhập từ Excel"; absent, the button is not shown. */
  onImport?: () => void;
}

const READINESS_OPTIONS: { value: ReadinessFilter | 'all'; label: string }[] = [
  { value: 'all', label: 'Tất cả hồ sơ' },
  { value: 'ready', label: 'Đủ điều kiện' },
  { value: 'not_ready', label: 'Chưa đủ điều kiện' },
];

/** Search box, unit / field / status / readiness filters and the "add" button of the register. */
export const InitiativesToolbar = ({
  units,
  fields,
  creating,
  canCreate,
  onCreate,
  onImport,
}: Props) => {
  const f = useListFilters();
  return (
    <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
      <Space wrap>
        {/* Search runs as the clerk types, so there is no search button to press. */}
        <Input
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          aria-label="Tìm kiếm"
          placeholder="Tìm theo tên sáng kiến, tác giả, đơn vị…"
          value={f.query}
          onChange={(e) => f.setQuery(e.target.value)}
          style={{ width: 360 }}
        />
        <Select
          aria-label="Lọc theo đơn vị"
          placeholder="Tất cả đơn vị"
          allowClear
          showSearch={{ filterOption: foldedOptionFilter }}
          style={{ width: 240 }}
          value={f.unitId ?? undefined}
          onChange={(v?: string) => f.setUnitId(v ?? null)}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          aria-label="Lọc theo lĩnh vực"
          placeholder="Tất cả lĩnh vực"
          allowClear
          style={{ width: 240 }}
          value={f.field ?? undefined}
          onChange={(v?: string) => f.setField(v ?? null)}
          options={fields.map((x) => ({ value: x, label: x }))}
        />
        <Select
          aria-label="Lọc theo trạng thái"
          placeholder="Tất cả trạng thái"
          allowClear
          style={{ width: 190 }}
          value={f.status ?? undefined}
          onChange={(v?: (typeof INITIATIVE_STATUSES)[number]) => f.setStatus(v ?? null)}
          options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
        <Select<ReadinessFilter | 'all'>
          aria-label="Lọc theo hồ sơ"
          style={{ width: 190 }}
          value={f.readiness ?? 'all'}
          onChange={(v) => f.setReadiness(v === 'all' ? null : v)}
          options={READINESS_OPTIONS}
        />
      </Space>
      <Space wrap>
        {onImport ? (
          <Button icon={<FileExcelOutlined aria-hidden />} disabled={!canCreate} onClick={onImport}>
            Nhập từ Excel
          </Button>
        ) : null}
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          loading={creating}
          disabled={!canCreate}
          onClick={onCreate}
        >
          Thêm sáng kiến
        </Button>
      </Space>
    </Space>
  );
};
