// The dossier check as the register list can afford it (issue 3, item 6): from a compact row and the
// programme's window only, in constant time per row, so 100,000 rows filter per keystroke. Score
// sheets and attachment bytes are checked in full on the initiative's page (readiness.ts).
import type { InitiativeStatus } from '../model/initiative';
import {
  outsideWindow,
  outsideWindowMessage,
  type ProgrammeWindow,
} from '../rules/programme-window';

export { outsideWindow, type ProgrammeWindow };

/** What of a list row the check reads (InitiativeRow has these). */
export interface ReadinessRow {
  status: InitiativeStatus;
  /** ISO date or null. */
  firstAppliedOn: string | null;
  /** How many required fields are missing or wrong (submitProblems of the record). */
  formProblems: number;
}

export type RowBlockerCode = 'form' | 'outside_window' | 'status';

export interface RowBlocker {
  code: RowBlockerCode;
  message: string;
}

/** What each status still lacks before the initiative can be proposed upward; null: nothing. */
export const STATUS_BLOCKERS: Record<InitiativeStatus, string | null> = {
  draft: 'Chưa nộp',
  submitted: 'Chưa đưa ra Hội đồng',
  appraising: 'Hội đồng chưa kết luận',
  not_recognised: 'Hội đồng không công nhận',
  recognised: null,
  proposed: null,
  commended: null,
};

/**
 * Whether the row passes the list-level check; allocates nothing, for filtering 100,000 rows.
 * Same answer as `rowBlockers(row, programme).length === 0`.
 */
export const isRowReady = (
  row: ReadinessRow,
  programme: ProgrammeWindow | null | undefined,
): boolean =>
  row.formProblems === 0 &&
  STATUS_BLOCKERS[row.status] === null &&
  !outsideWindow(row.firstAppliedOn, programme);

/** What stops the row from being proposed upward, as the list's badge tooltip lists it. */
export const rowBlockers = (
  row: ReadinessRow,
  programme: ProgrammeWindow | null | undefined,
): RowBlocker[] => {
  const blockers: RowBlocker[] = [];
  if (row.formProblems > 0)
    blockers.push({ code: 'form', message: `Còn ${row.formProblems} mục chưa hoàn chỉnh` });
  if (outsideWindow(row.firstAppliedOn, programme))
    blockers.push({
      code: 'outside_window',
      message: outsideWindowMessage(row.firstAppliedOn, programme),
    });
  const status = STATUS_BLOCKERS[row.status];
  if (status) blockers.push({ code: 'status', message: status });
  return blockers;
};
