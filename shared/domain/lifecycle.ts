// The initiative's lifecycle (docs/domain.md): one transition table, and one function through
// which every status change of the app goes. A move that is not in the table is refused.
import type { ErrorCode } from '../errors';
import { STATUS_LABELS, type Initiative, type InitiativeStatus } from '../model/initiative';
import { submitProblems } from '../rules/initiative-submit';

/** Who or what moves an initiative from one status to the next. */
export type Mover =
  /** The clerk, by hand in the register. */
  | 'clerk'
  /** A council session that takes the initiative up. */
  | 'session'
  /** The conclusion recorded when a session closes. */
  | 'conclusion'
  /** A closed session reopened for corrections. */
  | 'reopen'
  /** The unit proposing the initiative to the level above, within its quota. */
  | 'proposal'
  /** The level above commending it. */
  | 'commendation';

export interface Transition {
  from: InitiativeStatus;
  to: InitiativeStatus;
  by: Mover;
  /** What the move is called, in the clerk's words. */
  label: string;
}

const move = (from: InitiativeStatus, to: InitiativeStatus, by: Mover, label: string) => ({
  from,
  to,
  by,
  label,
});

/** Every move an initiative may make; nothing else changes a status. */
export const TRANSITIONS: readonly Transition[] = [
  move('draft', 'submitted', 'clerk', 'Nộp sáng kiến'),
  move('submitted', 'draft', 'clerk', 'Rút lại để sửa'),
  move('submitted', 'appraising', 'session', 'Đưa ra phiên họp Hội đồng'),
  move('appraising', 'recognised', 'conclusion', 'Hội đồng công nhận'),
  move('appraising', 'not_recognised', 'conclusion', 'Hội đồng không công nhận'),
  // A later session may consider a concluded initiative again and conclude otherwise.
  move('recognised', 'not_recognised', 'conclusion', 'Hội đồng không công nhận'),
  move('not_recognised', 'recognised', 'conclusion', 'Hội đồng công nhận'),
  move('recognised', 'appraising', 'reopen', 'Mở lại phiên họp'),
  move('not_recognised', 'appraising', 'reopen', 'Mở lại phiên họp'),
  move('recognised', 'proposed', 'proposal', 'Đề xuất lên cấp trên'),
  move('proposed', 'recognised', 'clerk', 'Rút đề xuất'),
  move('proposed', 'commended', 'commendation', 'Được biểu dương'),
];

/** The move from one status to another by this mover, if the table has it. */
export const transitionOf = (
  from: InitiativeStatus,
  to: InitiativeStatus,
  by: Mover,
): Transition | undefined => TRANSITIONS.find((t) => t.from === from && t.to === to && t.by === by);

export const canMove = (from: InitiativeStatus, to: InitiativeStatus, by: Mover): boolean =>
  transitionOf(from, to, by) !== undefined;

/** What a guarded move needs to know beyond the record. */
export interface MoveFacts {
  /** Places still free in the unit's quota for this programme (a proposal needs one). */
  freeQuotaPlaces?: number;
}

export interface MoveRefusal {
  code: Extract<ErrorCode, 'STATUS_MOVE_REFUSED' | 'SUBMIT_INCOMPLETE' | 'QUOTA_FULL'>;
  message: string;
}

export type MoveResult<T> = { ok: true; value: T } | { ok: false; error: MoveRefusal };

const refused = (code: MoveRefusal['code'], message: string) => ({
  ok: false as const,
  error: { code, message },
});

/**
 * The one status change of the app: the record with its new status, or why the move is refused.
 * Pure; the caller stamps and writes the record (renderer/src/db/status-moves.ts).
 */
export const moveStatus = <T extends Initiative>(
  record: T,
  to: InitiativeStatus,
  by: Mover,
  facts: MoveFacts = {},
): MoveResult<T> => {
  const from = record.status;
  if (!canMove(from, to, by))
    return refused(
      'STATUS_MOVE_REFUSED',
      `Không thể chuyển sáng kiến từ "${STATUS_LABELS[from]}" sang "${STATUS_LABELS[to]}".`,
    );
  if (from === 'draft' && to === 'submitted' && submitProblems(record).length > 0)
    return refused(
      'SUBMIT_INCOMPLETE',
      'Sáng kiến chưa điền đủ các mục bắt buộc nên chưa nộp được.',
    );
  if (to === 'proposed' && (facts.freeQuotaPlaces ?? 0) <= 0)
    return refused(
      'QUOTA_FULL',
      'Đơn vị đã đề xuất đủ số sáng kiến được phép. Hãy rút một đề xuất trước khi đề xuất sáng kiến khác.',
    );
  return { ok: true, value: { ...record, status: to } };
};

/** Statuses the register edits; later ones belong to the council and the levels above. */
const EDITABLE: ReadonlySet<InitiativeStatus> = new Set(['draft', 'submitted']);

/** Only drafts and submitted initiatives are edited in the register; later ones are the council's. */
export const isEditable = (i: Pick<Initiative, 'status' | 'deletedAt'>): boolean =>
  i.deletedAt === null && EDITABLE.has(i.status);

/** Statuses a council session may hold: submitted, being appraised, or concluded and corrected. */
const CONSIDERABLE: ReadonlySet<InitiativeStatus> = new Set([
  'submitted',
  'appraising',
  'recognised',
  'not_recognised',
]);

export const isConsiderable = (status: InitiativeStatus): boolean => CONSIDERABLE.has(status);

/** Statuses offered when a new session picks its initiatives: not yet concluded. */
export const awaitsAppraisal = (status: InitiativeStatus): boolean =>
  status === 'submitted' || status === 'appraising';

/** The council's conclusion as the status tells it; null while it has none. */
export const recognisedOf = (status: InitiativeStatus): boolean | null => {
  switch (status) {
    case 'recognised':
    case 'proposed':
    case 'commended':
      return true;
    case 'not_recognised':
      return false;
    default:
      return null;
  }
};
