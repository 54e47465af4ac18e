// The steps behind "Đóng gói hồ sơ": the renderer reads the attachment bytes from IndexedDB (one
// file at a time, reporting progress), then main emits the documents from the dossier model and
// writes the zip (`bundle:write`, docs/decisions.md D31). Parts of a split bundle and the queueing
// of their emails are here too, so the panel only shows states.
import { assembleBundleData, attachmentsOf, bundleSender } from '@shared/bundle/assemble-data';
import { attachmentEntryName } from '@shared/bundle/entry-names';
import { entryDisplayName } from '@shared/bundle/mail-plan-text';
import type { MessagePart } from '@shared/bundle/mail-size';
import type { DossierDocument } from '@shared/dossier/model';
import type { BundleSource } from '@shared/bundle/assemble-data';
import type { Response } from '@shared/ipc';
import { fail, ok, type Result } from '@shared/result';
import type { DeskDb } from '../../db/database';
import { getAttachmentBytes } from '../../db/attachments';
import { invoke } from '../../desk';
import { queueBundleMail } from '../../mail/queue-bundle';

export interface BundleJob {
  readonly source: BundleSource;
  readonly documents: readonly DossierDocument[];
}

export type Written = NonNullable<Response<'bundle:write'>>;

export type BuildProgress =
  | {
      readonly stage: 'reading';
      readonly done: number;
      readonly total: number;
      readonly bytes: number;
      readonly totalBytes: number;
    }
  | { readonly stage: 'writing'; readonly bytes: number };

export interface AttachmentBytes {
  readonly sha256: string;
  readonly name: string;
  readonly data: Uint8Array<ArrayBuffer>;
}

/** Every attachment the bundle carries, read one at a time so progress can be shown. */
export async function readBundleAttachments(
  db: DeskDb,
  job: BundleJob,
  onProgress: (p: BuildProgress) => void,
): Promise<Result<AttachmentBytes[]>> {
  const list = attachmentsOf(job.source.initiatives);
  const totalBytes = list.reduce((n, a) => n + a.size, 0);
  const out: AttachmentBytes[] = [];
  let bytes = 0;
  onProgress({ stage: 'reading', done: 0, total: list.length, bytes, totalBytes });
  for (const item of list) {
    const data = await getAttachmentBytes(db, item.sha256);
    if (!data)
      return fail(
        'BUNDLE_ATTACHMENT_MISSING',
        `Không tìm thấy nội dung tệp đính kèm "${item.name}" trong máy. Hãy mở sáng kiến có tệp này, đính kèm lại rồi đóng gói lại.`,
      );
    out.push({ sha256: item.sha256, name: item.name, data });
    bytes += data.byteLength;
    onProgress({ stage: 'reading', done: out.length, total: list.length, bytes, totalBytes });
  }
  return ok(out);
}

/** The whole bundle, into the outbox folder (to be mailed) or where the clerk chooses. */
export async function writeWholeBundle(
  job: BundleJob,
  attachments: readonly AttachmentBytes[],
  target: 'outbox' | 'choose',
): Promise<Result<Written | null>> {
  return invoke('bundle:write', {
    target,
    ...bundleSender(job.source),
    data: assembleBundleData(job.source),
    documents: [...job.documents],
    attachments: [...attachments],
  });
}

/** One numbered part: every record, and only the plan's documents and attachments. */
export async function writePart(
  job: BundleJob,
  attachments: readonly AttachmentBytes[],
  part: MessagePart,
  count: number,
): Promise<Result<Written | null>> {
  const only = part.files.map((f) => f.path);
  const inPart = new Set(only);
  return invoke('bundle:write', {
    target: 'outbox',
    part: { index: part.index, count },
    only,
    ...bundleSender(job.source),
    data: assembleBundleData(job.source),
    documents: [...job.documents],
    attachments: attachments.filter((a) => inPart.has(attachmentEntryName(a.sha256, a.name))),
  });
}

export interface MailRequest {
  readonly to: string;
  /** The bundles to send: one, or the parts in order. */
  readonly bundles: readonly Written[];
}

/** Queues one email per bundle; the outbox's scheduler sends them (renderer/src/mail/). */
export async function queueBundles(
  db: DeskDb,
  job: BundleJob,
  request: MailRequest,
): Promise<number> {
  const { programme, office } = job.source;
  const count = request.bundles.length;
  for (const [n, written] of request.bundles.entries())
    await queueBundleMail(db, {
      written,
      unitName: office.unitName,
      programme,
      files: written.files.map(entryDisplayName),
      to: request.to,
      ...(count > 1 ? { part: { index: n + 1, count } } : {}),
    });
  return count;
}
