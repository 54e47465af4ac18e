// Imports a verified bundle at the level above (issue 9, item 6; docs/decisions.md, D35): a backup
// snapshot first, then everything in ONE transaction or nothing — the sender's unit and programme
// where the clerk matched them, the initiatives the plan says are new or updated (conflicts only
// as the clerk resolved them), the counts, history entries, attachments' bytes, the sender's
// councils, sessions and score sheets, and what was imported, for the next time. Records keep
// their UUID and rev; `importInitiatives` (which overwrites by id) is not used here.
import type { Council, ScoreSheet, Session } from '@shared/appraisal/model';
import { linkKey } from '@shared/bundle/import-links';
import type { ImportedRecord, ImportLink } from '@shared/bundle/import-links';
import type { MatchChoice } from '@shared/bundle/import-match';
import type { ImportMapping, PlannedRecord } from '@shared/bundle/import-plan';
import { formatDate, todayIso } from '@shared/format';
import type { HistoryEntry } from '@shared/model/history';
import type { Initiative } from '@shared/model/initiative';
import { unitSchema } from '@shared/model/unit';
import { fail, ok } from '@shared/result';
import type { Result } from '@shared/result';
import { snapshotBefore } from '../backup/backups';
import { emitRowsChanged } from './changes';
import type { DeskDb } from './database';
import { historyEntry } from './history-writer';
import { storeInitiatives } from './initiatives';
import { initiativeTables } from './initiative-writes';
import { getOffice } from './settings';
import { readPreview } from './bundle-preview';
import type { BundleToImport } from './bundle-preview';

export type Resolution = 'ours' | 'theirs';

export interface ImportChoices {
  readonly unit: MatchChoice;
  readonly programme: MatchChoice;
  /** Per conflicting record: keep this office's version or take the sender's; absent: skipped. */
  readonly resolutions: Readonly<Record<string, Resolution>>;
  /** The clerk saw the quota warnings and imports anyway. */
  readonly quotaConfirmed: boolean;
}

export interface ImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Conflicts where the clerk kept this office's version. */
  readonly kept: number;
  /** Conflicts the clerk did not resolve: left as they are, listed again next time. */
  readonly skipped: number;
  readonly unitId: string;
  readonly programmeId: string;
  /** The history note every imported record got. */
  readonly note: string;
  /** The backup taken just before. */
  readonly snapshot: string;
}

export interface ImportDeps {
  /** Defaults to a backup through main; the bench takes one snapshot for many bundles. */
  readonly snapshot?: () => Promise<Result<{ readonly fileName: string }>>;
  /** Called inside the transaction after each record is prepared (a failure test throws here). */
  readonly onRecord?: (id: string) => void;
  readonly now?: () => Date;
}

/** "Nhập từ hồ sơ của <đơn vị> ngày dd/mm/yyyy", the date the sender made the bundle. */
export const importNote = (unitName: string, createdAt: string): string =>
  `Nhập từ hồ sơ của ${unitName} ngày ${formatDate(todayIso(new Date(createdAt)))}`;

const takes = (r: PlannedRecord, resolutions: ImportChoices['resolutions']): boolean =>
  r.kind === 'new' ||
  r.kind === 'updated' ||
  (r.kind === 'conflict' && resolutions[r.id] === 'theirs');

const defaultSnapshot = (db: DeskDb) => async () => {
  const written = await snapshotBefore(db, 'import');
  return written.ok ? ok({ fileName: written.value.backup.fileName }) : written;
};

export async function importBundle(
  db: DeskDb,
  bundle: BundleToImport,
  choices: ImportChoices,
  by: string,
  deps: ImportDeps = {},
): Promise<Result<ImportSummary>> {
  const before = await readPreview(db, bundle, choices);
  if (before.plan.overQuota.length > 0 && !choices.quotaConfirmed)
    return fail(
      'IMPORT_QUOTA_UNCONFIRMED',
      `${before.plan.overQuota.map((w) => w.message).join(' ')} Chưa nhập gì.`,
    );
  const snapshot = await (deps.snapshot ?? defaultSnapshot(db))();
  if (!snapshot.ok)
    return fail(
      snapshot.error.code,
      `Chưa nhập hồ sơ vì chưa sao lưu được dữ liệu hiện tại: ${snapshot.error.message}`,
    );

  const now = (deps.now ?? (() => new Date()))().toISOString();
  const note = importNote(bundle.manifest.unit.name, bundle.manifest.createdAt);
  const office = await getOffice(db);
  let written: Awaited<ReturnType<typeof writeAll>>;
  try {
    written = await db.transaction(
      'rw',
      [
        ...initiativeTables(db),
        db.history,
        db.attachments,
        db.units,
        db.programmes,
        db.councils,
        db.sessions,
        db.scoreSheets,
        db.importLinks,
        db.importedRecords,
      ],
      () =>
        writeAll(db, bundle, choices, {
          by,
          now,
          note,
          officeUnitId: office?.unitId ?? null,
          deps,
        }),
    );
  } catch (error) {
    return fail(
      'IMPORT_FAILED',
      `Chưa nhập được hồ sơ "${bundle.fileName}"${error instanceof Error && error.message ? ` (${error.message})` : ''}: không có gì được ghi, dữ liệu vẫn như trước. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại Sáng kiến Desk.`,
    );
  }
  emitRowsChanged(written.rows);
  return ok({ ...written.summary, note, snapshot: snapshot.value.fileName });
}

interface WriteContext {
  readonly by: string;
  readonly now: string;
  readonly note: string;
  readonly officeUnitId: string | null;
  readonly deps: ImportDeps;
}

/** Everything the import writes; runs inside the one transaction, so a throw undoes it all. */
async function writeAll(
  db: DeskDb,
  bundle: BundleToImport,
  choices: ImportChoices,
  ctx: WriteContext,
) {
  // Planned again inside the transaction: what was read for the preview may have changed since.
  const { plan, mapping } = await readPreview(db, bundle, choices);
  await writeUnitsAndProgramme(db, bundle, choices, mapping, ctx);

  const records: Initiative[] = [];
  const entries: HistoryEntry[] = [];
  const imported: ImportedRecord[] = [];
  const counts = { added: 0, updated: 0, unchanged: 0, kept: 0, skipped: 0 };
  const source = new Map(bundle.data.initiatives.map((i) => [i.id, i]));
  for (const r of plan.records) {
    ctx.deps.onRecord?.(r.id);
    const origin = source.get(r.id)!;
    const remember = (localRev: number): void => {
      imported.push({
        id: r.id,
        sourceRev: origin.rev,
        sourceUpdatedAt: origin.updatedAt,
        localRev,
        originUnitId: origin.unitId,
        fromUnitId: bundle.manifest.unit.id,
        importedAt: ctx.now,
      });
    };
    if (r.kind === 'unchanged') counts.unchanged += 1;
    else if (r.kind === 'conflict' && choices.resolutions[r.id] === undefined) counts.skipped += 1;
    else if (r.kind === 'conflict' && choices.resolutions[r.id] === 'ours') {
      counts.kept += 1;
      remember(r.local!.rev);
      entries.push(
        historyEntry(
          { entityType: 'initiative', entityId: r.id },
          {
            action: 'update',
            by: ctx.by,
            at: ctx.now,
            note: `${ctx.note}: giữ bản của đơn vị mình, không lấy bản của đơn vị gửi`,
          },
        ),
      );
    } else if (takes(r, choices.resolutions)) {
      // Kept with the source's rev; above this office's own when it had changed it (theirs taken).
      const rev = r.local ? Math.max(r.incoming.rev, r.local.rev + 1) : r.incoming.rev;
      const record = { ...r.incoming, rev };
      records.push(record);
      remember(rev);
      if (r.kind === 'new') counts.added += 1;
      else counts.updated += 1;
      entries.push(
        historyEntry(
          { entityType: 'initiative', entityId: r.id },
          r.kind === 'new'
            ? { action: 'create', by: ctx.by, at: ctx.now, note: ctx.note }
            : {
                action: 'update',
                by: ctx.by,
                at: ctx.now,
                changes: [...r.changes],
                note: r.kind === 'conflict' ? `${ctx.note}: lấy bản của đơn vị gửi` : ctx.note,
              },
        ),
      );
    }
  }

  const rows = await storeInitiatives(db, records, entries);
  await db.importedRecords.bulkPut(imported);
  await storeAttachments(db, bundle, records, ctx.now);
  await writeAppraisal(db, bundle, mapping);
  return {
    rows,
    summary: {
      ...counts,
      unitId: mapping.unitIds.get(bundle.manifest.unit.id)!,
      programmeId: mapping.programmeId,
    },
  };
}

/** The sender's unit (and any other of the bundle's units) and the programme, made or linked. */
async function writeUnitsAndProgramme(
  db: DeskDb,
  bundle: BundleToImport,
  choices: ImportChoices,
  mapping: ImportMapping,
  ctx: WriteContext,
): Promise<void> {
  const { data, manifest } = bundle;
  const links: ImportLink[] = [];
  const link = (kind: ImportLink['kind'], sourceId: string, localId: string, sourceName: string) =>
    links.push({
      key: linkKey(kind, sourceId),
      kind,
      sourceId,
      localId,
      sourceName,
      linkedAt: ctx.now,
    });

  if (choices.programme.kind === 'new' && !(await db.programmes.get(data.programme.id)))
    await db.programmes.add({ ...data.programme, archived: false });
  link('programme', data.programme.id, mapping.programmeId, data.programme.name);

  const senderLocal = mapping.unitIds.get(manifest.unit.id)!;
  for (const unit of data.units) {
    const localId = mapping.unitIds.get(unit.id) ?? unit.id;
    if (!(await db.units.get(localId))) {
      // A unit new to this office keeps its id; it sits under the sender (a grassroots unit of a
      // district's bundle) or, for the sender itself, under this office.
      const parentId =
        unit.id === manifest.unit.id
          ? ctx.officeUnitId
          : unit.parentId !== null && mapping.unitIds.has(unit.parentId)
            ? mapping.unitIds.get(unit.parentId)!
            : senderLocal;
      await db.units.add(unitSchema.parse({ ...unit, id: localId, parentId, archived: false }));
    }
    link('unit', unit.id, localId, unit.name);
  }
  // Only what is new or different: the same bundle twice leaves even the links as they were.
  const known = await db.importLinks.bulkGet(links.map((l) => l.key));
  await db.importLinks.bulkPut(
    links.filter((l, i) => {
      const was = known[i];
      return !was || was.localId !== l.localId || was.sourceName !== l.sourceName;
    }),
  );
}

/** The bytes of the files the imported records refer to, stored once by SHA-256. */
async function storeAttachments(
  db: DeskDb,
  bundle: BundleToImport,
  records: readonly Initiative[],
  now: string,
): Promise<void> {
  const refs = new Map(records.flatMap((r) => r.attachments.map((a) => [a.sha256, a] as const)));
  if (refs.size === 0) return;
  const present = new Set(
    (await db.attachments.bulkGet([...refs.keys()]))
      .filter((a) => a !== undefined)
      .map((a) => a.sha256),
  );
  const fresh = bundle.attachments.filter((a) => refs.has(a.sha256) && !present.has(a.sha256));
  await db.attachments.bulkPut(
    fresh.map((a) => {
      const type = refs.get(a.sha256)?.type || 'application/octet-stream';
      return {
        sha256: a.sha256,
        blob: new Blob([new Uint8Array(a.data)], { type }),
        size: a.data.byteLength,
        type,
        createdAt: now,
      };
    }),
  );
}

/** The sender's councils, sessions and score sheets: stored when new here or newer at the source. */
async function writeAppraisal(
  db: DeskDb,
  bundle: BundleToImport,
  mapping: ImportMapping,
): Promise<void> {
  const { data } = bundle;
  const newer = async <T extends { id: string; rev: number }>(
    table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> },
    incoming: readonly T[],
  ): Promise<T[]> => {
    const here = await table.bulkGet(incoming.map((r) => r.id));
    return incoming.filter((r, i) => {
      const mine = here[i];
      return mine === undefined || r.rev > mine.rev;
    });
  };
  await db.councils.bulkPut(
    await newer<Council>(
      db.councils,
      data.councils.map((c) => ({ ...c, programmeId: mapping.programmeId })),
    ),
  );
  await db.sessions.bulkPut(
    await newer<Session>(
      db.sessions,
      data.sessions.map((s) => ({ ...s, programmeId: mapping.programmeId })),
    ),
  );
  await db.scoreSheets.bulkPut(await newer<ScoreSheet>(db.scoreSheets, data.scoreSheets));
}
