import { useState } from 'react';
import { App, Button, Flex, Select, Typography } from 'antd';
import {
  DEFAULT_LIST_FIELDS,
  LIST_SHEET_FIELDS,
  initiativeListTable,
  type ListSheetField,
} from '@shared/sheets/initiative-list';
import { labelOf } from '@shared/domain/field-registry';
import { groupDigits } from '@shared/format';
import type { InitiativeRow } from '../../db/initiative-row';
import { invoke } from '../../desk';

/** Exports the programme's list (the trash left out) to .xlsx, with the columns the clerk picks. */
export const SheetExport = ({
  programmeName,
  rows,
  unitNames,
}: {
  programmeName: string;
  rows: readonly InitiativeRow[];
  unitNames: ReadonlyMap<string, string>;
}) => {
  const { message } = App.useApp();
  const [fields, setFields] = useState<ListSheetField[]>([...DEFAULT_LIST_FIELDS]);
  const [busy, setBusy] = useState(false);
  const exportSheet = async () => {
    setBusy(true);
    const live = rows.filter((r) => r.trashed === 0);
    const res = await invoke('sheet:export', {
      suggestedName: `Danh sách sáng kiến - ${programmeName}`.slice(0, 150),
      table: initiativeListTable(live, unitNames, fields),
    });
    setBusy(false);
    if (!res.ok) void message.error(res.error.message);
    else if (res.value)
      void message.success(`Đã lưu ${groupDigits(res.value.rows)} sáng kiến vào ${res.value.path}`);
  };
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={4}>Xuất danh sách ra Excel</Typography.Title>
      <Typography.Text type="secondary">
        Mặc định là các cột của danh sách trích ngang; bỏ hoặc thêm cột rồi bấm Xuất.
      </Typography.Text>
      <Select<ListSheetField[]>
        mode="multiple"
        aria-label="Cột xuất ra Excel"
        style={{ maxWidth: 720 }}
        value={fields}
        onChange={setFields}
        options={LIST_SHEET_FIELDS.map((key) => ({ value: key, label: labelOf(key) }))}
      />
      <div>
        <Button
          type="primary"
          loading={busy}
          disabled={fields.length === 0}
          onClick={() => void exportSheet()}
        >
          Xuất danh sách (.xlsx)
        </Button>
      </div>
    </Flex>
  );
};
