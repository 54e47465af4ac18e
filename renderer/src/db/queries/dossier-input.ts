// The dossier's input from the database (shared/dossier/assemble.ts turns records into it): the
// initiatives proposed upward with their rank, the session that decided them, its council and sheets.
// The same records, unshaped, are what the dossier's bundle carries (shared/bundle/assemble-data.ts).
import type { BundleSource } from '@shared/bundle/assemble-data';
import { EMPTY_DOSSIER_MESSAGE } from '@shared/dossier/dossier';
import { assembleDossierInput } from '@shared/dossier/assemble';
import type { DossierInput, DossierNumbers } from '@shared/dossier/input';
import type { Session } from '@shared/appraisal/model';
import type { DeskDb } from '../database';
import { getOffice } from '../settings';
import { loadProgrammeResults } from './programme-results';

export type DossierLoad =
  { ok: true; input: DossierInput; source: BundleSource } | { ok: false; message: string };

const NO_SESSION =
  'Các sáng kiến được đề xuất chưa qua phiên họp Hội đồng nào, nên chưa có biên bản và phiếu chấm để lập hồ sơ. Hãy tổ chức phiên họp Hội đồng trước.';

/** The session deciding most of the selection; the latest one on a tie. */
const sessionOf = (
  sessions: readonly Session[],
  decidedBy: readonly string[],
): Session | undefined => {
  const count = new Map<string, number>();
  for (const id of decidedBy) count.set(id, (count.get(id) ?? 0) + 1);
  return [...sessions]
    .filter((s) => count.has(s.id))
    .sort(
      (a, b) =>
        (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) ||
        b.date.localeCompare(a.date) ||
        b.createdAt.localeCompare(a.createdAt),
    )[0];
};

export const loadDossierInput = async (
  db: DeskDb,
  programmeId: string,
  numbers: DossierNumbers,
): Promise<DossierLoad> => {
  const [office, programme, initiatives, units] = await Promise.all([
    getOffice(db),
    db.programmes.get(programmeId),
    db.initiatives.where('programmeId').equals(programmeId).toArray(),
    db.units.toArray(),
  ]);
  if (!office || !programme)
    return { ok: false, message: 'Chưa có chương trình đang làm việc. Hãy chọn một chương trình.' };
  const proposed = initiatives.filter((i) => i.deletedAt === null && i.status === 'proposed');
  if (proposed.length === 0) return { ok: false, message: EMPTY_DOSSIER_MESSAGE };
  const view = await loadProgrammeResults(db, programmeId, initiatives);
  const session = sessionOf(
    view.sessions,
    proposed.flatMap((i) => view.results.get(i.id)?.sessionId ?? []),
  );
  const council = session && (await db.councils.get(session.councilId));
  if (!session || !council) return { ok: false, message: NO_SESSION };
  const sheets = await db.scoreSheets.where('sessionId').equals(session.id).toArray();
  const input = assembleDossierInput({
    office,
    programme,
    units,
    initiatives,
    selection: proposed.map((i) => ({
      initiativeId: i.id,
      rank: view.results.get(i.id)?.rank?.overall ?? null,
    })),
    council,
    session,
    sheets,
    settings: view.settings,
    numbers,
  });
  // In the dossier's order, so the bundle lists them as the summary list does.
  const byId = new Map(proposed.map((i) => [i.id, i]));
  const ordered = input.proposals.flatMap((p) => byId.get(p.initiative.id) ?? []);
  return {
    ok: true,
    input,
    source: { office, programme, units, initiatives: ordered, council, session, sheets },
  };
};
