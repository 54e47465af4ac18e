// "Báo cáo kết quả" (issue 10, item 2): the programme's result report built from the dashboard's
// figures (shared/report/), shown as A4 pages, printed, or exported as .docx through
// `report:export`. Its number and date are typed here; the date is today's until changed.
import { useMemo, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DashboardFigures } from '@shared/dashboard/figures';
import { formatDate, readDate, todayIso } from '@shared/format';
import type { Programme } from '@shared/model/programme';
import { buildResultReport, resultReportName } from '@shared/report/result-report';
import { useDb, useOffice } from '../../app/context';
import { loadCommendationsView } from '../../db/queries/commendations';
import { invoke } from '../../desk';
import { DossierPreview } from '../dossier/DossierPreview';
import { PrintView } from '../dossier/PrintView';

type Outcome = { kind: 'success' | 'error'; text: string; path?: string } | null;

const ReportModal = ({
  programme,
  figures,
  onClose,
}: {
  programme: Pick<Programme, 'id' | 'name'>;
  figures: DashboardFigures;
  onClose: () => void;
}) => {
  const db = useDb();
  const office = useOffice();
  const view = useLiveQuery(() => loadCommendationsView(db, programme.id), [db, programme.id]);
  const [number, setNumber] = useState('');
  const [dateText, setDateText] = useState(formatDate(todayIso()));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const date = readDate(dateText);
  const dateIso = date.ok ? date.value : null;
  const doc = useMemo(
    () =>
      view && dateIso
        ? buildResultReport({
            office,
            programme: { name: programme.name },
            numbers: { number: number.trim(), date: dateIso },
            figures,
            unitNames: view.unitNames,
            initiatives: view.initiatives,
            people: view.people,
          })
        : null,
    [view, dateIso, number, office, programme.name, figures],
  );

  const exportDocx = async () => {
    if (!doc) return;
    setBusy(true);
    setOutcome(null);
    const res = await invoke('report:export', {
      suggestedName: resultReportName(programme.name),
      document: doc,
    });
    setBusy(false);
    if (!res.ok) setOutcome({ kind: 'error', text: res.error.message });
    else if (res.value)
      setOutcome({
        kind: 'success',
        text: `Đã lưu báo cáo kết quả vào ${res.value.path}`,
        path: res.value.path,
      });
  };

  const openFile = async (path: string) => {
    const res = await invoke('file:open', { path });
    if (!res.ok) setOutcome({ kind: 'error', text: res.error.message });
  };

  return (
    <Modal
      open
      title="Báo cáo kết quả"
      width={920}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          Đóng
        </Button>,
        <Button key="print" disabled={!doc} onClick={() => window.print()}>
          In
        </Button>,
        <Button
          key="export"
          type="primary"
          disabled={!doc}
          loading={busy}
          onClick={() => void exportDocx()}
        >
          Xuất báo cáo (.docx)
        </Button>,
      ]}
    >
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="Số báo cáo">
          <Input
            aria-label="Số báo cáo"
            placeholder="ví dụ 18/BC-LĐLĐ"
            value={number}
            maxLength={100}
            onChange={(e) => setNumber(e.target.value)}
          />
        </Form.Item>
        <Form.Item
          label="Ngày"
          validateStatus={date.ok ? undefined : 'error'}
          help={date.ok ? undefined : date.message}
        >
          <Input
            aria-label="Ngày báo cáo"
            placeholder="dd/mm/yyyy"
            value={dateText}
            onChange={(e) => setDateText(e.target.value)}
            style={{ width: 130 }}
          />
        </Form.Item>
      </Form>
      {outcome && (
        <Alert
          type={outcome.kind}
          showIcon
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          title={outcome.text}
          action={
            outcome.path && (
              <Button size="small" onClick={() => void openFile(outcome.path ?? '')}>
                Mở tệp
              </Button>
            )
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {!view ? (
        <Spin description="Đang lập báo cáo…" />
      ) : doc ? (
        <div aria-label="Xem trước báo cáo" style={{ maxHeight: '65vh', overflow: 'auto' }}>
          <DossierPreview documents={[doc]} />
          <PrintView document={doc} />
        </div>
      ) : null}
    </Modal>
  );
};

/** The dashboard's "Báo cáo kết quả" action and its dialog. */
export const ResultReportAction = ({
  programme,
  figures,
}: {
  programme: Pick<Programme, 'id' | 'name'>;
  figures: DashboardFigures;
}) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Báo cáo kết quả</Button>
      {open && (
        <ReportModal programme={programme} figures={figures} onClose={() => setOpen(false)} />
      )}
    </>
  );
};
