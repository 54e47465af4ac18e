// "Đề xuất lên cấp trên": the recognised initiatives by proposing unit, with rank and readiness;
// each is proposed or taken back through db/proposals.ts, which holds the quota and the lifecycle.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useActiveProgramme, useDb, useOffice } from '../../app/context';
import { navigate } from '../../app/router';
import { proposeInitiative, withdrawProposal } from '../../db/proposals';
import {
  loadProposalScreen,
  type Candidate,
  type UnitCandidates,
} from '../../db/queries/proposal-candidates';
import { failureText } from '../../ui/failure';
import { NoProgramme } from '../appraisal/NoProgramme';
import { rankText } from '../appraisal/result-cells';

const Readiness = ({ c }: { c: Candidate }) =>
  c.problems.length === 0 ? (
    <Tag color="success">Đủ điều kiện</Tag>
  ) : (
    <Flex vertical gap={2}>
      <Tag color="warning" style={{ width: 'fit-content' }}>
        Chưa đủ ({c.problems.length})
      </Tag>
      <ul style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
        {c.problems.map((p, n) => (
          <li key={n}>{p.message}</li>
        ))}
      </ul>
    </Flex>
  );

export const ProposalScreen = () => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const programme = useActiveProgramme();
  const data = useLiveQuery(
    async () => (programme ? loadProposalScreen(db, programme.id) : null),
    [db, programme?.id],
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (!programme) return <NoProgramme programme={programme} />;

  const act = async (c: Candidate) => {
    setBusy(c.id);
    try {
      if (c.proposed) {
        await withdrawProposal(db, c.id, userName);
        void message.success(`Đã bỏ đề xuất "${c.title}".`);
      } else {
        await proposeInitiative(db, c.id, userName);
        void message.success(`Đã đề xuất "${c.title}" lên cấp trên.`);
      }
      setRefusal(null);
    } catch (err) {
      setRefusal(failureText(err, 'Không đề xuất được'));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<Candidate> = [
    {
      title: 'Hạng',
      key: 'rank',
      width: 90,
      render: (_, c) => (
        <span>
          {rankText(c.rank?.overall)}
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            trong đơn vị: {rankText(c.rank?.inUnit)}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: 'Tên sáng kiến',
      key: 'title',
      render: (_, c) => (
        <Button
          type="link"
          style={{ paddingInline: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
          onClick={() => navigate({ screen: 'initiative', id: c.id })}
        >
          {c.title || 'Sáng kiến chưa có tên'}
        </Button>
      ),
    },
    { title: 'Hồ sơ', key: 'ready', width: 260, render: (_, c) => <Readiness c={c} /> },
    {
      title: 'Đề xuất',
      key: 'act',
      width: 170,
      render: (_, c) => (
        <Flex vertical gap={4} align="start">
          {c.proposed && <Tag color="blue">Đã đề xuất</Tag>}
          <Button
            size="small"
            type={c.proposed ? 'default' : 'primary'}
            loading={busy === c.id}
            aria-label={`${c.proposed ? 'Bỏ đề xuất' : 'Đề xuất'} ${c.title}`}
            onClick={() => void act(c)}
          >
            {c.proposed ? 'Bỏ đề xuất' : 'Đề xuất'}
          </Button>
        </Flex>
      ),
    },
  ];

  const unitCard = (u: UnitCandidates) => (
    <Card
      key={u.unitId}
      size="small"
      title={u.unitName}
      extra={
        <span aria-label={`Đã đề xuất của ${u.unitName}`}>
          Đã đề xuất {u.proposedCount}/{data?.quota ?? 0}
        </span>
      }
      style={{ marginBottom: 16 }}
    >
      <Table<Candidate>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={u.candidates}
        pagination={false}
      />
    </Card>
  );

  return (
    <section aria-labelledby="proposals-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title id="proposals-title" level={3} style={{ margin: 0 }}>
          Đề xuất lên cấp trên
        </Typography.Title>
        <Button onClick={() => navigate({ screen: 'dossier' })}>Lập hồ sơ đề xuất</Button>
      </Flex>
      <Typography.Paragraph type="secondary">
        Mỗi đơn vị đề xuất tối đa {data?.quota ?? programme.quotaPerUnit} sáng kiến đã được Hội đồng
        công nhận và đủ hồ sơ. Muốn đổi, hãy bỏ đề xuất một sáng kiến rồi chọn sáng kiến khác.
      </Typography.Paragraph>
      {refusal && (
        <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />
      )}
      {data === undefined ? (
        <Typography.Text>Đang tải…</Typography.Text>
      ) : data === null || data.units.length === 0 ? (
        <Alert
          type="info"
          title="Chưa có sáng kiến nào được Hội đồng công nhận trong chương trình này. Hãy kết thúc phiên họp Hội đồng trước, rồi quay lại chọn đề xuất."
        />
      ) : (
        data.units.map(unitCard)
      )}
    </section>
  );
};
