// The records a dossier's bundle carries (data.json, shared/bundle/data.ts), picked from what the
// dossier was built from: the proposed initiatives, the units they belong to and the sending unit,
// the session that decided them with its council, and that session's sheets for them only. The
// session keeps only the proposed initiatives' conclusions: the others stay in the unit.
import type { Council, ScoreSheet, Session } from '../appraisal/model';
import type { Initiative } from '../model/initiative';
import type { Office } from '../model/office';
import type { Programme } from '../model/programme';
import type { Unit } from '../model/unit';
import type { BundleData } from './data';

export interface BundleSource {
  readonly office: Office;
  readonly programme: Programme;
  readonly units: readonly Unit[];
  /** The proposed initiatives, in the dossier's order. */
  readonly initiatives: readonly Initiative[];
  readonly council: Council;
  readonly session: Session;
  readonly sheets: readonly ScoreSheet[];
}

/** Who sends the bundle and for which programme: the manifest's head (shared/bundle/manifest.ts). */
export const bundleSender = (source: BundleSource) => ({
  unit: { id: source.office.unitId, name: source.office.unitName },
  programme: { id: source.programme.id, name: source.programme.name },
});

export function assembleBundleData(source: BundleSource): BundleData {
  const ids = new Set(source.initiatives.map((i) => i.id));
  const unitIds = new Set([source.office.unitId, ...source.initiatives.map((i) => i.unitId)]);
  const session: Session = {
    ...source.session,
    initiativeIds: source.session.initiativeIds.filter((id) => ids.has(id)),
    conclusions: Object.fromEntries(
      Object.entries(source.session.conclusions).filter(([id]) => ids.has(id)),
    ),
  };
  return {
    programme: source.programme,
    units: source.units.filter((u) => unitIds.has(u.id)),
    initiatives: [...source.initiatives],
    councils: [source.council],
    sessions: [session],
    scoreSheets: source.sheets.filter((s) => s.sessionId === session.id && ids.has(s.initiativeId)),
  };
}

/** The attachments the bundle carries, each once: what the renderer reads from IndexedDB. */
export function attachmentsOf(
  initiatives: readonly Initiative[],
): { sha256: string; name: string; size: number }[] {
  const seen = new Map<string, { sha256: string; name: string; size: number }>();
  for (const initiative of initiatives) {
    // A confidential initiative's files never leave the unit (shared/bundle/redact.ts).
    if (initiative.confidential) continue;
    for (const a of initiative.attachments)
      if (!seen.has(a.sha256)) seen.set(a.sha256, { sha256: a.sha256, name: a.name, size: a.size });
  }
  return [...seen.values()];
}
