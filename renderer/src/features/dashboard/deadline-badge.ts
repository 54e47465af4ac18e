// What the dashboard's deadline badge says and how loudly (shared/dashboard/figures.ts levels).
import type { DeadlineFigure, DeadlineLevel } from '@shared/dashboard/figures';
import { formatDate, groupDigits } from '@shared/format';

export const BADGE_COLORS: Record<DeadlineLevel, string> = {
  calm: 'blue',
  near: 'gold',
  urgent: 'red',
  closed: 'default',
};

export const deadlineBadgeText = ({ deadline, daysLeft, level }: DeadlineFigure): string => {
  const date = formatDate(deadline);
  if (level === 'closed') return `Đã hết hạn nhận hồ sơ (${date})`;
  if (daysLeft === 0) return `Hôm nay là hạn cuối (${date})`;
  return `Còn ${groupDigits(daysLeft)} ngày đến hạn ${date}`;
};
