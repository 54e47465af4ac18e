// Proposing recognised initiatives to the level above, within the quota of each proposing unit
// (docs/domain.md): through the lifecycle's one `moveStatus`, with who did it and when in history.
import { initiativeTables } from './initiative-writes';
import { DEFAULT_QUOTA_PER_UNIT, mayPropose } from '@shared/rules/quota';
import type { Initiative } from '@shared/model/initiative';
import { emitRowsChanged } from './changes';
import type { DeskDb } from './database';
import { loadProgrammeResults } from './queries/programme-results';
import { problemsOf, proposalOf } from './queries/proposal-candidates';
import { RuleError } from './rule-error';
import { moveInitiative } from './status-moves';

const tablesOf = (db: DeskDb) => [
  ...initiativeTables(db),
  db.history,
  db.programmes,
  db.scoreSheets,
  db.attachments,
];

const recordOf = async (db: DeskDb, id: string): Promise<Initiative> => {
  const record = await db.initiatives.get(id);
  if (!record || record.deletedAt !== null)
    throw new RuleError('Không tìm thấy sáng kiến này (có thể đã bị xóa).', 'NOT_FOUND');
  return record;
};

/** "a; b" as the refusal lists what the dossier check found. */
const notReadyMessage = (title: string, problems: readonly { message: string }[]): string =>
  `Sáng kiến "${title}" chưa đủ điều kiện đề xuất: ${problems.map((p) => p.message).join('; ')}. Hãy bổ sung hồ sơ rồi đề xuất lại.`;

/**
 * Proposes a recognised initiative upward. Refused (RuleError) when its dossier check lists
 * problems (NOT_READY, with the list), or when its unit's places are taken (QUOTA_FULL, naming the
 * initiatives holding them). Nothing happens when it is proposed already.
 */
export const proposeInitiative = async (db: DeskDb, id: string, by: string): Promise<void> => {
  const first = await recordOf(db, id);
  // Ranks depend on the whole programme; they only name the places' holders in a refusal.
  const { results } = await loadProgrammeResults(db, first.programmeId);
  const rankOf = (i: Initiative) => results.get(i.id)?.rank?.overall ?? null;
  const moved = await db.transaction('rw', tablesOf(db), async () => {
    const current = await recordOf(db, id);
    if (current.status === 'proposed') return null;
    const problems = await problemsOf(db, current);
    if (problems.length > 0)
      throw new RuleError(notReadyMessage(current.title, problems), 'NOT_READY');
    const programme = await db.programmes.get(current.programmeId);
    const quota = programme?.quotaPerUnit ?? DEFAULT_QUOTA_PER_UNIT;
    const held = await db.initiatives
      .where('programmeId')
      .equals(current.programmeId)
      .filter((i) => i.deletedAt === null && i.status === 'proposed' && i.unitId === current.unitId)
      .toArray();
    const decision = mayPropose(
      held.map((i) => proposalOf(i, rankOf(i))),
      proposalOf(current, rankOf(current)),
      quota,
    );
    if (!decision.allowed) throw new RuleError(decision.message, 'QUOTA_FULL');
    return moveInitiative(db, current, 'proposed', 'proposal', by, {
      note: `Chọn đề xuất lên cấp trên (còn ${decision.placesLeft}/${quota} chỗ của đơn vị)`,
      facts: { freeQuotaPlaces: decision.placesLeft + 1 },
    });
  });
  // The register and the dashboard in memory see the new status without a reload.
  if (moved) emitRowsChanged([moved.row]);
};

/** Takes a proposal back: the initiative is recognised again and its unit's place is free. */
export const withdrawProposal = async (db: DeskDb, id: string, by: string): Promise<void> => {
  const moved = await db.transaction('rw', tablesOf(db), async () => {
    const current = await recordOf(db, id);
    if (current.status !== 'proposed') return null;
    return moveInitiative(db, current, 'recognised', 'clerk', by, {
      note: 'Bỏ đề xuất lên cấp trên',
    });
  });
  if (moved) emitRowsChanged([moved.row]);
};
