// What the programme bar says about the deadline and the targets; pure, so tested by date.
import { daysBetween, groupDigits } from '@shared/format';

/** Days this close to the deadline turn the countdown red. */
export const URGENT_DAYS = 7;

export interface DeadlineState {
  text: string;
  urgent: boolean;
}

export const deadlineState = (deadlineIso: string, todayIsoDate: string): DeadlineState => {
  const left = daysBetween(todayIsoDate, deadlineIso);
  if (left < 0) return { text: `đã quá hạn ${groupDigits(-left)} ngày`, urgent: true };
  if (left === 0) return { text: 'hôm nay là hạn cuối', urgent: true };
  return { text: `còn ${groupDigits(left)} ngày`, urgent: left <= URGENT_DAYS };
};

/** "5–10", or one number when the range is a single value. */
export const certificatesText = (min: number, max: number): string =>
  min === max ? groupDigits(min) : `${groupDigits(min)}–${groupDigits(max)}`;

/** "125 / 2.800 sáng kiến" */
export const initiativesText = (count: number, target: number): string =>
  `${groupDigits(count)} / ${groupDigits(target)} sáng kiến`;

/** Percent of the target reached, capped at 100; a target of 0 counts as reached. */
export const targetPercent = (count: number, target: number): number =>
  target <= 0 ? 100 : Math.min(100, Math.floor((count / target) * 100));
