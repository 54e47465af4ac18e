import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@shared/model/initiative';
import {
  getAttachmentBytes,
  sha256Hex,
  storeAttachment,
} from '../../../renderer/src/db/attachments';
import { RuleError } from '../../../renderer/src/db/rule-error';
import { freshDb } from '../helpers';

const file = (bytes: Uint8Array<ArrayBuffer> | number, name: string, type = 'application/pdf') =>
  new File([typeof bytes === 'number' ? new Uint8Array(bytes) : bytes], name, { type });

describe('attachments', () => {
  it('refuses a 21 MB file with the limit stated, storing nothing', async () => {
    const db = freshDb();
    const big = file(21 * 1024 * 1024, 'bản vẽ.pdf');
    expect(big.size).toBeGreaterThan(MAX_ATTACHMENT_BYTES);
    const err = await storeAttachment(db, big).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuleError);
    expect((err as Error).message).toMatch(/"bản vẽ\.pdf".*21 MB.*20 MB/);
    expect(await db.attachments.count()).toBe(0);
  });

  it('accepts a file of exactly 20 MB', async () => {
    const db = freshDb();
    const ref = await storeAttachment(db, file(MAX_ATTACHMENT_BYTES, 'vua-du.bin'));
    expect(ref.size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('stores the same bytes once, whatever the file is called', async () => {
    const db = freshDb();
    const bytes = new TextEncoder().encode('Bản thuyết minh sáng kiến');
    const a = await storeAttachment(db, file(bytes, 'thuyet-minh.pdf'));
    const b = await storeAttachment(db, file(bytes, 'ban-sao.pdf'));
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toBe(await sha256Hex(bytes));
    expect([a.name, b.name]).toEqual(['thuyet-minh.pdf', 'ban-sao.pdf']);
    expect(await db.attachments.count()).toBe(1);
    // The Blob itself does not survive fake-indexeddb's clone under jsdom; Chromium keeps it
    // (e2e covers the bytes), so here the record's bookkeeping is what is checked.
    expect(await db.attachments.get(a.sha256)).toMatchObject({
      sha256: a.sha256,
      size: bytes.byteLength,
      type: 'application/pdf',
    });
    expect(await getAttachmentBytes(db, 'f'.repeat(64))).toBeNull();

    await storeAttachment(db, file(new TextEncoder().encode('khác'), 'khac.pdf'));
    expect(await db.attachments.count()).toBe(2);
  });

  it('a file gone or changed since it was picked: told in Vietnamese, nothing stored', async () => {
    const db = freshDb();
    // What Chromium's File does when the file on disk was deleted or changed after the pick.
    class VanishedFile extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(
          new DOMException(
            'The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.',
            'NotReadableError',
          ),
        );
      }
    }
    const gone = new VanishedFile([new Uint8Array(10)], 'biên bản.pdf', {
      type: 'application/pdf',
    });

    const err = await storeAttachment(db, gone).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(RuleError);
    expect((err as Error).message).toContain('Không đọc được tệp "biên bản.pdf"');
    expect((err as Error).message).toContain('Hãy kiểm tra tệp rồi chọn lại');
    expect((err as Error).message).not.toContain('could not be read');
    expect(await db.attachments.count()).toBe(0);
  });

  it('knows a SHA-256 when it sees one', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
