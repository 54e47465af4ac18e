import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '@shared/model/initiative';
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

/** Stores a file's bytes keyed by SHA-256 (stored once however often attached) and returns its reference. */
export const storeAttachment = async (db: DeskDb, file: File): Promise<AttachmentRef> => {
  if (file.size > MAX_ATTACHMENT_BYTES)
    throw new RuleError(attachmentLimitMessage(file.name, file.size));
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const type = file.type || 'application/octet-stream';
  const exists = await db.attachments.get(sha256);
  if (!exists) {
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
