// What the register's status line says while the rows load in chunks (issue 11): the progress, and
// that a search answers from the rows loaded so far.
import { groupDigits } from '@shared/format';
import type { RowsSnapshot } from '../../search/programme-rows-store';

/** The status line under the toolbar; `shown` is how many rows the list shows now. */
export const registerStatusText = (
  snap: RowsSnapshot | null,
  shown: number,
  filtered: boolean,
): string => {
  if (!snap || snap.phase === 'idle') return 'Đang tải sáng kiến…';
  if (snap.phase !== 'first') return `${groupDigits(shown)} sáng kiến`;
  const progress = `${groupDigits(snap.loaded)} / ${groupDigits(snap.expected)} sáng kiến…`;
  return filtered
    ? `Tìm thấy ${groupDigits(shown)} trong các sáng kiến đã tải; đang tải ${progress}`
    : `Đang tải ${progress}`;
};
