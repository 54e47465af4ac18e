// "Nhập từ Excel" (issue 10): hands out the template, reads the clerk's .xlsx with a progress bar,
// shows every row and every problem by row and column, and commits all rows or none.
import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, List, Modal, Progress, Table, Tag, Typography } from 'antd';
import type { Programme } from '@shared/model/programme';
import { groupDigits } from '@shared/format';
import {
  importChecker,
  importSummary,
  problemText,
  type ImportCheck,
  type ImportChecker,
  type ImportedRow,
} from '@shared/sheets/import-check';
import { MAX_IMPORT_ROWS } from '@shared/sheets/import-rows';
import { useDb, useOffice } from '../../app/context';
import { listUnits } from '../../db/units';
import { commitSheetImport, existingImportIds, existingImportKeys } from '../../db/sheet-import';
import { failureText } from '../../ui/failure';
import { invoke } from '../../desk';
import { readPercent, readSheet, type SheetProgress } from './read-sheet';

/** Problems listed at most; the count says how many more there are. */
const SHOWN_PROBLEMS = 200;

type Step =
  | { kind: 'start' }
  | { kind: 'reading'; progress: SheetProgress }
  | { kind: 'checked'; fileName: string; check: ImportCheck; units: Map<string, string> }
  | { kind: 'committing'; fileName: string; check: ImportCheck; units: Map<string, string> };

export const SheetImportModal = ({
  programme,
  open,
  onClose,
}: {
  programme: Programme;
  open: boolean;
  onClose: () => void;
}) => {
  const db = useDb();
  const office = useOffice();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [error, setError] = useState<string | null>(null);
  const stop = useRef(false);

  const close = () => {
    stop.current = true;
    setStep({ kind: 'start' });
    setError(null);
    onClose();
  };

  const downloadTemplate = async () => {
    const units = (await listUnits(db)).filter((u) => !u.archived).map((u) => u.name);
    const res = await invoke('sheet:template', {
      suggestedName: `Mẫu nhập sáng kiến - ${programme.name}`.slice(0, 150),
      units,
      fields: programme.fields,
    });
    if (!res.ok) void message.error(res.error.message);
    else if (res.value) void message.success(`Đã lưu mẫu nhập vào ${res.value.path}`);
  };

  const chooseFile = async () => {
    setError(null);
    stop.current = false;
    setStep({ kind: 'reading', progress: { rowsRead: 0, expectedRows: null } });
    try {
      const units = await listUnits(db);
      const context = {
        programmeId: programme.id,
        fields: programme.fields,
        units,
        existingKeys: await existingImportKeys(db, programme.id),
        existingIds: await existingImportIds(db, programme.id),
      };
      let checker: ImportChecker | null = null;
      const read = await readSheet(
        {
          open: (layout) => void (checker = importChecker(layout, context)),
          rows: (rows) => checker?.add(rows),
          progress: (progress) => setStep({ kind: 'reading', progress }),
        },
        () => stop.current,
      );
      // Closed while reading: what arrives late is dropped.
      if (stop.current) return;
      if (read === null) return setStep({ kind: 'start' });
      if (!read.ok) {
        setError(read.error.message);
        return setStep({ kind: 'start' });
      }
      setStep({
        kind: 'checked',
        fileName: read.fileName,
        check: (checker as ImportChecker | null)?.result() ?? { rows: [], problems: [] },
        units: new Map(units.map((u) => [u.id, u.name])),
      });
    } catch (e) {
      if (stop.current) return;
      setError(failureText(e, 'Không đọc được tệp'));
      setStep({ kind: 'start' });
    }
  };

  const commit = async () => {
    if (step.kind !== 'checked') return;
    setStep({ ...step, kind: 'committing' });
    try {
      const done = await commitSheetImport(
        db,
        programme.id,
        step.check.rows,
        office.userName,
        step.fileName,
      );
      void message.success(
        `Đã nhập ${groupDigits(done.added)} sáng kiến từ ${step.fileName}` +
          (done.skipped > 0 ? `; bỏ qua ${groupDigits(done.skipped)} sáng kiến đã có.` : '.'),
      );
      close();
    } catch (e) {
      setError(failureText(e, 'Chưa nhập được, không có sáng kiến nào được ghi'));
      setStep({ ...step, kind: 'checked' });
    }
  };

  const checked = step.kind === 'checked' || step.kind === 'committing' ? step : null;
  const fresh = checked ? checked.check.rows.filter((r) => !r.existing).length : 0;
  const problems = checked?.check.problems ?? [];

  return (
    <Modal
      title="Nhập từ Excel"
      open={open}
      width={1000}
      onCancel={close}
      mask={{ closable: false }}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{step.kind === 'reading' ? 'Dừng đọc' : 'Đóng'}</Button>
          {checked ? (
            <Button onClick={() => void chooseFile()} disabled={step.kind === 'committing'}>
              Chọn tệp khác…
            </Button>
          ) : null}
          {checked ? (
            <Button
              type="primary"
              loading={step.kind === 'committing'}
              disabled={problems.length > 0 || fresh === 0}
              onClick={() => void commit()}
            >
              {`Nhập ${groupDigits(fresh)} sáng kiến`}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {step.kind === 'start' ? (
          <>
            <Typography.Paragraph style={{ margin: 0 }}>
              Tải mẫu nhập, điền mỗi sáng kiến một dòng trên trang «Sáng kiến» (trang «Hướng dẫn»
              giải thích từng cột), rồi chọn tệp để xem trước. Nếu còn dòng có lỗi thì chưa có gì
              được nhập. Một lần nhập tối đa {groupDigits(MAX_IMPORT_ROWS)} dòng.
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button onClick={() => void downloadTemplate()}>Tải mẫu nhập (.xlsx)</Button>
              <Button type="primary" onClick={() => void chooseFile()}>
                Chọn tệp Excel…
              </Button>
            </Flex>
          </>
        ) : null}
        {error ? <Alert type="error" showIcon title={error} /> : null}
        {step.kind === 'reading' ? <Reading progress={step.progress} /> : null}
        {checked ? (
          <>
            <Typography.Text strong aria-live="polite">
              {`${checked.fileName}: ${importSummary(checked.check)}`}
            </Typography.Text>
            {problems.length > 0 ? (
              <Alert
                type="error"
                showIcon
                title={`Chưa nhập được: còn ${groupDigits(problems.length)} lỗi. Sửa các ô được nêu trong Excel, lưu lại rồi bấm «Chọn tệp khác…». Chưa có sáng kiến nào được ghi.`}
                description={
                  <List
                    size="small"
                    aria-label="Lỗi trong bảng tính"
                    dataSource={problems.slice(0, SHOWN_PROBLEMS).map(problemText)}
                    renderItem={(text) => <List.Item>{text}</List.Item>}
                    footer={
                      problems.length > SHOWN_PROBLEMS
                        ? `… và ${groupDigits(problems.length - SHOWN_PROBLEMS)} lỗi nữa.`
                        : null
                    }
                  />
                }
              />
            ) : fresh === 0 ? (
              <Alert
                type="info"
                showIcon
                title="Mọi sáng kiến trong tệp đều đã có trong sổ: không có gì mới để nhập."
              />
            ) : null}
            <PreviewTable rows={checked.check.rows} units={checked.units} />
          </>
        ) : null}
      </Flex>
    </Modal>
  );
};

const Reading = ({ progress }: { progress: SheetProgress }) => {
  const percent = readPercent(progress);
  const count = groupDigits(progress.rowsRead);
  return (
    <Flex vertical gap={4}>
      <Progress
        percent={percent ?? 100}
        status="active"
        showInfo={percent !== null}
        aria-label="Tiến độ đọc bảng tính"
      />
      <Typography.Text aria-live="polite">
        {progress.expectedRows === null
          ? `Đang đọc bảng tính: ${count} dòng…`
          : `Đang đọc bảng tính: ${count} / khoảng ${groupDigits(progress.expectedRows)} dòng…`}
      </Typography.Text>
    </Flex>
  );
};

const PreviewTable = ({
  rows,
  units,
}: {
  rows: readonly ImportedRow[];
  units: ReadonlyMap<string, string>;
}) => (
  <Table<ImportedRow>
    size="small"
    rowKey="row"
    aria-label="Các dòng đọc được"
    dataSource={[...rows]}
    pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
    columns={[
      { title: 'Dòng', dataIndex: 'row', width: 70 },
      { title: 'Tên sáng kiến', render: (_, r) => r.draft.title },
      { title: 'Đơn vị', render: (_, r) => units.get(r.draft.unitId) ?? '' },
      { title: 'Lĩnh vực', render: (_, r) => r.draft.field },
      { title: 'Tác giả', render: (_, r) => r.draft.authors.map((a) => a.name).join(', ') },
      {
        title: 'Tình trạng',
        width: 100,
        render: (_, r) => (r.existing ? <Tag>đã có</Tag> : <Tag color="green">mới</Tag>),
      },
    ]}
  />
);
