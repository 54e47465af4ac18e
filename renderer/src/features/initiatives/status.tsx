import { Tag } from 'antd';
import { STATUS_LABELS, type InitiativeStatus } from '@shared/model/initiative';

export const STATUS_COLORS: Record<InitiativeStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  appraising: 'gold',
  recognised: 'green',
  not_recognised: 'red',
  proposed: 'purple',
  commended: 'magenta',
};

export const StatusTag = ({ status }: { status: InitiativeStatus }) => (
  <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>
);
