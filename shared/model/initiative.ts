import { z } from 'zod';
import { recordMeta, text, isoDate, id } from './common';

export const INITIATIVE_STATUSES = [
  'draft',
  'submitted',
  'appraising',
  'recognised',
  'not_recognised',
  'proposed',
  'commended',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã nộp',
  appraising: 'Đang thẩm định',
  recognised: 'Được công nhận',
  not_recognised: 'Không công nhận',
  proposed: 'Đề xuất lên cấp trên',
  commended: 'Được biểu dương',
};

/** 20 MB a file: bundles go by email, and Gmail takes about 18 MB of raw attachments a message. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/**
 * 50 MB for all of one initiative's files together: a dossier with its attachments still goes as
 * a few emails, and the register's backups stay a size a USB stick and a mail server take.
 */
export const MAX_INITIATIVE_ATTACHMENTS_BYTES = 50 * 1024 * 1024;

/** The bytes of an initiative's files together. */
export const attachmentsTotal = (refs: readonly { size: number }[]): number =>
  refs.reduce((sum, r) => sum + r.size, 0);

export const authorSchema = z.object({
  id,
  name: text(200),
  birthDate: isoDate.nullable(),
  workplace: text(300),
  jobTitle: text(200),
  qualification: text(200),
  /** Share of contribution, percent; the authors of one initiative sum to 100. */
  sharePercent: z.number().min(0).max(100),
  unionMember: z.boolean(),
});
export type Author = z.infer<typeof authorSchema>;

export const attachmentRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: text(255),
  type: z.string().max(200),
  size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const initiativeSchema = z.object({
  ...recordMeta,
  programmeId: id,
  unitId: id,
  title: text(500),
  field: text(200),
  authors: z.array(authorSchema),
  investor: text(500),
  applicationField: text(2000),
  firstAppliedOn: isoDate.nullable(),
  knownSolution: text(),
  content: text(),
  novelty: text(),
  applicability: text(),
  /** Economic benefit, whole đồng per year. */
  economicBenefit: z.number().int().nonnegative().nullable(),
  socialBenefit: text(),
  conditions: text(),
  confidentialInfo: text(),
  confidential: z.boolean(),
  firstAppliers: text(),
  attachments: z.array(attachmentRefSchema),
  status: z.enum(INITIATIVE_STATUSES),
  /** Set when moved to the trash; the record stays restorable. */
  deletedAt: z.string().nullable(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** What the clerk edits: everything but bookkeeping and status. */
export type InitiativeDraft = Omit<
  Initiative,
  'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'rev' | 'status' | 'deletedAt'
>;
