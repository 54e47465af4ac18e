// The preview of an import (issue 9, item 6), decided before anything is written: every initiative
// of a verified bundle is new, updated, unchanged or a conflict, and units over their quota are
// listed. Pure: the caller reads what this office holds and writes what the plan says.
//
// - new: no record with this id here.
// - unchanged: the source's rev is not higher than the one last imported (the same bundle twice
//   changes nothing), or the record here is the very same.
// - updated: changed at the source since the last import, not changed here.
// - conflict: changed here since the last import AND at the source; or a record with this id that
//   was never imported and differs. The clerk keeps ours or takes theirs; nothing is overwritten
//   silently.
import type { FieldChange } from '../model/history';
import type { Initiative } from '../model/initiative';
import { diffInitiative } from '../rules/initiative-diff';
import { DEFAULT_QUOTA_PER_UNIT, proposalsOfUnit } from '../rules/quota';
import type { Proposal } from '../rules/quota';
import type { BundleData } from './data';
import type { ImportedRecord } from './import-links';

export const RECORD_KINDS = ['new', 'updated', 'unchanged', 'conflict'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  new: 'Mới',
  updated: 'Cập nhật',
  unchanged: 'Không đổi',
  conflict: 'Xung đột',
};

/** How the bundle's ids land here: the programme and each sending unit this office matched. */
export interface ImportMapping {
  readonly programmeId: string;
  /** Source unit id → this office's unit id; a unit not listed keeps its id. */
  readonly unitIds: ReadonlyMap<string, string>;
}

/** What this office holds that the plan compares against. */
export interface LocalState {
  /** Records here with the ids of the bundle's initiatives. */
  readonly existing: ReadonlyMap<string, Initiative>;
  /** What was last imported, for the same ids. */
  readonly imported: ReadonlyMap<string, ImportedRecord>;
  /** Live initiatives of the target programme here, by unit (this office's unit ids). */
  readonly proposals: readonly Proposal[];
  /** The target programme's quota per unit. */
  readonly quota?: number;
}

export interface PlannedRecord {
  readonly id: string;
  readonly kind: RecordKind;
  /** The source's record with this office's programme and unit ids. */
  readonly incoming: Initiative;
  readonly local: Initiative | null;
  /** What taking the source's record changes here (updated, conflict), field by field. */
  readonly changes: readonly FieldChange[];
}

export interface QuotaWarning {
  /** This office's unit id. */
  readonly unitId: string;
  readonly unitName: string;
  readonly count: number;
  readonly quota: number;
  readonly titles: readonly string[];
  readonly message: string;
}

export interface ImportPlan {
  readonly records: readonly PlannedRecord[];
  readonly counts: Readonly<Record<RecordKind, number>>;
  readonly overQuota: readonly QuotaWarning[];
}

/** The source's record as it is kept here: same id and rev, this office's programme and unit. */
export const mapIncoming = (initiative: Initiative, mapping: ImportMapping): Initiative => ({
  ...initiative,
  programmeId: mapping.programmeId,
  unitId: mapping.unitIds.get(initiative.unitId) ?? initiative.unitId,
});

export const classifyRecord = (
  incoming: Initiative,
  local: Initiative | undefined,
  last: ImportedRecord | undefined,
): RecordKind => {
  if (!local) return 'new';
  if (!last) return diffInitiative(local, incoming).length === 0 ? 'unchanged' : 'conflict';
  const changedThere = incoming.rev > last.sourceRev;
  if (!changedThere) return 'unchanged';
  const changedHere = local.rev !== last.localRev;
  return changedHere ? 'conflict' : 'updated';
};

export const planImport = (
  data: BundleData,
  mapping: ImportMapping,
  local: LocalState,
): ImportPlan => {
  const records = data.initiatives.map((source): PlannedRecord => {
    const incoming = mapIncoming(source, mapping);
    const here = local.existing.get(source.id);
    const kind = classifyRecord(incoming, here, local.imported.get(source.id));
    return {
      id: source.id,
      kind,
      incoming,
      local: here ?? null,
      changes:
        here && (kind === 'updated' || kind === 'conflict') ? diffInitiative(here, incoming) : [],
    };
  });
  const counts = { new: 0, updated: 0, unchanged: 0, conflict: 0 };
  for (const r of records) counts[r.kind] += 1;
  return { records, counts, overQuota: quotaWarnings(data, mapping, records, local) };
};

/**
 * Units that would hold more than their quota of initiatives in the programme once imported:
 * what they hold here (not in the trash) and what the bundle brings, each initiative once.
 */
const quotaWarnings = (
  data: BundleData,
  mapping: ImportMapping,
  records: readonly PlannedRecord[],
  local: LocalState,
): QuotaWarning[] => {
  const quota = local.quota ?? DEFAULT_QUOTA_PER_UNIT;
  const names = new Map<string, string>();
  for (const unit of data.units) names.set(mapping.unitIds.get(unit.id) ?? unit.id, unit.name);
  const all = new Map<string, Proposal>(local.proposals.map((p) => [p.initiativeId, p]));
  for (const r of records)
    if (r.incoming.deletedAt === null)
      all.set(r.id, {
        initiativeId: r.id,
        unitId: r.incoming.unitId,
        title: r.incoming.title,
        rank: null,
      });
  const units = [...new Set(records.map((r) => r.incoming.unitId))];
  return units.flatMap((unitId): QuotaWarning[] => {
    const held = proposalsOfUnit([...all.values()], unitId);
    if (held.length <= quota) return [];
    const unitName = names.get(unitId) ?? unitId;
    const titles = held.map((p) => p.title);
    return [
      {
        unitId,
        unitName,
        count: held.length,
        quota,
        titles,
        message:
          `Đơn vị "${unitName}" sẽ có ${held.length} sáng kiến trong chương trình, vượt hạn mức ` +
          `${quota} sáng kiến mỗi đơn vị: ${titles.map((t) => `"${t}"`).join(', ')}. Hãy hỏi lại ` +
          `đơn vị gửi; nếu vẫn nhập, hãy đánh dấu "Vẫn nhập dù vượt hạn mức" rồi bấm "Nhập".`,
      },
    ];
  });
};
