// Backups arriving in pieces (docs/decisions.md, D59): each open write appends to its own temp
// file in the backups folder and hashes as it goes, so `end` knows the manifest without reading
// the export again. Bounded: at most MAX_OPEN_WRITES at once, each at most its declared size.
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { BackupReason } from '@shared/backup/format';
import { removeStaleTransfers, transferFile } from './transfer-files';

export const MAX_OPEN_WRITES = 2;
/** Pieces follow each other within milliseconds; a write this long silent was left by its page. */
export const IDLE_WRITE_MS = 5 * 60 * 1000;

export interface WriteMeta {
  readonly reason: BackupReason;
  readonly schemaVersion: number;
  readonly tables: Readonly<Record<string, number>>;
  /** Bytes of the whole database export. */
  readonly size: number;
  readonly askWhere: boolean;
}

/** A write whose pieces have all arrived: the export is whole in `file`. */
export interface ArrivedExport {
  readonly meta: WriteMeta;
  readonly file: string;
  readonly sha256: string;
}

/** Why a piece or an end was refused; the write is dropped with its temp file. */
export class WriteRefused extends Error {
  constructor(readonly why: 'unknown' | 'mismatch') {
    super(why);
    this.name = 'WriteRefused';
  }
}

interface OpenWrite {
  readonly meta: WriteMeta;
  readonly file: string;
  readonly handle: FileHandle;
  readonly hash: Hash;
  received: number;
  touched: number;
}

export class BackupWrites {
  private readonly open = new Map<string, OpenWrite>();

  constructor(
    private readonly folder: string,
    private readonly now: () => number,
  ) {}

  /** The ids of the writes open now (for tests and the log). */
  get openIds(): string[] {
    return [...this.open.keys()];
  }

  /**
   * Opens a write; null when MAX_OPEN_WRITES are still busy. Writes idle for IDLE_WRITE_MS and
   * temp files no open write owns (a page reloaded mid-write, an earlier run) go first.
   */
  async begin(meta: WriteMeta): Promise<string | null> {
    for (const [id, write] of [...this.open])
      if (this.now() - write.touched > IDLE_WRITE_MS) await this.drop(id, write);
    await mkdir(this.folder, { recursive: true });
    await removeStaleTransfers(this.folder, 'write', new Set(this.open.keys()));
    if (this.open.size >= MAX_OPEN_WRITES) return null;
    const id = randomUUID();
    const file = transferFile(this.folder, 'write', id);
    const handle = await open(file, 'wx');
    this.open.set(id, {
      meta,
      file,
      handle,
      hash: createHash('sha256'),
      received: 0,
      touched: this.now(),
    });
    return id;
  }

  /** Appends the piece that starts at `offset`; returns the bytes received so far. */
  async append(id: string, offset: number, data: Uint8Array): Promise<number> {
    const write = this.open.get(id);
    if (!write) throw new WriteRefused('unknown');
    // In order and never past the declared size: anything else is a page out of step.
    if (offset !== write.received || write.received + data.byteLength > write.meta.size) {
      await this.drop(id, write);
      throw new WriteRefused('mismatch');
    }
    try {
      await write.handle.write(data, 0, data.byteLength, offset);
    } catch (error) {
      await this.drop(id, write);
      throw error;
    }
    write.hash.update(data);
    write.received += data.byteLength;
    write.touched = this.now();
    return write.received;
  }

  /** Closes a write whose every byte arrived; the caller zips `file` and then calls discard(). */
  async finish(id: string): Promise<ArrivedExport> {
    const write = this.open.get(id);
    if (!write) throw new WriteRefused('unknown');
    if (write.received !== write.meta.size) {
      await this.drop(id, write);
      throw new WriteRefused('mismatch');
    }
    this.open.delete(id);
    await write.handle.close();
    return { meta: write.meta, file: write.file, sha256: write.hash.digest('hex') };
  }

  /** Drops an open write and its temp file; false when there was none. */
  async abort(id: string): Promise<boolean> {
    const write = this.open.get(id);
    if (!write) return false;
    await this.drop(id, write);
    return true;
  }

  /** Removes the temp file of a finished write. */
  discard = (arrived: ArrivedExport): Promise<void> => rm(arrived.file, { force: true });

  private async drop(id: string, write: OpenWrite): Promise<void> {
    this.open.delete(id);
    await write.handle.close().catch(() => undefined);
    await rm(write.file, { force: true }).catch(() => undefined);
  }
}
