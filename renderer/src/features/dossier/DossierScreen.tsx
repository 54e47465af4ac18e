// "Hồ sơ đề xuất": the dossier built from the initiatives proposed upward (shared/dossier/), its
// numbers and dates asked once, a preview of any document, printing and the export as .docx.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildDossier } from '@shared/dossier/dossier';
import type { DossierNumbers } from '@shared/dossier/input';
import { formatDate, todayIso } from '@shared/format';
import { useActiveProgramme, useDb, useOffice } from '../../app/context';
import { navigate } from '../../app/router';
import { getDossierNumbers, saveDossierNumbers, suggestedNumbers } from '../../db/dossier-numbers';
import { loadDossierInput } from '../../db/queries/dossier-input';
import { invoke } from '../../desk';
import { failureText } from '../../ui/failure';
import { NoProgramme } from '../appraisal/NoProgramme';
import { BundlePanel } from './BundlePanel';
import { DossierNumbersForm } from './DossierNumbersForm';
import { DossierPreview } from './DossierPreview';
import { PrintView } from './PrintView';

/** The file's name without its folder, which the message already names. */
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

type Outcome = { kind: 'success' | 'error'; text: string; files?: readonly string[] } | null;

export const DossierScreen = () => {
  const db = useDb();
  const office = useOffice();
  const programme = useActiveProgramme();
  const programmeId = programme?.id ?? null;
  const stored = useLiveQuery(
    async () => (programmeId ? getDossierNumbers(db, programmeId) : null),
    [db, programmeId],
  );
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const load = useLiveQuery(
    async () => (programmeId && stored ? loadDossierInput(db, programmeId, stored) : null),
    [db, programmeId, stored],
  );
  const dossier = useMemo(() => (load?.ok ? buildDossier(load.input) : null), [load]);
  const job = useMemo(
    () => (load?.ok && dossier ? { source: load.source, documents: dossier.documents } : null),
    [load, dossier],
  );
  if (!programme) return <NoProgramme programme={programme} />;

  const save = async (n: DossierNumbers) => {
    try {
      await saveDossierNumbers(db, programme.id, n);
      setEditing(false);
    } catch (err) {
      setOutcome({ kind: 'error', text: failureText(err, 'Không lưu được số và ngày') });
    }
  };

  const exportAll = async () => {
    if (!dossier) return;
    setExporting(true);
    setOutcome(null);
    const result = await invoke('dossier:export', { documents: dossier.documents });
    setExporting(false);
    if (!result.ok) setOutcome({ kind: 'error', text: result.error.message });
    else if (result.value)
      setOutcome({
        kind: 'success',
        text: `Đã lưu ${result.value.files.length} tệp Word vào thư mục ${result.value.folder}: ${result.value.files.map(baseName).join(', ')}.`,
        files: result.value.files,
      });
  };

  const openFile = async (path: string) => {
    const result = await invoke('file:open', { path });
    if (!result.ok) setOutcome((o) => o && { ...o, kind: 'error', text: result.error.message });
  };

  const numbersCard =
    stored === undefined ? null : stored === null || editing ? (
      <Card size="small" title="Số và ngày của hồ sơ" style={{ marginBottom: 16 }}>
        {stored === null && (
          <Typography.Paragraph type="secondary">
            Nhập một lần; lần sau ứng dụng nhớ cho chương trình này.
          </Typography.Paragraph>
        )}
        <DossierNumbersForm
          initial={stored ?? suggestedNumbers(office, todayIso())}
          onSave={save}
          onCancel={stored ? () => setEditing(false) : undefined}
        />
      </Card>
    ) : (
      <Card
        size="small"
        title="Số và ngày của hồ sơ"
        extra={<Button onClick={() => setEditing(true)}>Sửa số và ngày</Button>}
        style={{ marginBottom: 16 }}
      >
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'cover', label: 'Số tờ trình', children: stored.cover },
            { key: 'date', label: 'Ngày', children: formatDate(stored.date) },
            { key: 'minutes', label: 'Số biên bản', children: stored.minutes },
            { key: 'recipient', label: 'Kính gửi', children: stored.recipient },
          ]}
        />
      </Card>
    );

  const current = dossier?.documents[Math.min(shown, dossier.documents.length - 1)];

  return (
    <section aria-labelledby="dossier-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title id="dossier-title" level={3} style={{ margin: 0 }}>
          Hồ sơ đề xuất
        </Typography.Title>
        {dossier && (
          <Button type="primary" loading={exporting} onClick={() => void exportAll()}>
            {exporting ? 'Đang xuất…' : 'Xuất tất cả (.docx)'}
          </Button>
        )}
      </Flex>
      {numbersCard}
      {outcome && (
        <Alert
          type={outcome.kind}
          showIcon
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          title={outcome.text}
          description={
            outcome.files && (
              <Flex gap={4} wrap aria-label="Mở tệp vừa lưu">
                {outcome.files.map((f) => (
                  <Button key={f} size="small" onClick={() => void openFile(f)}>
                    Mở {baseName(f)}
                  </Button>
                ))}
              </Flex>
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {load && !load.ok && (
        <Alert
          type="info"
          showIcon
          title={load.message}
          action={
            <Button size="small" onClick={() => navigate({ screen: 'proposals' })}>
              Chọn đề xuất
            </Button>
          }
        />
      )}
      {job && <BundlePanel job={job} />}
      {dossier && current && (
        <Flex gap={16} align="start">
          <nav
            aria-label="Các văn bản của hồ sơ"
            style={{ width: 300, flex: 'none', background: '#fff', border: '1px solid #eee' }}
          >
            <Flex vertical gap={2} style={{ padding: 4 }}>
              {dossier.documents.map((d, n) => (
                <Button
                  key={d.fileName}
                  type={d === current ? 'primary' : 'text'}
                  style={{ whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
                  onClick={() => setShown(n)}
                >
                  {d.title}
                </Button>
              ))}
            </Flex>
          </nav>
          <div style={{ flex: 1, minWidth: 0, overflowX: 'auto' }}>
            <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{current.title}</Typography.Text>
              <Button onClick={() => window.print()}>In</Button>
            </Flex>
            <div aria-label="Xem trước văn bản">
              <DossierPreview documents={[current]} />
            </div>
            <PrintView document={current} />
          </div>
        </Flex>
      )}
    </section>
  );
};
