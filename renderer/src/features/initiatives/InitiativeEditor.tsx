import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Col,
  Flex,
  Form,
  Row,
  Space,
  Typography,
  type FormInstance,
} from 'antd';
import {
  checkDraftPatch,
  type AttachmentRef,
  type FieldRefusal,
  type Initiative,
  type InitiativeDraft,
} from '@shared/model/initiative';
import type { Programme } from '@shared/model/programme';
import type { Unit } from '@shared/model/unit';
import { newId } from '@shared/model/common';
import { canMove, isEditable } from '@shared/domain/lifecycle';
import type { FieldProblem } from '@shared/rules/initiative-submit';
import { useDb, useOffice } from '../../app/context';
import { navigate } from '../../app/router';
import { discardEmptyDraft, updateInitiative } from '../../db/initiatives';
import { cancelDiscard, isFreshDraft, keepDraft, scheduleDiscard } from './fresh-drafts';
import {
  FORM_FIELDS,
  toAuthorInputs,
  toFormValues,
  toPatch,
  type AuthorInput,
  type FormValues,
} from './form-values';
import { ReadinessPanel } from '../readiness/ReadinessPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { InitiativeForm } from './InitiativeForm';
import { SaveStatus } from './SaveStatus';
import { StatusTag } from './status';
import { useAutosave } from './useAutosave';
import { useInitiativeCommands } from './useInitiativeCommands';

/** The heading follows the title as typed; alone in its component so typing re-renders only it. */
const EditorTitle = ({ form }: { form: FormInstance<FormValues> }) => {
  const title = Form.useWatch('title', form);
  return (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {title || 'Sáng kiến mới'}
    </Typography.Title>
  );
};

/** Messages in a list under one heading; nothing when there are none. */
const ListAlert = (p: { type: 'warning' | 'error'; title: string; messages: readonly string[] }) =>
  p.messages.length === 0 ? null : (
    <Alert
      type={p.type}
      showIcon
      title={p.title}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {p.messages.map((m, n) => (
            <li key={`${n}:${m}`}>{m}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 12 }}
    />
  );

interface Props {
  /** The live record; the form starts from its first value and then owns what the clerk types. */
  record: Initiative;
  programme: Programme | undefined;
  units: readonly Unit[];
  unitNames: ReadonlyMap<string, string>;
}

const FORM_PATHS = new Set<string>(FORM_FIELDS);

export const InitiativeEditor = ({ record, programme, units, unitNames }: Props) => {
  const db = useDb();
  const office = useOffice();
  const { message } = App.useApp();
  const id = record.id;
  // One session per visit: its autosaves fold into one history entry.
  const [sessionId] = useState(newId);
  const [form] = Form.useForm<FormValues>();
  const [initialValues] = useState(() => toFormValues(record));
  const [authors, setAuthors] = useState<AuthorInput[]>(() => toAuthorInputs(record.authors));
  const [attachments, setAttachments] = useState<AttachmentRef[]>(record.attachments);
  // Mirrors of the two editors' state: uploads finish asynchronously, after other edits.
  const authorsNow = useRef(authors);
  const filesNow = useRef(attachments);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  // Fields the last edit could not save (over their limit); the form keeps their text.
  const [refused, setRefused] = useState<FieldRefusal[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  });
  const editable = isEditable(record);

  const autosave = useAutosave<Partial<InitiativeDraft>>(
    async (patch) => {
      await updateInitiative(db, id, patch, office.userName, sessionId);
    },
    (text) => void message.error(text),
  );
  const { submit, trash, restore } = useInitiativeCommands(id, autosave.flush);

  const changed = () => {
    keepDraft(id);
    const { accepted, refused: now } = checkDraftPatch(
      toPatch(
        form.getFieldsValue(true) as FormValues,
        authorsNow.current,
        filesNow.current,
        latest.current,
      ),
    );
    // Every other field still saves; the refused one stays on the form, marked, until fixed.
    autosave.schedule(accepted);
    setRefused((before) =>
      before.map((r) => r.message).join('\n') === now.map((r) => r.message).join('\n')
        ? before
        : now,
    );
  };
  const setFiles = (next: AttachmentRef[]) => {
    filesNow.current = next;
    setAttachments(next);
    changed();
  };

  // A draft made by "Thêm sáng kiến" and left untouched leaves no trace.
  useEffect(() => {
    cancelDiscard(id);
    return () => {
      if (isFreshDraft(id))
        scheduleDiscard(id, () => void discardEmptyDraft(db, id).catch(() => undefined));
    };
  }, [db, id]);

  // Ctrl+S saves now: clerks press it out of habit, and it should do what they expect.
  const flushNow = autosave.flush;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void flushNow().then((ok) => ok && message.success('Đã lưu.'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flushNow, message]);

  const onSubmit = async () => {
    setSubmitting(true);
    const found = await submit();
    setSubmitting(false);
    setProblems(found);
    form.setFields(
      [...FORM_PATHS].map((name) => ({
        name: name as keyof FormValues,
        errors: found.filter((p) => p.path === name).map((p) => p.message),
      })),
    );
    const first = found.find((p) => FORM_PATHS.has(p.path));
    if (first) form.scrollToField(first.path, { block: 'center' });
  };

  const onValuesChange = (c: Partial<FormValues>) => {
    // An edited field no longer shows the refusal of the last submit.
    const keys = Object.keys(c);
    if (problems.some((p) => keys.includes(p.path))) {
      setProblems(problems.filter((p) => !keys.includes(p.path)));
      form.setFields(keys.map((name) => ({ name: name as keyof FormValues, errors: [] })));
    }
    changed();
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Button onClick={() => navigate({ screen: 'initiatives' })}>Quay lại danh sách</Button>
          <EditorTitle form={form} />
          <StatusTag status={record.status} />
        </Space>
        {editable ? <SaveStatus queue={autosave} updatedAt={record.updatedAt} /> : null}
      </Flex>
      {record.deletedAt ? (
        <Alert
          type="warning"
          showIcon
          title="Sáng kiến này đang ở trong thùng rác nên chỉ xem được."
          action={
            <Button type="primary" onClick={() => void restore()}>
              Khôi phục
            </Button>
          }
        />
      ) : !editable ? (
        <Alert
          type="info"
          showIcon
          title="Sáng kiến đã chuyển sang Hội đồng xét nên chỉ xem được trong sổ đăng ký."
        />
      ) : null}
      {/* The authors table needs about 1,100 px: on a 1366-pixel office screen the form takes the
          whole width and the history follows it; side by side only on wider screens. */}
      <Row gutter={24}>
        <Col xs={24} xxl={16}>
          <ReadinessPanel record={record} programme={programme} />
          <InitiativeForm
            form={form}
            initialValues={initialValues}
            units={units}
            programme={programme}
            disabled={!editable}
            onValuesChange={onValuesChange}
            authors={authors}
            onAuthorsChange={(next) => {
              authorsNow.current = next;
              setAuthors(next);
              setProblems(problems.filter((p) => !p.path.startsWith('authors')));
              changed();
            }}
            attachments={attachments}
            onAttachmentAdd={(ref) => {
              const cur = filesNow.current;
              if (!cur.some((a) => a.sha256 === ref.sha256)) setFiles([...cur, ref]);
            }}
            onAttachmentRemove={(sha) => setFiles(filesNow.current.filter((a) => a.sha256 !== sha))}
            problems={problems}
          />
          <ListAlert
            type="warning"
            title="Các mục sau chưa được lưu; các mục khác vẫn được lưu bình thường:"
            messages={refused.map((r) => r.message)}
          />
          <ListAlert
            type="error"
            title="Chưa nộp được sáng kiến vì:"
            messages={problems.map((p) => p.message)}
          />
          {editable ? (
            <Space>
              {canMove(record.status, 'submitted', 'clerk') ? (
                <Button type="primary" loading={submitting} onClick={() => void onSubmit()}>
                  Nộp sáng kiến
                </Button>
              ) : null}
              <Button danger onClick={() => void trash(String(form.getFieldValue('title') ?? ''))}>
                Xóa
              </Button>
            </Space>
          ) : null}
        </Col>
        <Col xs={24} xxl={8}>
          <HistoryTimeline id={id} unitNames={unitNames} />
        </Col>
      </Row>
    </Flex>
  );
};
