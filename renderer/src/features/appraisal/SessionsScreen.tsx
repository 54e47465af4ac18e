import { awaitsAppraisal } from '@shared/domain/lifecycle';
import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Session } from '@shared/appraisal/model';
import { formatDate } from '@shared/format';
import { compareVi } from '@shared/text';
import { useActiveProgramme, useDb } from '../../app/context';
import { navigate } from '../../app/router';
import { loadProgrammeSessions } from '../../db/queries/session-data';
import { useProgrammeRows } from '../../search/useProgrammeRows';
import { NoProgramme } from './NoProgramme';
import { SessionFormModal } from './SessionFormModal';

/** The council's meetings in the active programme, newest first, and "Tạo phiên họp". */
export const SessionsScreen = () => {
  const db = useDb();
  const programme = useActiveProgramme();
  const programmeId = programme?.id ?? null;
  const data = useLiveQuery(
    async () => (programmeId ? loadProgrammeSessions(db, programmeId) : null),
    [db, programmeId],
  );
  const snapshot = useProgrammeRows(db, programmeId);
  const open = useMemo(
    () =>
      (snapshot?.rows ?? [])
        .filter((r) => r.trashed === 0 && awaitsAppraisal(r.status))
        .sort((a, b) => compareVi(a.title, b.title)),
    [snapshot],
  );
  const [creating, setCreating] = useState(false);
  if (!programme) return <NoProgramme programme={programme} />;

  const councilOf = (s: Session) => data?.councils.find((c) => c.id === s.councilId);
  const columns: TableColumnsType<Session> = [
    {
      title: 'Ngày họp',
      key: 'date',
      render: (_, s) => (
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          onClick={() => navigate({ screen: 'session', id: s.id })}
        >
          {formatDate(s.date)}
        </Button>
      ),
    },
    { title: 'Địa điểm', key: 'place', render: (_, s) => s.place || '—' },
    { title: 'Hội đồng', key: 'council', render: (_, s) => councilOf(s)?.name ?? '—' },
    { title: 'Số sáng kiến', key: 'n', render: (_, s) => s.initiativeIds.length },
    {
      title: 'Có mặt',
      key: 'present',
      render: (_, s) => `${s.presentMemberIds.length}/${councilOf(s)?.members.length ?? '?'}`,
    },
    {
      title: 'Trạng thái',
      key: 'status',
      render: (_, s) => (s.closed ? <Tag>Đã kết thúc</Tag> : <Tag color="blue">Đang họp</Tag>),
    },
  ];

  const noCouncil = data !== undefined && data !== null && data.councils.length === 0;
  return (
    <section aria-labelledby="sessions-title">
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title id="sessions-title" level={3} style={{ margin: 0 }}>
          Phiên họp Hội đồng
        </Typography.Title>
        <Button type="primary" disabled={!data || noCouncil} onClick={() => setCreating(true)}>
          Tạo phiên họp
        </Button>
      </Flex>
      {noCouncil && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Chưa có Hội đồng cho chương trình này"
          action={<Button onClick={() => navigate({ screen: 'councils' })}>Lập Hội đồng</Button>}
        />
      )}
      <Table<Session>
        rowKey="id"
        columns={columns}
        dataSource={data?.sessions}
        loading={data === undefined}
        pagination={false}
        locale={{ emptyText: 'Chưa có phiên họp nào' }}
      />
      {creating && data && (
        <SessionFormModal
          councils={data.councils}
          rows={open}
          unitNames={snapshot?.unitNames ?? new Map<string, string>()}
          onClose={() => setCreating(false)}
        />
      )}
    </section>
  );
};
