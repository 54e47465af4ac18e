// The dossier check (kiểm tra hồ sơ, issue 3): in 2021 only 162,491 of 241,802 uploaded initiatives
// were valid; this lists what stops an initiative from being proposed upward, before it goes.
import type { Initiative } from '../model/initiative';
import {
  outsideWindow,
  outsideWindowMessage,
  type ProgrammeWindow,
} from '../rules/programme-window';
import { submitProblems } from '../rules/initiative-submit';

export type ReadinessCode =
  | 'missing_field'
  | 'shares'
  | 'outside_window'
  | 'no_sheets'
  | 'not_recognised'
  | 'not_concluded'
  | 'attachment_missing';

export interface ReadinessProblem {
  code: ReadinessCode;
  message: string;
}

export interface ReadinessInput {
  initiative: Initiative;
  programme: ProgrammeWindow;
  sheetCount: number;
  /** null while the council has not concluded. */
  recognised: boolean | null;
  /** SHA-256 of attachments whose bytes are stored on this machine. */
  storedAttachments: ReadonlySet<string>;
}

export const readinessProblems = (r: ReadinessInput): ReadinessProblem[] => {
  const { initiative: i, programme: p } = r;
  const problems: ReadinessProblem[] = submitProblems(i).map((f) => ({
    code: f.path === 'authors' && f.message.includes('100%') ? 'shares' : 'missing_field',
    message: f.message,
  }));
  if (outsideWindow(i.firstAppliedOn, p))
    problems.push({ code: 'outside_window', message: outsideWindowMessage(i.firstAppliedOn, p) });
  if (r.sheetCount === 0) problems.push({ code: 'no_sheets', message: 'Chưa có phiếu chấm điểm' });
  if (r.recognised === false)
    problems.push({ code: 'not_recognised', message: 'Hội đồng không công nhận' });
  else if (r.recognised === null && r.sheetCount > 0)
    problems.push({ code: 'not_concluded', message: 'Hội đồng chưa kết luận' });
  const missing = i.attachments.filter((a) => !r.storedAttachments.has(a.sha256));
  for (const a of missing)
    problems.push({
      code: 'attachment_missing',
      message: `Thiếu tệp đính kèm "${a.name}" trên máy này`,
    });
  return problems;
};
