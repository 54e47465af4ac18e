import { Table, Typography, type TableColumnsType } from 'antd';
import type { Member, Session } from '@shared/appraisal/model';
import type { InitiativeResult } from '@shared/appraisal/programme-results';
import { TIE_RULE } from '@shared/appraisal/ranking';
import { formatDate } from '@shared/format';
import type { InitiativeRow } from '../../db/initiative-row';
import { CandidateCell, ConclusionCell, rankText } from './result-cells';
import { scoreCell } from './score-format';
import type { ProgrammeResultsView } from '../../db/queries/programme-results';

interface Props {
  session: Session;
  members: readonly Member[];
  initiatives: readonly InitiativeRow[];
  view: ProgrammeResultsView | undefined;
}

interface Line {
  row: InitiativeRow;
  result: InitiativeResult | undefined;
}

/** The session's initiatives with their totals, average, ranks and (provisional) conclusion. */
export const SessionResults = ({ session, members, initiatives, view }: Props) => {
  const names = new Map(members.map((m) => [m.id, m.name]));
  const order = new Map(members.map((m, n) => [m.id, n]));
  const place = (memberId: string) => order.get(memberId) ?? members.length;
  const hasGrades = (view?.settings.rubric.grades.length ?? 0) > 0;
  const elsewhere = (r: InitiativeResult) =>
    r.sessionId === session.id ? null : view?.sessions.find((s) => s.id === r.sessionId)?.date;

  const columns: TableColumnsType<Line> = [
    {
      title: 'Sáng kiến',
      key: 'title',
      render: (_, { row, result }) => {
        const other = result && elsewhere(result);
        return (
          <>
            <div>{row.title || 'Sáng kiến chưa có tên'}</div>
            {other && (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                Kết quả theo phiên họp ngày {formatDate(other)}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    {
      title: 'Tổng điểm từng thành viên',
      key: 'totals',
      // Sheets come from the database in id order, which is random; list the members as the
      // council does (chair, secretary, members), the same way on every row.
      render: (_, { result }) =>
        [...(result?.totals ?? [])]
          .sort((a, b) => place(a.memberId) - place(b.memberId))
          .map((t) => (
            <div key={t.memberId}>
              {names.get(t.memberId) ?? 'Thành viên'}: {scoreCell(t.total)}
            </div>
          )),
    },
    { title: 'Trung bình', key: 'avg', render: (_, l) => scoreCell(l.result?.average) },
    { title: 'Cao nhất', key: 'max', render: (_, l) => scoreCell(l.result?.highest) },
    { title: 'Thấp nhất', key: 'min', render: (_, l) => scoreCell(l.result?.lowest) },
    {
      title: 'Hạng trong chương trình',
      key: 'rank',
      render: (_, l) => rankText(l.result?.rank?.overall),
    },
    {
      title: 'Hạng trong đơn vị',
      key: 'rankUnit',
      render: (_, l) => rankText(l.result?.rank?.inUnit),
    },
    ...(hasGrades
      ? [
          {
            title: 'Xếp loại',
            key: 'grade',
            render: (_: unknown, l: Line) => l.result?.grade ?? '—',
          },
        ]
      : []),
    {
      title: 'Kết luận',
      key: 'conclusion',
      render: (_, l) => (l.result ? <ConclusionCell result={l.result} /> : null),
    },
    {
      title: 'Bằng LĐST',
      key: 'candidate',
      render: (_, l) => (l.result ? <CandidateCell result={l.result} /> : null),
    },
  ];

  return (
    <section aria-labelledby="session-results-title">
      <Typography.Title id="session-results-title" level={4}>
        Kết quả chấm điểm
      </Typography.Title>
      <Table<Line>
        rowKey={(l) => l.row.id}
        size="small"
        columns={columns}
        dataSource={initiatives.map((row) => ({ row, result: view?.results.get(row.id) }))}
        loading={view === undefined}
        pagination={false}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        Xếp hạng theo điểm trung bình. {TIE_RULE}
      </Typography.Paragraph>
    </section>
  );
};
