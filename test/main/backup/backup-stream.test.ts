// The streamed backup channels (docs/decisions.md, D59) with real temp files: a write in pieces
// gives the same verified zip as one buffer did, and nothing half-written is ever left behind.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc';
import { DATABASE_ENTRY, MANIFEST_ENTRY } from '@shared/backup/format';
import { backupManifest } from '../../../main/backup/archive';
import { readBackup } from '../../../main/backup/verify';
import { IDLE_WRITE_MS } from '../../../main/backup/write-sessions';
import { createBackupHandlers, type BackupOptions } from '../../../main/handlers/backup';
import { dispatch } from '../../../main/ipc/dispatch';
import { readZip } from '../../../main/zip/read-zip';
import { fakeDeps, tempDir } from '../helpers';
import { spyHandlers } from '../stub-handlers';
import { SCHEMA, readWhole, writeInPieces } from './stream-helpers';

const AT = new Date(2026, 11, 2, 8, 15);

async function setup(options: BackupOptions = {}) {
  const root = await tempDir();
  const dataDir = join(root, 'userData');
  await mkdir(dataDir);
  let now = AT;
  const deps = Object.assign(fakeDeps(dataDir), { clock: () => now });
  const folder = join(dataDir, 'backups');
  return {
    root,
    folder,
    deps,
    handlers: createBackupHandlers(deps, options),
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** A JSON export of `n` bytes that does not deflate to nothing. */
const exportOf = (n: number): Uint8Array<ArrayBuffer> => {
  if (n < 64) return new Uint8Array(n).fill(0x61);
  const head = new TextEncoder().encode('{"formatName":"dexie","pad":"');
  const out = new Uint8Array(n);
  out.set(head);
  for (let i = head.length; i < n - 2; i += 1) out[i] = 0x61 + ((i * 7919) % 26);
  out.set(new TextEncoder().encode('"}'), n - 2);
  return out;
};

const begin = (
  handlers: ReturnType<typeof createBackupHandlers>,
  size: number,
): ReturnType<ReturnType<typeof createBackupHandlers>['backup:write:begin']> =>
  handlers['backup:write:begin']({
    reason: 'daily',
    schemaVersion: SCHEMA,
    tables: { initiatives: 2 },
    size,
    askWhere: false,
  });

const idOf = (begun: Awaited<ReturnType<typeof begin>>): string => {
  if (!begun.ok) throw new Error(begun.error.message);
  return begun.value.writeId;
};

const temps = async (folder: string): Promise<string[]> =>
  (await readdir(folder)).filter((n) => n.endsWith('.tmp'));

describe('a backup written in pieces', () => {
  it("begin, several chunks, end: one verified zip in today's format, no temp file left", async () => {
    const { folder, handlers } = await setup();
    const data = exportOf(300_000);

    const result = await writeInPieces(handlers, data, { chunk: 64 * 1024 });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const name = 'SaoLuu_2026-12-02_0815_hang-ngay.skdb';
    expect(result.value).toMatchObject({ backup: { fileName: name }, copiedTo: null });
    expect(await readdir(folder)).toEqual([name]);
    // The one verifier reads it whole: the manifest of the bytes, and the bytes themselves.
    const verified = await readBackup(join(folder, name), SCHEMA);
    expect(Buffer.from(verified.data).equals(Buffer.from(data))).toBe(true);
    expect(verified.manifest).toEqual(
      backupManifest({
        appVersion: '1.2.3',
        schemaVersion: SCHEMA,
        createdAt: AT,
        reason: 'daily',
        tables: { initiatives: 2, attachments: 1 },
        data,
      }),
    );
    const entries = await readZip(join(folder, name), { entryLimit: () => 10_000_000 });
    expect([...entries.keys()]).toEqual([MANIFEST_ENTRY, DATABASE_ENTRY]);
  });

  it('abort drops the write and its temp file; a later piece is told the write is gone', async () => {
    const { folder, handlers } = await setup();
    const writeId = idOf(await begin(handlers, 1000));
    await handlers['backup:write:chunk']({ writeId, offset: 0, data: exportOf(500) });
    expect(await temps(folder)).toEqual([`.backup-write.${writeId}.tmp`]);

    expect(await handlers['backup:write:abort']({ writeId })).toEqual({
      ok: true,
      value: { dropped: true },
    });

    expect(await readdir(folder)).toEqual([]);
    const late = await handlers['backup:write:chunk']({
      writeId,
      offset: 500,
      data: exportOf(500),
    });
    expect(late.ok || late.error.code).toBe('NOT_FOUND');
    expect(late.ok || late.error.message).toMatch(/dừng giữa chừng.*Sao lưu ngay/);
  });

  it('the next begin removes a write its page left idle and temp files of an earlier run', async () => {
    const { folder, handlers, later } = await setup();
    const left = idOf(await begin(handlers, 1000));
    await handlers['backup:write:chunk']({ writeId: left, offset: 0, data: exportOf(100) });
    const earlier = `.backup-write.${randomUUID()}.tmp`;
    await writeFile(join(folder, earlier), 'nửa chừng');
    await writeFile(join(folder, 'ghi-chu.txt'), 'của tôi');

    // A begin within the idle time keeps the open write, but not the earlier run's file.
    const second = idOf(await begin(handlers, 10));
    expect((await temps(folder)).sort()).toEqual(
      [`.backup-write.${left}.tmp`, `.backup-write.${second}.tmp`].sort(),
    );
    await handlers['backup:write:abort']({ writeId: second });

    later(IDLE_WRITE_MS + 1);
    const third = idOf(await begin(handlers, 10));
    expect(await temps(folder)).toEqual([`.backup-write.${third}.tmp`]);
    expect(await readdir(folder)).toContain('ghi-chu.txt');
    const gone = await handlers['backup:write:end']({ writeId: left });
    expect(gone.ok || gone.error.code).toBe('NOT_FOUND');
  });

  it('refuses an unknown or malformed write id', async () => {
    const { handlers, deps } = await setup();
    const unknown = randomUUID();
    for (const result of [
      await handlers['backup:write:chunk']({ writeId: unknown, offset: 0, data: exportOf(10) }),
      await handlers['backup:write:end']({ writeId: unknown }),
    ])
      expect(result.ok || result.error.code).toBe('NOT_FOUND');
    expect(await handlers['backup:write:abort']({ writeId: unknown })).toEqual({
      ok: true,
      value: { dropped: false },
    });

    const all = spyHandlers(handlers);
    for (const writeId of ['../x', '', 'not-a-uuid'])
      expect(
        await dispatch(
          all,
          'backup:write:chunk',
          { writeId, offset: 0, data: exportOf(10) },
          deps.log,
        ),
      ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('bounds the size: the export, each piece, and what arrives against what was declared', async () => {
    const { folder, handlers } = await setup({ maxDataBytes: 5000 });
    const tooLarge = await begin(handlers, 5001);
    expect(tooLarge.ok || tooLarge.error.code).toBe('BACKUP_TOO_LARGE');
    expect(tooLarge.ok || tooLarge.error.message).toMatch(/quá giới hạn.*rồi sao lưu lại/);
    expect(await readdir(folder).catch(() => [])).toEqual([]);

    // More bytes than declared: the write is dropped with its file.
    const over = idOf(await begin(handlers, 1000));
    await handlers['backup:write:chunk']({ writeId: over, offset: 0, data: exportOf(800) });
    const past = await handlers['backup:write:chunk']({
      writeId: over,
      offset: 800,
      data: exportOf(300),
    });
    expect(past.ok || past.error.code).toBe('BAD_REQUEST');
    expect(await temps(folder)).toEqual([]);

    // A piece out of order, and an end before every byte arrived.
    const skipped = idOf(await begin(handlers, 1000));
    const gap = await handlers['backup:write:chunk']({
      writeId: skipped,
      offset: 10,
      data: exportOf(10),
    });
    expect(gap.ok || gap.error.code).toBe('BAD_REQUEST');
    const short = idOf(await begin(handlers, 1000));
    await handlers['backup:write:chunk']({ writeId: short, offset: 0, data: exportOf(999) });
    const early = await handlers['backup:write:end']({ writeId: short });
    expect(early.ok || early.error.code).toBe('BAD_REQUEST');
    expect(await readdir(folder)).toEqual([]);

    // A piece larger than the contract allows never reaches the handler.
    const big = contract['backup:write:chunk'].request.safeParse({
      writeId: randomUUID(),
      offset: 0,
      data: new Uint8Array(8 * 1024 * 1024 + 1),
    });
    expect(big.success).toBe(false);
  });

  it('keeps at most two writes open', async () => {
    const { folder, handlers } = await setup();
    idOf(await begin(handlers, 10));
    idOf(await begin(handlers, 10));
    const third = await begin(handlers, 10);
    expect(third.ok || third.error.code).toBe('BACKUP_BUSY');
    expect(await temps(folder)).toHaveLength(2);
  });
});

describe('a backup read in pieces', () => {
  it('hands out the verified export and removes its temp file at the end', async () => {
    const { folder, handlers } = await setup();
    const data = exportOf(50_000);
    const written = await writeInPieces(handlers, data);
    if (!written.ok) throw new Error(written.error.message);
    const fileName = written.value.backup.fileName;

    const read = await handlers['backup:read']({ fileName, schemaVersion: SCHEMA });
    if (!read.ok || read.value === null) throw new Error('not read');
    expect(read.value.size).toBe(data.byteLength);
    expect(await temps(folder)).toEqual([`.backup-read.${read.value.readId}.tmp`]);
    const { readId } = read.value;
    const middle = await handlers['backup:read:chunk']({ readId, offset: 1000, length: 5 });
    expect(middle.ok && Buffer.from(middle.value.data)).toEqual(
      Buffer.from(data.slice(1000, 1005)),
    );
    const tail = await handlers['backup:read:chunk']({ readId, offset: 49_998, length: 100 });
    expect(tail.ok && tail.value.data.byteLength).toBe(2);

    expect(await handlers['backup:read:end']({ readId })).toEqual({
      ok: true,
      value: { dropped: true },
    });
    expect(await temps(folder)).toEqual([]);
    const after = await handlers['backup:read:chunk']({ readId, offset: 0, length: 5 });
    expect(after.ok || after.error.code).toBe('NOT_FOUND');

    const whole = await readWhole(handlers, { fileName, schemaVersion: SCHEMA }, 4096);
    expect(whole.ok && whole.value?.data.equals(Buffer.from(data))).toBe(true);
  });

  it('a new read drops one left open; a refused file leaves no temp file', async () => {
    const { folder, root, deps, handlers } = await setup();
    const written = await writeInPieces(handlers, exportOf(1000));
    if (!written.ok) throw new Error(written.error.message);
    const fileName = written.value.backup.fileName;
    const first = await handlers['backup:read']({ fileName, schemaVersion: SCHEMA });
    const second = await handlers['backup:read']({ fileName, schemaVersion: SCHEMA });
    if (!first.ok || !first.value || !second.ok || !second.value) throw new Error('not read');
    expect(await temps(folder)).toEqual([`.backup-read.${second.value.readId}.tmp`]);
    const stale = await handlers['backup:read:chunk']({
      readId: first.value.readId,
      offset: 0,
      length: 10,
    });
    expect(stale.ok || stale.error.code).toBe('NOT_FOUND');

    const damaged = join(root, 'hong.skdb');
    await writeFile(damaged, 'không phải zip');
    deps.openAnswer = damaged;
    const refused = await handlers['backup:read']({ schemaVersion: SCHEMA });
    expect(refused.ok || refused.error.code).toBe('BACKUP_INVALID');
    expect(await temps(folder)).toEqual([]);
  });
});
