import { Table, Typography, type TableColumnsType } from 'antd';
import type { Member, ScoreSheet } from '@shared/appraisal/model';
import { MEMBER_ROLE_LABELS } from '@shared/appraisal/model';
import { rubricMax, type Rubric } from '@shared/appraisal/rubric';
import { sheetTotal } from '@shared/appraisal/scores';
import type { GridSize } from './grid-nav';
import type { SheetWriter } from './sheet-writer';
import { ScoreCell } from './ScoreCell';
import { scoreCell } from './score-format';

interface Props {
  sessionId: string;
  initiativeId: string;
  /** This grid's place among the session's grids, for Tab and Enter across them. */
  gridIndex: number;
  gridCount: number;
  rubric: Rubric;
  members: readonly Member[];
  sheets: readonly ScoreSheet[];
  locked: boolean;
  writer: SheetWriter;
}

/** The score sheets of one initiative as a grid: a row per present member, a column per criterion. */
export const ScoreGrid = (props: Props) => {
  const { sessionId, initiativeId, gridIndex, rubric, members, sheets, locked, writer } = props;
  const size: GridSize = {
    grids: props.gridCount,
    rows: members.length,
    cols: rubric.criteria.length,
  };
  const sheetOf = (memberId: string) => sheets.find((s) => s.memberId === memberId);

  const columns: TableColumnsType<Member> = [
    {
      title: 'Thành viên',
      key: 'member',
      width: 180,
      render: (_, m) => (
        <>
          <div>{m.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {MEMBER_ROLE_LABELS[m.role]}
          </Typography.Text>
        </>
      ),
    },
    ...rubric.criteria.map((c, col) => ({
      title: `${c.name} (tối đa ${c.max})`,
      key: c.id,
      render: (_: unknown, m: Member, row: number) => {
        const sheet = sheetOf(m.id);
        return (
          <ScoreCell
            criterion={c}
            memberName={m.name}
            sheet={{ sessionId, initiativeId, memberId: m.id }}
            cell={{ grid: gridIndex, row, col }}
            size={size}
            score={sheet?.scores[c.id]}
            comment={sheet?.comments[c.id] ?? ''}
            locked={locked}
            writer={writer}
          />
        );
      },
    })),
    {
      title: `Tổng (tối đa ${rubricMax(rubric)})`,
      key: 'total',
      width: 110,
      render: (_, m) => {
        const sheet = sheetOf(m.id);
        const total = sheet ? sheetTotal(rubric, sheet.scores) : null;
        return (
          <Typography.Text strong aria-label={`Tổng điểm – ${m.name}`}>
            {total === null ? 'Chưa đủ' : scoreCell(total)}
          </Typography.Text>
        );
      },
    },
  ];

  return (
    <Table<Member>
      rowKey="id"
      size="small"
      bordered
      columns={columns}
      dataSource={[...members]}
      pagination={false}
    />
  );
};
