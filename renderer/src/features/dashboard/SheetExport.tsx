import { useState } from 'react';
import { App, Button, Flex, Progress, Select, Typography } from 'antd';
import {
  DEFAULT_LIST_FIELDS,
  LIST_SHEET_FIELDS,
  initiativeListTable,
  type ListSheetField,
} from '@shared/sheets/initiative-list';
import { labelOf } from '@shared/domain/field-registry';
import { groupDigits } from '@shared/format';
import type { InitiativeRow } from '../../db/initiative-row';
import { exportSheet } from '../sheets/export-sheet';

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
  const [progress, setProgress] = useState<{ written: number; total: number } | null>(null);
  const save = async () => {
    setBusy(true);
    const live = rows.filter((r) => r.trashed === 0);
    const res = await exportSheet(
      `Danh sách sáng kiến - ${programmeName}`.slice(0, 150),
      initiativeListTable(live, unitNames, fields),
      (written, total) => setProgress({ written, total }),
    );
    setBusy(false);
    setProgress(null);
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
          onClick={() => void save()}
        >
          Xuất danh sách (.xlsx)
        </Button>
      </div>
      {progress ? (
        <Flex vertical gap={4} style={{ maxWidth: 720 }}>
          <Progress
            percent={
              progress.total === 0 ? 100 : Math.floor((progress.written / progress.total) * 100)
            }
            status="active"
            aria-label="Tiến độ xuất Excel"
          />
          <Typography.Text type="secondary" aria-live="polite">
            {`Đang ghi ${groupDigits(progress.written)} / ${groupDigits(progress.total)} sáng kiến…`}
          </Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  );
};
