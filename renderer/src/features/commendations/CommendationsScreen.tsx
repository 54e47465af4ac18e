// "Khen thưởng" (issue 10, item 5): the programme's commendations, recorded, edited and deleted
// through db/commendations.ts, and the list of people commended, exported to .xlsx through
// `sheet:export`.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Flex,
  Popconfirm,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  commendedPeopleTable,
  decisionText,
  type CommendedPerson,
} from '@shared/commendations/people';
import { formatMoney, groupDigits } from '@shared/format';
import {
  COMMENDATION_FORM_LABELS,
  COMMENDATION_LEVEL_LABELS,
  type Commendation,
} from '@shared/model/commendation';
import { useActiveProgramme, useDb, useOffice } from '../../app/context';
import { deleteCommendation } from '../../db/commendations';
import { loadCommendationsView } from '../../db/queries/commendations';
import { invoke } from '../../desk';
import { failureText } from '../../ui/failure';
import { NoProgramme } from '../appraisal/NoProgramme';
import { CommendationFormModal } from './CommendationFormModal';

/** The form's state: closed, recording a new commendation, or editing one. */
type Editing = null | { commendation: Commendation | null };

export const CommendationsScreen = () => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const programme = useActiveProgramme();
  const programmeId = programme?.id ?? null;
  const view = useLiveQuery(
    async () => (programmeId ? loadCommendationsView(db, programmeId) : null),
    [db, programmeId],
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [exporting, setExporting] = useState(false);
  if (!programme) return <NoProgramme programme={programme} />;

  const titles = new Map((view?.initiatives ?? []).map((i) => [i.id, i]));

  const remove = async (c: Commendation) => {
    try {
      await deleteCommendation(db, c.id, userName);
      void message.success(`Đã xóa khen thưởng theo quyết định số ${c.decisionNumber}`);
    } catch (err) {
      void message.error(failureText(err, 'Không xóa được'));
    }
  };

  const exportPeople = async () => {
    if (!view) return;
    setExporting(true);
    const res = await invoke('sheet:export', {
      suggestedName: `Danh sách khen thưởng - ${programme.name}`.slice(0, 150),
      table: commendedPeopleTable(view.people),
    });
    setExporting(false);
    if (!res.ok) void message.error(res.error.message);
    else if (res.value)
      void message.success(`Đã lưu ${groupDigits(res.value.rows)} người vào ${res.value.path}`);
  };

  const namesOf = (c: Commendation): string => {
    const authors = titles.get(c.initiativeId)?.authors ?? [];
    if (c.authorIds.length === 0) return 'Tất cả tác giả';
    return authors
      .filter((a) => c.authorIds.includes(a.id))
      .map((a) => a.name)
      .join(', ');
  };

  const decisionColumns: TableColumnsType<Commendation> = [
    {
      title: 'Sáng kiến',
      key: 'initiative',
      render: (_, c) => titles.get(c.initiativeId)?.title ?? 'Sáng kiến đã xóa',
    },
    { title: 'Người được khen', key: 'people', render: (_, c) => namesOf(c) },
    {
      title: 'Cấp',
      key: 'level',
      width: 120,
      render: (_, c) => COMMENDATION_LEVEL_LABELS[c.level],
    },
    {
      title: 'Hình thức',
      key: 'form',
      width: 180,
      render: (_, c) => COMMENDATION_FORM_LABELS[c.form],
    },
    { title: 'Quyết định', key: 'decision', render: (_, c) => decisionText(c) },
    {
      title: 'Tiền thưởng',
      key: 'amount',
      align: 'right',
      width: 140,
      render: (_, c) => formatMoney(c.amount),
    },
    {
      title: '',
      key: 'act',
      width: 150,
      render: (_, c) => (
        <Flex gap={4}>
          <Button
            size="small"
            aria-label={`Sửa khen thưởng ${c.decisionNumber}`}
            onClick={() => setEditing({ commendation: c })}
          >
            Sửa
          </Button>
          <Popconfirm
            title="Xóa khen thưởng này?"
            description="Lịch sử của sáng kiến vẫn ghi lại việc xóa."
            okText="Xóa"
            cancelText="Không"
            onConfirm={() => void remove(c)}
          >
            <Button size="small" danger aria-label={`Xóa khen thưởng ${c.decisionNumber}`}>
              Xóa
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  const peopleColumns: TableColumnsType<CommendedPerson> = [
    { title: 'STT', key: 'n', width: 60, render: (_, _p, n) => n + 1 },
    { title: 'Họ và tên', dataIndex: 'name' },
    { title: 'Đơn vị', dataIndex: 'unitName' },
    { title: 'Sáng kiến', dataIndex: 'initiativeTitle' },
    { title: 'Cấp', dataIndex: 'level', width: 120 },
    { title: 'Hình thức', dataIndex: 'form', width: 180 },
    { title: 'Quyết định', key: 'decision', render: (_, p) => decisionText(p) },
  ];

  const none = view !== undefined && view !== null && view.initiatives.length === 0;

  return (
    <section aria-labelledby="commendations-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title id="commendations-title" level={3} style={{ margin: 0 }}>
          Khen thưởng
        </Typography.Title>
        <Button
          type="primary"
          disabled={!view || none}
          onClick={() => setEditing({ commendation: null })}
        >
          Ghi khen thưởng
        </Button>
      </Flex>
      {none && (
        <Alert
          type="info"
          showIcon
          title="Chưa có sáng kiến được công nhận trong chương trình này. Khen thưởng được ghi cho sáng kiến đã được Hội đồng công nhận hoặc đã đề xuất lên cấp trên."
          style={{ marginBottom: 16 }}
        />
      )}
      <Typography.Title level={4}>Các quyết định khen thưởng</Typography.Title>
      <Table<Commendation>
        rowKey="id"
        size="small"
        loading={!view}
        columns={decisionColumns}
        dataSource={view?.commendations ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa ghi khen thưởng nào.' }}
        aria-label="Các quyết định khen thưởng"
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '24px 0 8px' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Danh sách cá nhân được khen thưởng
        </Typography.Title>
        <Button
          loading={exporting}
          disabled={!view || view.people.length === 0}
          onClick={() => void exportPeople()}
        >
          Xuất danh sách khen thưởng (.xlsx)
        </Button>
      </Flex>
      <Table<CommendedPerson>
        rowKey={(p) => `${p.commendationId}-${p.name}`}
        size="small"
        loading={!view}
        columns={peopleColumns}
        dataSource={view?.people ?? []}
        pagination={(view?.people.length ?? 0) > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: 'Chưa có cá nhân được khen thưởng.' }}
        aria-label="Danh sách cá nhân được khen thưởng"
      />
      {editing && view && (
        <CommendationFormModal
          commendation={editing.commendation}
          initiatives={view.initiatives}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
};
