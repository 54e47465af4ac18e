import { Space, Tag } from 'antd';
import {
  INITIATIVE_STATUSES,
  STATUS_LABELS,
  type InitiativeStatus,
} from '@shared/model/initiative';

interface Props {
  counts: Record<InitiativeStatus, number>;
  selected: InitiativeStatus | null;
  onSelect: (status: InitiativeStatus | null) => void;
}

/** "Nháp 12", "Đã nộp 3", …: each tag filters the list by its status; a second click clears it. */
export const StatusCounts = ({ counts, selected, onSelect }: Props) => (
  <Space wrap size={[4, 4]} role="group" aria-label="Số sáng kiến theo trạng thái">
    {INITIATIVE_STATUSES.map((s) => (
      <Tag.CheckableTag
        key={s}
        checked={selected === s}
        onChange={(on) => onSelect(on ? s : null)}
        style={{ border: '1px solid #d9d9d9' }}
      >
        {STATUS_LABELS[s]} {counts[s]}
      </Tag.CheckableTag>
    ))}
  </Space>
);
