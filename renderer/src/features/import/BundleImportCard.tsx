import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { settledChoice } from '@shared/bundle/import-match';
import type { MatchChoice, MatchProposal } from '@shared/bundle/import-match';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '@shared/bundle/import-plan';
import type { PlannedRecord, RecordKind } from '@shared/bundle/import-plan';
import { formatDateTime } from '@shared/format';
import type { FieldChange } from '@shared/model/history';
import { useDb, useOffice } from '../../app/context';
import { routeHref } from '../../app/router';
import { importBundle } from '../../db/bundle-import';
import type { ImportSummary, Resolution } from '../../db/bundle-import';
import { previewImport } from '../../db/bundle-preview';
import type { BundleToImport, ImportPreview } from '../../db/bundle-preview';

const KIND_COLORS: Record<RecordKind, string> = {
  new: 'green',
  updated: 'blue',
  unchanged: 'default',
  conflict: 'red',
};

const NEW = '__new__';

const choiceValue = (choice: MatchChoice | null): string | null =>
  choice === null ? null : choice.kind === 'new' ? NEW : choice.localId;

const choiceOf = (value: string): MatchChoice =>
  value === NEW ? { kind: 'new' } : { kind: 'existing', localId: value };

/** What the clerk should know about the match shown, or null. */
const matchNote = (
  proposal: MatchProposal,
  choice: MatchChoice | null,
  what: string,
  name: string,
): string | null => {
  if (choice === null)
    return proposal.kind === 'by-name'
      ? `Có ${what} cùng tên "${proposal.localName}": hãy chọn trong danh sách để xác nhận, hoặc chọn tạo mới.`
      : `Hãy chọn ${what} trong danh sách.`;
  if (choice.kind === 'new') return `Sẽ tạo ${what} mới "${name}" khi nhập.`;
  if (proposal.kind === 'linked' && proposal.localId === choice.localId)
    return 'Đã ghép từ lần nhập trước.';
  return null;
};

const changesText = (changes: readonly FieldChange[]): string =>
  changes.map((c) => `${c.label}: "${c.before}" → "${c.after}"`).join('; ');

interface Done {
  readonly summary: ImportSummary;
  readonly records: readonly PlannedRecord[];
}

/** One verified bundle: who sent it, the matching, the preview, conflicts, and "Nhập". */
export const BundleImportCard = ({ bundle }: { bundle: BundleToImport }) => {
  const db = useDb();
  const { userName } = useOffice();
  const [unit, setUnit] = useState<MatchChoice | null | undefined>(undefined);
  const [programme, setProgramme] = useState<MatchChoice | null | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const [quotaConfirmed, setQuotaConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  useEffect(() => {
    let live = true;
    void previewImport(db, bundle, { unit, programme }).then((p) => {
      if (!live) return;
      setPreview(p);
      // The first preview settles what needs no confirmation.
      setUnit((u) => (u === undefined ? settledChoice(p.unit.proposal) : u));
      setProgramme((c) => (c === undefined ? settledChoice(p.programme.proposal) : c));
    });
    return () => {
      live = false;
    };
  }, [db, bundle, unit, programme]);

  if (!preview) return <Card loading title={bundle.fileName} />;
  const { manifest } = bundle;
  const { plan } = preview;
  const conflicts = plan.records.filter((r) => r.kind === 'conflict');
  const ready = !!unit && !!programme && (plan.overQuota.length === 0 || quotaConfirmed);

  const doImport = async () => {
    if (!unit || !programme) return;
    setBusy(true);
    setError(null);
    const result = await importBundle(
      db,
      bundle,
      { unit, programme, resolutions, quotaConfirmed },
      userName,
    );
    setBusy(false);
    if (result.ok) setDone({ summary: result.value, records: plan.records });
    else setError(result.error.message);
  };

  const unitOptions = [
    ...preview.unit.candidates.map((u) => ({ value: u.id, label: u.name })),
    { value: NEW, label: `Tạo đơn vị mới "${manifest.unit.name}"` },
  ];
  const programmeOptions = [
    ...preview.programme.candidates.map((p) => ({ value: p.id, label: p.name })),
    { value: NEW, label: `Tạo chương trình mới "${bundle.data.programme.name}"` },
  ];
  const unitNote = matchNote(preview.unit.proposal, unit ?? null, 'đơn vị', manifest.unit.name);
  const programmeNote = matchNote(
    preview.programme.proposal,
    programme ?? null,
    'chương trình',
    bundle.data.programme.name,
  );

  return (
    <Card title={`Hồ sơ ${bundle.fileName}`}>
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'unit', label: 'Đơn vị gửi', children: manifest.unit.name },
            { key: 'programme', label: 'Chương trình', children: manifest.programme.name },
            { key: 'date', label: 'Ngày lập', children: formatDateTime(manifest.createdAt) },
            {
              key: 'counts',
              label: 'Sáng kiến',
              children: (
                <Flex gap={4} wrap aria-label="Số sáng kiến theo loại">
                  {RECORD_KINDS.map((k) => (
                    <Tag key={k} color={KIND_COLORS[k]}>
                      {RECORD_KIND_LABELS[k]}: {plan.counts[k]}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
        {!done && (
          <>
            <Flex vertical gap={4}>
              <label htmlFor={`${bundle.fileName}-unit`}>
                Đơn vị gửi là đơn vị nào của văn phòng này
              </label>
              <Select
                id={`${bundle.fileName}-unit`}
                style={{ maxWidth: 520 }}
                value={choiceValue(unit ?? null)}
                placeholder="Chọn để xác nhận"
                options={unitOptions}
                onChange={(v: string) => setUnit(choiceOf(v))}
              />
              {unitNote && <Typography.Text type="secondary">{unitNote}</Typography.Text>}
            </Flex>
            <Flex vertical gap={4}>
              <label htmlFor={`${bundle.fileName}-programme`}>Nhập vào chương trình</label>
              <Select
                id={`${bundle.fileName}-programme`}
                style={{ maxWidth: 520 }}
                value={choiceValue(programme ?? null)}
                placeholder="Chọn để xác nhận"
                options={programmeOptions}
                onChange={(v: string) => setProgramme(choiceOf(v))}
              />
              {programmeNote && <Typography.Text type="secondary">{programmeNote}</Typography.Text>}
            </Flex>
            {plan.overQuota.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title="Vượt hạn mức đề xuất"
                description={
                  <Flex vertical gap={8}>
                    {plan.overQuota.map((w) => (
                      <span key={w.unitId}>{w.message}</span>
                    ))}
                    <Checkbox
                      checked={quotaConfirmed}
                      onChange={(e) => setQuotaConfirmed(e.target.checked)}
                    >
                      Vẫn nhập dù vượt hạn mức
                    </Checkbox>
                  </Flex>
                }
              />
            )}
            {conflicts.length > 0 && (
              <Flex vertical gap={4} role="region" aria-label="Sáng kiến bị xung đột">
                <Typography.Text strong>
                  Sáng kiến bị xung đột (đã sửa ở đây và cũng sửa ở đơn vị gửi): chọn bản giữ lại
                  cho từng sáng kiến; sáng kiến chưa chọn sẽ để nguyên, lần nhập sau vẫn báo.
                </Typography.Text>
                <Table<PlannedRecord>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={conflicts}
                  columns={[
                    {
                      title: 'Sáng kiến',
                      key: 'title',
                      render: (_, r) => r.local?.title ?? r.incoming.title,
                    },
                    {
                      title: 'Khác nhau',
                      key: 'changes',
                      render: (_, r) => changesText(r.changes),
                    },
                    {
                      title: 'Giữ bản nào',
                      key: 'choice',
                      render: (_, r) => (
                        <Radio.Group
                          aria-label={`Giữ bản nào: ${r.incoming.title}`}
                          value={resolutions[r.id]}
                          onChange={(e) =>
                            setResolutions((all) => ({
                              ...all,
                              [r.id]: e.target.value as Resolution,
                            }))
                          }
                          options={[
                            { value: 'ours', label: 'Giữ bản của đơn vị mình' },
                            { value: 'theirs', label: 'Lấy bản của đơn vị gửi' },
                          ]}
                        />
                      ),
                    },
                  ]}
                />
              </Flex>
            )}
            {error && <Alert type="error" showIcon title={error} />}
            <div>
              <Button
                type="primary"
                disabled={!ready}
                loading={busy}
                onClick={() => void doImport()}
              >
                Nhập
              </Button>
            </div>
          </>
        )}
        {done && <ImportDone done={done} />}
      </Flex>
    </Card>
  );
};

const ImportDone = ({ done }: { done: Done }) => {
  const { summary, records } = done;
  const parts = [
    `${summary.added} sáng kiến mới`,
    `${summary.updated} cập nhật`,
    `${summary.unchanged} không đổi`,
    ...(summary.kept > 0 ? [`${summary.kept} giữ bản của đơn vị mình`] : []),
    ...(summary.skipped > 0 ? [`${summary.skipped} xung đột chưa xử lý (để nguyên)`] : []),
  ];
  const touched = records.filter((r) => r.kind !== 'unchanged');
  return (
    <Flex vertical gap={8}>
      <Alert
        type="success"
        showIcon
        role="status"
        title={`Đã nhập hồ sơ: ${parts.join(', ')}.`}
        description={`Lịch sử ghi: "${summary.note}". Bản sao lưu trước khi nhập: ${summary.snapshot}.`}
      />
      {touched.length > 0 && (
        <Table<PlannedRecord>
          title={() => 'Sáng kiến mới, cập nhật hoặc xung đột'}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={touched}
          columns={[
            {
              title: 'Sáng kiến',
              key: 'title',
              render: (_, r) => (
                <a href={routeHref({ screen: 'initiative', id: r.id })}>{r.incoming.title}</a>
              ),
            },
            {
              title: 'Loại',
              key: 'kind',
              render: (_, r) => <Tag color={KIND_COLORS[r.kind]}>{RECORD_KIND_LABELS[r.kind]}</Tag>,
            },
            { title: 'Thay đổi', key: 'changes', render: (_, r) => changesText(r.changes) },
          ]}
        />
      )}
    </Flex>
  );
};
