import { Tag, Tooltip } from 'antd';
import {
  rowBlockers,
  type ProgrammeWindow,
  type ReadinessRow,
} from '@shared/appraisal/row-readiness';

interface Props {
  row: ReadinessRow;
  programmeWindow: ProgrammeWindow | null;
}

/**
 * The list's "Hồ sơ" cell: green when nothing the row knows of stops the initiative from being
 * proposed upward, otherwise how many things do, listed in a tooltip; the initiative's page (which
 * the row opens) lists them in full, with score sheets and attachments.
 */
export const ReadinessBadge = ({ row, programmeWindow }: Props) => {
  const blockers = rowBlockers(row, programmeWindow);
  if (blockers.length === 0) return <Tag color="success">Đủ điều kiện</Tag>;
  const refused = row.status === 'not_recognised';
  return (
    <Tooltip
      title={
        <>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {blockers.map((b) => (
              <li key={b.code}>{b.message}</li>
            ))}
          </ul>
          <div style={{ marginTop: 4, opacity: 0.8 }}>
            Phiếu chấm điểm và tệp đính kèm được kiểm tra trên trang sáng kiến.
          </div>
        </>
      }
    >
      <Tag color={refused ? 'error' : 'warning'} style={{ cursor: 'help' }}>
        Chưa đủ ({blockers.length})
      </Tag>
    </Tooltip>
  );
};
