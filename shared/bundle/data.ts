// data.json of a bundle: the records of the proposed initiatives, validated on import by the same
// schemas the app stores them with (shared/model/, shared/appraisal/model.ts).
import { z } from 'zod';
import { councilSchema, scoreSheetSchema, sessionSchema } from '../appraisal/model';
import { initiativeSchema } from '../model/initiative';
import { programmeSchema } from '../model/programme';
import { unitSchema } from '../model/unit';

export const bundleDataSchema = z
  .object({
    programme: programmeSchema,
    /** The sending unit and the units its initiatives belong to. */
    units: z.array(unitSchema).min(1),
    /** Proposed initiatives; confidential ones redacted (redact.ts). */
    initiatives: z.array(initiativeSchema),
    councils: z.array(councilSchema),
    sessions: z.array(sessionSchema),
    scoreSheets: z.array(scoreSheetSchema),
  })
  .superRefine((data, ctx) => {
    const units = new Set(data.units.map((u) => u.id));
    const initiatives = new Set(data.initiatives.map((i) => i.id));
    const sessions = new Set(data.sessions.map((s) => s.id));
    const councils = new Set(data.councils.map((c) => c.id));
    data.initiatives.forEach((initiative, index) => {
      if (initiative.programmeId !== data.programme.id)
        ctx.addIssue({
          code: 'custom',
          path: ['initiatives', index, 'programmeId'],
          message: 'Sáng kiến không thuộc chương trình của hồ sơ',
        });
      if (!units.has(initiative.unitId))
        ctx.addIssue({
          code: 'custom',
          path: ['initiatives', index, 'unitId'],
          message: 'Sáng kiến thuộc một đơn vị không có trong hồ sơ',
        });
    });
    data.sessions.forEach((session, index) => {
      if (!councils.has(session.councilId))
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', index, 'councilId'],
          message: 'Phiên họp của một Hội đồng không có trong hồ sơ',
        });
    });
    data.scoreSheets.forEach((sheet, index) => {
      if (!sessions.has(sheet.sessionId) || !initiatives.has(sheet.initiativeId))
        ctx.addIssue({
          code: 'custom',
          path: ['scoreSheets', index],
          message: 'Phiếu chấm của một phiên họp hoặc sáng kiến không có trong hồ sơ',
        });
    });
  });
export type BundleData = z.infer<typeof bundleDataSchema>;
export type BundleDataInput = z.input<typeof bundleDataSchema>;
