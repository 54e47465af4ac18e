// "Đóng gói hồ sơ" on the dossier screen: builds the bundle (attachments read with progress, the
// zip written by main), then saves it to a folder or queues it for email, whole or split into
// numbered messages (issue 9). A click while a step runs does nothing, and the emails of a
// bundle are queued once: after that the panel only shows where they are.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Flex, Progress, Typography } from 'antd';
import { formatFileSize } from '@shared/bundle/file-size';
import { useDb } from '../../app/context';
import { invoke } from '../../desk';
import { failureText } from '../../ui/failure';
import { BundleOutcome, type BuiltBundle } from './BundleOutcome';
import {
  queueBundles,
  readBundleAttachments,
  writePart,
  writeWholeBundle,
  type AttachmentBytes,
  type BuildProgress,
  type BundleJob,
  type Written,
} from './bundle-build';

interface Built extends BuiltBundle {
  readonly written: Written;
  readonly attachments: readonly AttachmentBytes[];
}

const progressText = (p: BuildProgress): string =>
  p.stage === 'reading'
    ? `Đang đọc tệp đính kèm ${p.done}/${p.total} (${formatFileSize(p.bytes)} / ${formatFileSize(p.totalBytes)})…`
    : `Đang tạo tệp nén: văn bản Word và ${formatFileSize(p.bytes)} tệp đính kèm…`;

const percentOf = (p: BuildProgress): number =>
  p.stage === 'writing' ? 95 : Math.round(90 * (p.totalBytes === 0 ? 1 : p.bytes / p.totalBytes));

export const BundlePanel = ({ job }: { job: BundleJob }) => {
  const db = useDb();
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mailReady, setMailReady] = useState<boolean | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [queued, setQueued] = useState<{ count: number; to: string } | null>(null);
  // Set synchronously, so a second click in the same moment finds the step already running.
  const busy = useRef(false);

  useEffect(() => {
    let live = true;
    void invoke('mail:settings:get', {}).then((r) => {
      if (live) setMailReady(r.ok ? r.value.settings !== null : false);
    });
    return () => {
      live = false;
    };
  }, []);

  const once = async (what: string, step: () => Promise<void>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    try {
      await step();
    } catch (err) {
      setError(failureText(err, what));
    } finally {
      busy.current = false;
    }
  };

  const build = () =>
    once('Chưa đóng gói được hồ sơ', async () => {
      setError(null);
      setBuilt(null);
      setSavedPath(null);
      setQueued(null);
      try {
        const read = await readBundleAttachments(db, job, setProgress);
        if (!read.ok) return setError(read.error.message);
        const bytes = read.value.reduce((n, a) => n + a.data.byteLength, 0);
        setProgress({ stage: 'writing', bytes });
        const written = await writeWholeBundle(job, read.value, 'outbox');
        if (!written.ok) return setError(written.error.message);
        if (!written.value) return;
        const { fileName, size, files, mail } = written.value;
        setBuilt({
          written: written.value,
          attachments: read.value,
          fileName,
          size,
          files,
          mail,
          initiatives: job.source.initiatives.length,
        });
      } finally {
        setProgress(null);
      }
    });

  const save = () =>
    once('Chưa lưu được hồ sơ ra thư mục', async () => {
      if (!built) return;
      setSaving(true);
      setError(null);
      try {
        const result = await writeWholeBundle(job, built.attachments, 'choose');
        if (!result.ok) setError(result.error.message);
        else if (result.value) setSavedPath(result.value.path);
      } finally {
        setSaving(false);
      }
    });

  const reveal = (path: string) =>
    void invoke('folder:reveal', { path }).then((r) => {
      if (!r.ok) setError(r.error.message);
    });

  const send = (to: string) =>
    once('Chưa đưa được hồ sơ vào hộp thư đi', async () => {
      if (!built || queued) return;
      setSending(true);
      setError(null);
      try {
        const plan = built.mail;
        let bundles: Written[] = [built.written];
        if (plan.kind === 'too_big') return;
        if (plan.kind === 'split') {
          // Every part written before the first email is queued: all of them go, or none.
          bundles = [];
          for (const part of plan.parts) {
            const result = await writePart(job, built.attachments, part, plan.parts.length);
            if (!result.ok) return setError(result.error.message);
            if (result.value) bundles.push(result.value);
          }
        }
        const count = await queueBundles(db, job, { to, bundles });
        setQueued({ count, to });
      } finally {
        setSending(false);
      }
    });

  return (
    <Card
      size="small"
      title="Gửi hồ sơ lên cấp trên"
      style={{ marginBottom: 16 }}
      extra={
        <Button
          type={built ? 'default' : 'primary'}
          loading={progress !== null}
          onClick={() => void build()}
        >
          {progress ? 'Đang đóng gói…' : built ? 'Đóng gói lại' : 'Đóng gói hồ sơ'}
        </Button>
      }
    >
      {!built && !progress && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          Đóng gói các văn bản, dữ liệu và tệp đính kèm của hồ sơ thành một tệp .zip để gửi qua
          email hoặc lưu ra USB. Sáng kiến mật chỉ gửi tên, hiệu quả và kết quả.
        </Typography.Paragraph>
      )}
      {progress && (
        <Flex vertical gap={4} role="status" aria-live="polite">
          <Typography.Text>{progressText(progress)}</Typography.Text>
          <Progress percent={percentOf(progress)} status="active" showInfo={false} />
        </Flex>
      )}
      {error && (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />
      )}
      {built && (
        <BundleOutcome
          built={built}
          mailReady={mailReady}
          defaultTo={job.source.programme.recipientEmail}
          saving={saving}
          savedPath={savedPath}
          sending={sending}
          queued={queued}
          onSave={() => void save()}
          onReveal={reveal}
          onSend={(to) => void send(to)}
        />
      )}
    </Card>
  );
};
