// Queues a bundle that `bundle:write` put in the outbox folder: the subject and body from the
// clerk's template, to the programme's address unless the clerk gave another, then wakes the
// scheduler.
import { formatDate, todayIso } from '@shared/format';
import type { OutboxEntry } from '@shared/mail/outbox';
import { fileList, renderTemplate } from '@shared/mail/template';
import type { DeskDb } from '../db/database';
import { getMailTemplate } from './mail-template';
import { kickOutbox } from './outbox-scheduler';
import { queueMail } from './outbox-store';

export interface BundleToMail {
  /** What `bundle:write` with target 'outbox' answered. */
  readonly written: { readonly path: string; readonly fileName: string; readonly size: number };
  readonly unitName: string;
  readonly programme: { readonly name: string; readonly recipientEmail: string };
  /** The documents' file names, listed in the body. */
  readonly files: readonly string[];
  /** Another recipient than the programme's. */
  readonly to?: string;
  /** One numbered email of a bundle split in several: "(thư 2/3)" ends the subject. */
  readonly part?: { readonly index: number; readonly count: number };
}

export async function queueBundleMail(
  db: DeskDb,
  bundle: BundleToMail,
  now: Date = new Date(),
): Promise<OutboxEntry> {
  const template = await getMailTemplate(db);
  const values = {
    don_vi: bundle.unitName,
    chuong_trinh: bundle.programme.name,
    ngay: formatDate(todayIso(now)),
    danh_sach_tep: fileList(bundle.files),
  };
  const entry = await queueMail(
    db,
    {
      to: bundle.to ?? bundle.programme.recipientEmail,
      subject:
        renderTemplate(template.subject, values) +
        (bundle.part ? ` (thư ${bundle.part.index}/${bundle.part.count})` : ''),
      body: renderTemplate(template.body, values),
      bundlePath: bundle.written.path,
      fileName: bundle.written.fileName,
      size: bundle.written.size,
    },
    now,
  );
  kickOutbox();
  return entry;
}
