// What an import would do, read from this office's database: the sender's unit and programme
// matched (shared/bundle/import-match.ts) and every record classified (shared/bundle/import-plan.ts).
// Nothing is written here; bundle-import.ts writes what the plan says.
import type { BundleData } from '@shared/bundle/data';
import { linkKey } from '@shared/bundle/import-links';
import type { ImportedRecord, ImportLink } from '@shared/bundle/import-links';
import { proposeMatch } from '@shared/bundle/import-match';
import type { MatchChoice, MatchProposal, Named } from '@shared/bundle/import-match';
import { planImport } from '@shared/bundle/import-plan';
import type { ImportMapping, ImportPlan } from '@shared/bundle/import-plan';
import type { Manifest } from '@shared/bundle/manifest';
import type { Initiative } from '@shared/model/initiative';
import type { Programme } from '@shared/model/programme';
import type { Unit } from '@shared/model/unit';
import type { DeskDb } from './database';

/** A verified bundle as `bundle:read` gives it (only what the import uses). */
export interface BundleToImport {
  readonly fileName: string;
  readonly manifest: Manifest;
  readonly data: BundleData;
  readonly attachments: readonly { readonly sha256: string; readonly data: Uint8Array }[];
}

export interface MatchOf<T extends Named> {
  readonly source: Named;
  readonly proposal: MatchProposal;
  /** What the clerk may pick from: this office's live records. */
  readonly candidates: readonly T[];
}

export interface ImportPreview {
  readonly unit: MatchOf<Unit>;
  readonly programme: MatchOf<Programme>;
  readonly plan: ImportPlan;
}

/** The clerk's choices of unit and programme; absent ones follow the proposals. */
export interface MatchChoices {
  readonly unit?: MatchChoice | null;
  readonly programme?: MatchChoice | null;
}

/** The local id a choice (or, before the clerk chose, the proposal) stands for. */
const localIdOf = (
  choice: MatchChoice | null | undefined,
  proposal: MatchProposal,
  sourceId: string,
): string => {
  if (choice) return choice.kind === 'existing' ? choice.localId : sourceId;
  return proposal.kind === 'new' ? sourceId : proposal.localId;
};

/** Reads the links, matches and local records a plan needs; inside or outside a transaction. */
export async function readPreview(
  db: DeskDb,
  bundle: BundleToImport,
  choices: MatchChoices = {},
): Promise<
  ImportPreview & {
    readonly mapping: ImportMapping;
    readonly imported: ReadonlyMap<string, ImportedRecord>;
  }
> {
  const { manifest, data } = bundle;
  const [units, programmes] = await Promise.all([
    db.units.filter((u) => !u.archived).toArray(),
    db.programmes.filter((p) => !p.archived).toArray(),
  ]);
  const links = new Map<string, ImportLink>(
    (
      await db.importLinks.bulkGet([
        linkKey('programme', data.programme.id),
        ...data.units.map((u) => linkKey('unit', u.id)),
      ])
    )
      .filter((l) => l !== undefined)
      .map((l) => [l.key, l]),
  );

  const unitProposal = proposeMatch(
    manifest.unit,
    links.get(linkKey('unit', manifest.unit.id)),
    units,
  );
  const programmeProposal = proposeMatch(
    data.programme,
    links.get(linkKey('programme', data.programme.id)),
    programmes,
  );
  const mapping = mappingOf(data, manifest, {
    senderId: localIdOf(choices.unit, unitProposal, manifest.unit.id),
    programmeId: localIdOf(choices.programme, programmeProposal, data.programme.id),
    links,
    unitIds: new Set(units.map((u) => u.id)),
  });

  const ids = data.initiatives.map((i) => i.id);
  const [existing, imported, held] = await Promise.all([
    db.initiatives.bulkGet(ids),
    db.importedRecords.bulkGet(ids),
    db.initiatives
      .where('unitId')
      .anyOf([...new Set(mapping.unitIds.values())])
      .toArray(),
  ]);
  const byId = <T extends { id: string }>(list: readonly (T | undefined)[]) =>
    new Map(list.filter((x) => x !== undefined).map((x) => [x.id, x]));
  const quota =
    programmes.find((p) => p.id === mapping.programmeId)?.quotaPerUnit ??
    data.programme.quotaPerUnit;
  const importedById = byId(imported);
  const plan = planImport(data, mapping, {
    existing: byId<Initiative>(existing),
    imported: importedById,
    proposals: held
      .filter((i) => i.programmeId === mapping.programmeId && i.deletedAt === null)
      .map((i) => ({ initiativeId: i.id, unitId: i.unitId, title: i.title, rank: null })),
    quota,
  });
  return {
    unit: { source: manifest.unit, proposal: unitProposal, candidates: units },
    programme: { source: data.programme, proposal: programmeProposal, candidates: programmes },
    plan,
    mapping,
    imported: importedById,
  };
}

export const previewImport = async (
  db: DeskDb,
  bundle: BundleToImport,
  choices: MatchChoices = {},
): Promise<ImportPreview> => {
  const { unit, programme, plan } = await readPreview(db, bundle, choices);
  return { unit, programme, plan };
};

/**
 * Where each of the bundle's units lands: the sender where the clerk said; any other unit of the
 * bundle (a grassroots unit under a district) by its link, else by its own id.
 */
function mappingOf(
  data: BundleData,
  manifest: Manifest,
  at: {
    senderId: string;
    programmeId: string;
    links: ReadonlyMap<string, ImportLink>;
    unitIds: ReadonlySet<string>;
  },
): ImportMapping {
  const unitIds = new Map<string, string>();
  for (const unit of data.units) {
    if (unit.id === manifest.unit.id) unitIds.set(unit.id, at.senderId);
    else {
      const link = at.links.get(linkKey('unit', unit.id));
      unitIds.set(unit.id, link && at.unitIds.has(link.localId) ? link.localId : unit.id);
    }
  }
  return { programmeId: at.programmeId, unitIds };
}
