import { createSession } from '../../../renderer/src/db/appraisal/sessions';
import { appraisalDb } from '../appraisal-fixtures';

/** A database with an open session of all three members considering all three initiatives. */
export const sessionDb = async () => {
  const ctx = await appraisalDb();
  const session = await createSession(
    ctx.db,
    {
      councilId: ctx.council.id,
      date: '2021-04-05',
      place: 'Hội trường Công ty',
      presentMemberIds: ['m1', 'm2', 'm3'],
      initiativeIds: ctx.initiatives.map((i) => i.id),
    },
    'Bình',
  );
  return { ...ctx, session };
};
