import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Result, Space, Spin, Typography } from 'antd';
import { registerPendingWrites } from '../../app/pending-writes';
import { navigate } from '../../app/router';
import { useDb, useOffice } from '../../app/context';
import { SessionHeader } from './SessionHeader';
import { SessionActions } from './SessionActions';
import { ScoreGrid } from './ScoreGrid';
import { SessionResults } from './SessionResults';
import { SessionHistory } from './SessionHistory';
import { SaveIndicator } from './SaveIndicator';
import { SheetWriter } from './sheet-writer';
import { useSessionData } from './useSessionData';
import { useProgrammeResults } from './useProgrammeResults';

const back = (
  <Button type="link" style={{ paddingInline: 0 }} onClick={() => navigate({ screen: 'sessions' })}>
    ← Danh sách phiên họp
  </Button>
);

/** A council meeting: score grids per initiative, results, closing and reopening, history. */
export const SessionPage = ({ id }: { id: string }) => {
  const db = useDb();
  const { userName } = useOffice();
  const data = useSessionData(id);
  const view = useProgrammeResults(data?.session.programmeId);
  const [writer] = useState(() => new SheetWriter(db, userName));
  const [refusal, setRefusal] = useState<string | null>(null);
  // Cell writes already handed to the writer are waited for before the window closes.
  useEffect(
    () =>
      registerPendingWrites(async () => {
        await writer.idle();
        return writer.getStatus().error === null;
      }),
    [writer],
  );

  if (data === undefined) return <Spin description="Đang mở phiên họp…" />;
  if (data === null) return <Result status="404" title="Không tìm thấy phiên họp" extra={back} />;

  const { session, council, settings, sheets, initiatives, history } = data;
  const present = (council?.members ?? []).filter((m) => session.presentMemberIds.includes(m.id));
  const locked = session.closed;
  return (
    <section aria-labelledby="session-title">
      {back}
      <SessionHeader
        session={session}
        council={council}
        actions={<SessionActions session={session} writer={writer} onRefusal={setRefusal} />}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
        {refusal && !locked && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setRefusal(null) }}
            title="Chưa kết thúc được phiên họp"
            description={refusal}
          />
        )}
        {locked && (
          <Alert
            type="warning"
            showIcon
            title="Phiên họp đã kết thúc — phiếu chấm đã khóa"
            description='Muốn sửa điểm hay kết luận, bấm "Mở lại phiên họp" và ghi lý do.'
          />
        )}
        <Flex justify="space-between" wrap gap={8}>
          <Typography.Text type="secondary">
            Tab: sang tiêu chí kế tiếp · Enter: xuống thành viên kế tiếp · ↓: ghi nhận xét
          </Typography.Text>
          <SaveIndicator writer={writer} />
        </Flex>
        {initiatives.map((row, n) => (
          <Card
            key={row.id}
            size="small"
            title={`${n + 1}. ${row.title || 'Sáng kiến chưa có tên'}`}
            extra={
              <Typography.Text type="secondary">
                {[view?.unitNames.get(row.unitId), row.authorNames.join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            }
          >
            <ScoreGrid
              sessionId={session.id}
              initiativeId={row.id}
              gridIndex={n}
              gridCount={initiatives.length}
              rubric={settings.rubric}
              members={present}
              sheets={sheets.filter((s) => s.initiativeId === row.id)}
              locked={locked}
              writer={writer}
            />
          </Card>
        ))}
        <SessionResults session={session} members={present} initiatives={initiatives} view={view} />
        <SessionHistory entries={history} />
      </Space>
    </section>
  );
};
