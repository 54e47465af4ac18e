import { Button, Select, Space } from 'antd';
import { initiativeSearchText } from '@shared/search';
import { fold } from '@shared/text';
import type { InitiativeRow } from '../../db/initiative-row';

interface Props {
  rows: readonly InitiativeRow[];
  unitNames: ReadonlyMap<string, string>;
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}

/** Initiatives a session can consider, searched ignoring case and diacritics (docs/domain.md). */
export const InitiativePicker = ({ rows, unitNames, value = [], onChange, id }: Props) => {
  const options = rows.map((r) => ({
    value: r.id,
    label: r.title || 'Sáng kiến chưa có tên',
    search: fold(initiativeSearchText({ ...r, unitName: unitNames.get(r.unitId) })),
  }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        id={id}
        mode="multiple"
        allowClear
        value={value}
        onChange={onChange}
        options={options}
        placeholder="Gõ tên sáng kiến, đơn vị hay tác giả để tìm"
        showSearch={{
          filterOption: (input, option) =>
            fold(input)
              .split(/\s+/)
              .every((w) => option?.search.includes(w) ?? false),
        }}
        style={{ width: '100%' }}
      />
      <Button size="small" onClick={() => onChange?.(rows.map((r) => r.id))}>
        Chọn tất cả ({rows.length})
      </Button>
    </Space>
  );
};
