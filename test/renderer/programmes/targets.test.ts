import { describe, expect, it } from 'vitest';
import {
  certificatesText,
  deadlineState,
  initiativesText,
  targetPercent,
} from '../../../renderer/src/features/programmes/targets';

describe('programme bar texts', () => {
  it('counts the days left, red from a week before the deadline', () => {
    expect(deadlineState('2021-04-20', '2021-03-10')).toEqual({
      text: 'còn 41 ngày',
      urgent: false,
    });
    expect(deadlineState('2021-04-20', '2021-04-12')).toEqual({
      text: 'còn 8 ngày',
      urgent: false,
    });
    expect(deadlineState('2021-04-20', '2021-04-13')).toEqual({ text: 'còn 7 ngày', urgent: true });
    expect(deadlineState('2021-04-20', '2021-04-20')).toEqual({
      text: 'hôm nay là hạn cuối',
      urgent: true,
    });
    expect(deadlineState('2021-04-20', '2021-04-23')).toEqual({
      text: 'đã quá hạn 3 ngày',
      urgent: true,
    });
  });

  it('writes targets the Vietnamese way', () => {
    expect(initiativesText(125, 2800)).toBe('125 / 2.800 sáng kiến');
    expect(certificatesText(5, 10)).toBe('5–10');
    expect(certificatesText(3, 3)).toBe('3');
  });

  it('caps progress at 100% and treats a zero target as reached', () => {
    expect(targetPercent(1400, 2800)).toBe(50);
    expect(targetPercent(3000, 2800)).toBe(100);
    expect(targetPercent(0, 0)).toBe(100);
  });
});
