// The programme's first-application window (docs/domain.md: initiatives applied from 02 to 05/2021
// were eligible in 2021), checked the one way by the dossier check, the list and the form.
import type { Programme } from '../model/programme';
import { formatDate } from '../format';

export type ProgrammeWindow = Pick<Programme, 'firstAppliedFrom' | 'firstAppliedTo'>;

/** True when the first-application date is set and falls outside the programme's window. */
export const outsideWindow = (
  firstAppliedOn: string | null,
  programme: ProgrammeWindow | null | undefined,
): boolean =>
  !!firstAppliedOn &&
  !!programme &&
  ((!!programme.firstAppliedFrom && firstAppliedOn < programme.firstAppliedFrom) ||
    (!!programme.firstAppliedTo && firstAppliedOn > programme.firstAppliedTo));

/** Why a date is outside the window, as the clerk reads it. */
export const outsideWindowMessage = (
  firstAppliedOn: string | null,
  programme: ProgrammeWindow | null | undefined,
): string =>
  `Ngày áp dụng lần đầu ${formatDate(firstAppliedOn)} nằm ngoài khoảng chương trình cho phép (${formatDate(programme?.firstAppliedFrom) || '…'} – ${formatDate(programme?.firstAppliedTo) || '…'})`;

/** The window as a hint under the form's date, when the programme sets both ends. */
export const windowHint = (programme: ProgrammeWindow | null | undefined): string | undefined =>
  programme?.firstAppliedFrom && programme.firstAppliedTo
    ? `Chương trình nhận sáng kiến áp dụng lần đầu từ ${formatDate(programme.firstAppliedFrom)} đến ${formatDate(programme.firstAppliedTo)}.`
    : undefined;
