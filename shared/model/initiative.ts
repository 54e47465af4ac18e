import { z } from 'zod';
import { recordMeta, text, isoDate, id } from './common';
import {
  AUTHOR_FIELDS,
  INITIATIVE_FIELDS,
  limitOf,
  type TextField,
} from '../domain/field-registry';

/** A text field of the initiative, its limit and the label its messages name from the registry. */
const field = (key: TextField) => text(limitOf(key), INITIATIVE_FIELDS[key].label);
const authorText = (key: 'name' | 'workplace' | 'jobTitle' | 'qualification') =>
  text(AUTHOR_FIELDS[key].max, `${AUTHOR_FIELDS[key].label} tác giả`);

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
  name: authorText('name'),
  birthDate: isoDate.nullable(),
  workplace: authorText('workplace'),
  jobTitle: authorText('jobTitle'),
  qualification: authorText('qualification'),
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
  title: field('title'),
  field: field('field'),
  authors: z.array(authorSchema),
  investor: field('investor'),
  applicationField: field('applicationField'),
  firstAppliedOn: isoDate.nullable(),
  knownSolution: field('knownSolution'),
  content: field('content'),
  novelty: field('novelty'),
  applicability: field('applicability'),
  /** Economic benefit, whole đồng per year. */
  economicBenefit: z.number().int().nonnegative().nullable(),
  socialBenefit: field('socialBenefit'),
  conditions: field('conditions'),
  confidentialInfo: field('confidentialInfo'),
  confidential: z.boolean(),
  firstAppliers: field('firstAppliers'),
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

/** A field of an edit that the schema refuses, with the message that names it. */
export interface FieldRefusal {
  field: keyof InitiativeDraft;
  message: string;
}

/**
 * Checks an edit field by field: what the schema accepts may be saved while a refused field (a
 * paste over its limit) waits on the form for the clerk, so one field never stops every save.
 */
export const checkDraftPatch = (
  patch: Partial<InitiativeDraft>,
): { accepted: Partial<InitiativeDraft>; refused: FieldRefusal[] } => {
  const accepted: Partial<InitiativeDraft> = {};
  const refused: FieldRefusal[] = [];
  for (const field of Object.keys(patch) as (keyof InitiativeDraft)[]) {
    const parsed = initiativeSchema.shape[field].safeParse(patch[field]);
    if (parsed.success) Object.assign(accepted, { [field]: patch[field] });
    else refused.push({ field, message: parsed.error.issues[0]?.message ?? '' });
  }
  return { accepted, refused };
};
