import { z } from 'zod';
import { id, timestamp } from './common';

export const HISTORY_ACTIONS = [
  'create',
  'update',
  'submit',
  'delete',
  'restore',
  'status',
  'close',
  'reopen',
  'rescore',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const HISTORY_ACTION_LABELS: Record<HistoryAction, string> = {
  create: 'Tạo mới',
  update: 'Sửa',
  submit: 'Nộp',
  delete: 'Chuyển vào thùng rác',
  restore: 'Khôi phục',
  status: 'Đổi trạng thái',
  close: 'Kết thúc phiên họp',
  reopen: 'Mở lại phiên họp',
  rescore: 'Chấm lại',
};

export const fieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One entry of an initiative's history: who, when, what changed. */
export const historyEntrySchema = z.object({
  id,
  entityType: z.enum(['initiative', 'session', 'programme']),
  entityId: id,
  at: timestamp,
  by: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.array(fieldChangeSchema),
  note: z.string().optional(),
  /** The form session whose autosaves fold into this entry. */
  sessionId: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
