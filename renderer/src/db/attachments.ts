import {
  MAX_ATTACHMENT_BYTES,
  MAX_INITIATIVE_ATTACHMENTS_BYTES,
  type AttachmentRef,
} from '@shared/model/initiative';
import { cleanText } from '@shared/text';
import { groupDigits } from '@shared/format';
import type { DeskDb } from './database';
import { RuleError } from './rule-error';

const hex = (buf: ArrayBuffer): string =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

export const sha256Hex = async (bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> =>
  // A view made here: WebCrypto refuses an ArrayBuffer from another realm (jsdom's File in tests).
  hex(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));

export const attachmentLimitMessage = (name: string, size: number): string =>
  `Tệp "${name}" có dung lượng ${groupDigits(Math.ceil(size / 1024 / 1024))} MB, vượt giới hạn ` +
  `${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB cho mỗi tệp đính kèm. Hãy nén hoặc chia nhỏ tệp rồi đính kèm lại.`;

const megabytes = (bytes: number): string =>
  `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace('.', ',')} MB`;

export const attachmentsTotalMessage = (name: string, size: number, attached: number): string =>
  `Không đính kèm được tệp "${name}" (${megabytes(size)}): các tệp của sáng kiến này đã có ` +
  `${megabytes(attached)}, thêm tệp này sẽ vượt giới hạn ` +
  `${MAX_INITIATIVE_ATTACHMENTS_BYTES / 1024 / 1024} MB cho mỗi sáng kiến. Hãy bỏ bớt tệp không cần ` +
  `hoặc nén tệp rồi đính kèm lại.`;

export const attachmentUnreadableMessage = (name: string): string =>
  `Không đọc được tệp "${name}": tệp có thể đã bị xoá, đổi tên, chuyển đi hoặc sửa sau khi chọn, ` +
  `hoặc đang bị chương trình khác khoá. Chưa có gì được đính kèm. Hãy kiểm tra tệp rồi chọn lại.`;

/**
 * The picked file's bytes. Chromium reads a File from disk only now, and refuses one deleted,
 * moved or changed since the clerk picked it (NotReadableError, NotFoundError): the clerk is told
 * that in words, not in the browser's English.
 */
async function readPicked(file: File): Promise<ArrayBuffer> {
  try {
    return await file.arrayBuffer();
  } catch {
    throw new RuleError(attachmentUnreadableMessage(file.name));
  }
}

/**
 * Stores a file's bytes keyed by SHA-256 (stored once however often attached) and returns its
 * reference. `attachedBytes` is what the initiative already holds, for the per-initiative limit.
 */
export const storeAttachment = async (
  db: DeskDb,
  file: File,
  attachedBytes = 0,
): Promise<AttachmentRef> => {
  if (file.size > MAX_ATTACHMENT_BYTES)
    throw new RuleError(attachmentLimitMessage(file.name, file.size));
  if (attachedBytes + file.size > MAX_INITIATIVE_ATTACHMENTS_BYTES)
    throw new RuleError(attachmentsTotalMessage(file.name, file.size, attachedBytes));
  const bytes = await readPicked(file);
  const sha256 = await sha256Hex(bytes);
  const type = file.type || 'application/octet-stream';
  const exists = await db.attachments.get(sha256);
  if (exists) {
    // Stored again: it counts as fresh, so a cleanup that runs before the record that now refers
    // to it is saved keeps it (see freeUnusedAttachments).
    await db.attachments.update(sha256, { createdAt: new Date().toISOString() });
  } else {
    await db.attachments.put({
      sha256,
      blob: new Blob([bytes], { type }),
      size: file.size,
      type,
      createdAt: new Date().toISOString(),
    });
  }
  return { sha256, name: cleanText(file.name), type, size: file.size };
};

export const getAttachmentBytes = async (
  db: DeskDb,
  sha256: string,
): Promise<Uint8Array<ArrayBuffer> | null> => {
  const rec = await db.attachments.get(sha256);
  return rec ? new Uint8Array(await rec.blob.arrayBuffer()) : null;
};

/**
 * Attachment data stored this recently is kept even when no record refers to it yet: the clerk
 * has just attached it and the autosave that writes the reference may still be pending.
 */
export const FRESH_ATTACHMENT_MS = 60 * 60 * 1000;

/**
 * Frees the bytes of attachments no initiative refers to (trashed ones count: they can be
 * restored). One read-write transaction over initiatives and attachments, so no save can add a
 * reference between the check and the delete. Returns the SHA-256 of what was freed.
 */
export const freeUnusedAttachments = async (
  db: DeskDb,
  now: Date = new Date(),
): Promise<string[]> => {
  if ((await db.attachments.count()) === 0) return [];
  const freshFrom = now.getTime() - FRESH_ATTACHMENT_MS;
  return db.transaction('rw', db.initiatives, db.attachments, async () => {
    const used = new Set<string>();
    await db.initiatives.each((i) => {
      for (const a of i.attachments) used.add(a.sha256);
    });
    const unused = await db.attachments
      .filter((a) => !used.has(a.sha256) && Date.parse(a.createdAt) < freshFrom)
      .primaryKeys();
    await db.attachments.bulkDelete(unused);
    return unused;
  });
};
