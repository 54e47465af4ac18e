import { z } from 'zod';
import { id, isoDate, recordMeta, text } from '../model/common';
import { certificateThresholdsSchema, rubricSchema } from './rubric';
import { cleanText } from '../text';

export const MEMBER_ROLES = ['chu_tich', 'thu_ky', 'uy_vien'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  chu_tich: 'Chủ tịch Hội đồng',
  thu_ky: 'Thư ký',
  uy_vien: 'Ủy viên',
};

/**
 * A name printed on the minutes and the score sheets: cleaned (spaces folded, trimmed, invisible
 * characters dropped) before it is checked, so "   " is no name and "Nguyễn  Văn An " prints once
 * as "Nguyễn Văn An".
 */
const printedName = (max: number) => text(max).transform(cleanText);

export const memberSchema = z.object({
  id,
  name: printedName(200).pipe(z.string().min(1, 'Nhập họ tên thành viên')),
  title: printedName(200),
  role: z.enum(MEMBER_ROLES),
});
export type Member = z.infer<typeof memberSchema>;

/** A council (Hội đồng sáng kiến / xét chọn) of this office for one programme. */
export const councilSchema = z
  .object({
    ...recordMeta,
    programmeId: id,
    name: printedName(300).pipe(z.string().min(1, 'Nhập tên Hội đồng')),
    members: z.array(memberSchema).min(1, 'Hội đồng cần ít nhất một thành viên'),
  })
  .refine((c) => c.members.filter((m) => m.role === 'chu_tich').length <= 1, {
    message: 'Hội đồng chỉ có một Chủ tịch',
    path: ['members'],
  });
export type Council = z.infer<typeof councilSchema>;

export const conclusionSchema = z.object({
  recognised: z.boolean(),
  reason: text(1000),
});

/** A meeting of the council: who was there and what it considered. */
export const sessionSchema = z.object({
  ...recordMeta,
  councilId: id,
  programmeId: id,
  date: isoDate,
  place: text(300),
  presentMemberIds: z.array(id),
  initiativeIds: z.array(id),
  /** A closed session's sheets and conclusions are locked until it is reopened with a reason. */
  closed: z.boolean(),
  conclusions: z.record(z.string(), conclusionSchema),
});
export type Session = z.infer<typeof sessionSchema>;

/** One member's score sheet (phiếu chấm điểm) for one initiative in one session. */
export const scoreSheetSchema = z.object({
  ...recordMeta,
  sessionId: id,
  initiativeId: id,
  memberId: id,
  scores: z.record(z.string(), z.number().min(0).nullable()),
  comments: z.record(z.string(), text(2000)),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

/** Sheets are unique per session, initiative and member: the key says so. */
export const sheetKey = (sessionId: string, initiativeId: string, memberId: string): string =>
  `${sessionId}:${initiativeId}:${memberId}`;

/** Why a sheet may not be written, or null. */
export const sheetWriteProblem = (
  session: Session,
  memberId: string,
  initiativeId: string,
): string | null => {
  if (session.closed)
    return 'Phiên họp đã kết thúc nên phiếu chấm đã khóa. Muốn sửa, hãy bấm "Mở lại phiên họp" và ghi lý do.';
  if (!session.presentMemberIds.includes(memberId))
    return 'Thành viên này không có mặt trong phiên họp nên không có phiếu chấm.';
  if (!session.initiativeIds.includes(initiativeId)) return 'Sáng kiến này không thuộc phiên họp.';
  return null;
};

/** The scoring rules of one programme; kept apart from the programme so a change can be guarded. */
export const appraisalSettingsSchema = z.object({
  programmeId: id,
  rubric: rubricSchema,
  certificateThresholds: certificateThresholdsSchema,
  updatedAt: z.string(),
  updatedBy: z.string(),
  rev: z.number().int().nonnegative(),
});
export type AppraisalSettings = z.infer<typeof appraisalSettingsSchema>;
