// Backups on disk with real temp folders: written atomically with a manifest, rotated, read back
// only when whole; damaged files refused in Vietnamese with nothing changed.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '@shared/backup/format';
import { createBackupHandlers } from '../../../main/handlers/backup';
import { backupManifest, zipOf } from '../../../main/backup/archive';
import { fakeDeps, tempDir } from '../helpers';
import { SCHEMA, readWhole, writeInPieces } from './stream-helpers';
const exportJson = (text = 'Sáng kiến “Máy cắt tôn”') =>
  new TextEncoder().encode(
    JSON.stringify({ formatName: 'dexie', data: { tables: [], data: [], note: text } }),
  );

async function setup(now = new Date(2026, 11, 2, 8, 15)) {
  const root = await tempDir();
  const dataDir = join(root, 'userData');
  const saveDir = join(root, 'usb');
  await mkdir(dataDir);
  await mkdir(saveDir);
  // The fake's dialogs read `answer` from this very object, so it is extended, not copied.
  const deps = Object.assign(fakeDeps(dataDir), { clock: () => now });
  const folder = join(dataDir, 'backups');
  return { root, dataDir, saveDir, folder, deps, handlers: createBackupHandlers(deps) };
}

const write = (
  handlers: ReturnType<typeof createBackupHandlers>,
  data = exportJson(),
  extra: { askWhere?: boolean; reason?: 'daily' | 'manual' | 'import' | 'restore' } = {},
) => writeInPieces(handlers, data, extra);

/** The files in a folder with their bytes, to show that nothing changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(folder))
    out[name] = createHash('sha256')
      .update(await readFile(join(folder, name)))
      .digest('hex');
  return out;
}

describe('backup:write:begin … end', () => {
  it('writes one zip into <dataDir>/backups that reads back byte for byte, with its manifest', async () => {
    const { folder, handlers } = await setup();
    const data = exportJson();

    const result = await write(handlers, data);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const name = 'SaoLuu_2026-12-02_0815_hang-ngay.skdb';
    expect(result.value.backup).toMatchObject({ fileName: name, reason: 'daily' });
    expect(result.value.copiedTo).toBeNull();
    expect(await readdir(folder)).toEqual([name]);
    expect(result.value.backup.size).toBe((await stat(join(folder, name))).size);

    const read = await readWhole(handlers, { fileName: name, schemaVersion: SCHEMA });
    expect(read.ok).toBe(true);
    if (!read.ok || read.value === null) return;
    expect(Buffer.from(read.value.data).equals(Buffer.from(data))).toBe(true);
    expect(read.value.manifest).toEqual({
      format: 'sang-kien-desk-backup',
      formatVersion: 1,
      appVersion: '1.2.3',
      schemaVersion: SCHEMA,
      createdAt: new Date(2026, 11, 2, 8, 15).toISOString(),
      reason: 'daily',
      tables: { initiatives: 2, attachments: 1 },
      entries: [
        {
          name: 'database.json',
          size: data.byteLength,
          sha256: createHash('sha256').update(data).digest('hex'),
        },
      ],
    });
  });

  it('never overwrites a backup of the same minute', async () => {
    const { folder, handlers } = await setup();
    await write(handlers);
    await write(handlers);
    expect((await readdir(folder)).sort()).toEqual([
      'SaoLuu_2026-12-02_0815_hang-ngay.skdb',
      'SaoLuu_2026-12-02_0815_hang-ngay_2.skdb',
    ]);
    const list = await handlers['backup:list']({});
    expect(list.ok && list.value.backups.map((b) => b.fileName)).toEqual([
      'SaoLuu_2026-12-02_0815_hang-ngay_2.skdb',
      'SaoLuu_2026-12-02_0815_hang-ngay.skdb',
    ]);
  });

  it('rotates the folder after writing and leaves other files alone', async () => {
    const { folder, handlers } = await setup(new Date(2026, 11, 20, 8, 15));
    await mkdir(folder);
    // Ten days of backups before today, and a file of the clerk's own.
    for (let day = 10; day < 20; day += 1)
      await writeFile(join(folder, backupFileName(new Date(2026, 11, day, 8), 'daily')), 'x');
    await writeFile(join(folder, 'ghi-chu.txt'), 'của tôi');

    const result = await write(handlers);

    expect(result.ok && result.value.removed).toEqual([
      // 20/12 (today) and 14–19/12 are the 7 days; 13/12 is the newest of the week of 7/12.
      backupFileName(new Date(2026, 11, 10, 8), 'daily'),
      backupFileName(new Date(2026, 11, 11, 8), 'daily'),
      backupFileName(new Date(2026, 11, 12, 8), 'daily'),
    ]);
    const left = await readdir(folder);
    expect(left).toHaveLength(9);
    expect(left).toContain('ghi-chu.txt');
    expect(left).toContain('SaoLuu_2026-12-13_0800_hang-ngay.skdb');
  });

  it('"Sao lưu ngay" also writes a copy where the clerk chooses, always as .skdb', async () => {
    const { folder, saveDir, deps, handlers } = await setup();
    deps.answer = join(saveDir, 'sao-luu-cua-toi.exe');

    const result = await write(handlers, exportJson(), { askWhere: true, reason: 'manual' });

    const copy = join(saveDir, 'sao-luu-cua-toi.exe.skdb');
    expect(result.ok && result.value.copiedTo).toBe(copy);
    expect(deps.dialogRequests[0]).toEqual({
      suggestedName: 'SaoLuu_2026-12-02_0815_sao-luu-ngay.skdb',
      filters: [{ name: 'Bản sao lưu Sáng kiến Desk', extensions: ['skdb'] }],
    });
    const [inFolder] = await readdir(folder);
    expect((await readFile(copy)).equals(await readFile(join(folder, inFolder!)))).toBe(true);
    expect(await readdir(saveDir)).toEqual(['sao-luu-cua-toi.exe.skdb']);
  });

  it('keeps the backup in the data folder when the clerk cancels the copy', async () => {
    const { folder, deps, handlers } = await setup();
    deps.answer = null;
    const result = await write(handlers, exportJson(), { askWhere: true, reason: 'manual' });
    expect(result.ok && result.value.copiedTo).toBeNull();
    expect(await readdir(folder)).toHaveLength(1);
  });

  it('says in Vietnamese what to do when the folder cannot be written', async () => {
    const { dataDir, handlers } = await setup();
    await writeFile(join(dataDir, 'backups'), 'a file where the folder should be');
    const result = await write(handlers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BACKUP_WRITE_FAILED');
    expect(result.error.message).toMatch(/Chưa ghi được bản sao lưu.*Sao lưu ngay/);
  });
});

describe('backup:read refuses a damaged or foreign file, changing nothing', () => {
  async function withGoodBackup() {
    const ctx = await setup();
    const written = await write(ctx.handlers);
    if (!written.ok) throw new Error('setup');
    const path = join(ctx.folder, written.value.backup.fileName);
    return { ...ctx, path, good: await readFile(path) };
  }

  async function expectRefused(
    ctx: Awaited<ReturnType<typeof withGoodBackup>>,
    bytes: Uint8Array,
    why: RegExp,
    code = 'BACKUP_INVALID',
  ) {
    const picked = join(ctx.saveDir, 'SaoLuu_chon.skdb');
    await writeFile(picked, bytes);
    const before = { backups: await snapshot(ctx.folder), usb: await snapshot(ctx.saveDir) };
    ctx.deps.openAnswer = picked;

    const result = await ctx.handlers['backup:read']({ schemaVersion: SCHEMA });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain('"SaoLuu_chon.skdb"');
    expect(result.error.message).toMatch(/dữ liệu hiện tại vẫn giữ nguyên/);
    expect({ backups: await snapshot(ctx.folder), usb: await snapshot(ctx.saveDir) }).toEqual(
      before,
    );
    const refusal = ctx.deps.log.entries.find((e) => e.message === 'backup:read refused a file');
    expect((refusal?.details as { reason: string } | undefined)?.reason).toMatch(why);
  }

  it('accepts the good file it was given (the control for the cases below)', async () => {
    const ctx = await withGoodBackup();
    const picked = join(ctx.saveDir, 'SaoLuu_chon.skdb');
    await writeFile(picked, ctx.good);
    ctx.deps.openAnswer = picked;
    const result = await ctx.handlers['backup:read']({ schemaVersion: SCHEMA });
    expect(result.ok && result.value?.fileName).toBe('SaoLuu_chon.skdb');
    expect(ctx.deps.openRequests).toEqual([
      {
        title: 'Chọn bản sao lưu để khôi phục',
        filters: [{ name: 'Bản sao lưu Sáng kiến Desk', extensions: ['skdb'] }],
      },
    ]);
  });

  it('a truncated zip', async () => {
    const ctx = await withGoodBackup();
    await expectRefused(ctx, ctx.good.subarray(0, ctx.good.length - 40), /not a zip/);
  });

  it('not a zip at all', async () => {
    const ctx = await withGoodBackup();
    await expectRefused(
      ctx,
      new TextEncoder().encode('Đây là một tệp văn bản, không phải zip.'),
      /not a zip/,
    );
  });

  it('an entry changed after the checksums were taken', async () => {
    const ctx = await withGoodBackup();
    const data = exportJson();
    const manifest = backupManifest({
      appVersion: '1.2.3',
      schemaVersion: SCHEMA,
      createdAt: new Date(),
      reason: 'daily',
      tables: {},
      data,
    });
    // Same length, one letter changed: only the checksum can tell.
    const changed = exportJson('Sáng kiến “Máy cắt tôn”'.replace('tôn', 'tôm'));
    expect(changed.byteLength).toBe(data.byteLength);
    const zip = await zipOf([
      ['manifest.json', Buffer.from(JSON.stringify(manifest))],
      ['database.json', Buffer.from(changed)],
    ]);
    await expectRefused(ctx, zip, /checksum of database\.json/);
  });

  it('an entry named ../database.json', async () => {
    const ctx = await withGoodBackup();
    // yazl will not write a `..` name, so a same-length name is patched in the bytes.
    const zip = await zipOf([
      ['manifest.json', Buffer.from('{}')],
      ['xx/database.json', Buffer.from(exportJson())],
    ]);
    const patched = Buffer.from(
      zip.toString('latin1').replaceAll('xx/database', '../database'),
      'latin1',
    );
    expect(patched.includes('../database.json')).toBe(true);
    await expectRefused(ctx, patched, /invalid relative path/);
  });

  it('an entry larger than the limit, counted on the inflated bytes', async () => {
    const ctx = await withGoodBackup();
    const limited = createBackupHandlers(ctx.deps, {
      limits: { maxDataBytes: 1000, maxFileBytes: 1_000_000 },
    });
    // 5,000 bytes that deflate to a few dozen: small on disk, large once inflated.
    const data = new TextEncoder().encode(JSON.stringify({ pad: 'a'.repeat(5000) }));
    const written = await write(ctx.handlers, data);
    if (!written.ok) throw new Error('setup');
    const result = await limited['backup:read']({
      fileName: written.value.backup.fileName,
      schemaVersion: SCHEMA,
    });
    expect(result.ok || result.error.code).toBe('BACKUP_INVALID');
    const refusal = ctx.deps.log.entries.find((e) => e.message === 'backup:read refused a file');
    expect((refusal?.details as { reason: string } | undefined)?.reason).toMatch(
      /database\.json declares 5\d{3} bytes/,
    );
    // With the default limits the same file reads fine.
    const plain = await ctx.handlers['backup:read']({
      fileName: written.value.backup.fileName,
      schemaVersion: SCHEMA,
    });
    expect(plain.ok).toBe(true);
  });

  it('a backup from a newer database schema, with its own message', async () => {
    const ctx = await withGoodBackup();
    // The good file, opened by a build that knows only the schema before it.
    const picked = join(ctx.saveDir, 'SaoLuu_chon.skdb');
    await writeFile(picked, ctx.good);
    ctx.deps.openAnswer = picked;
    const result = await ctx.handlers['backup:read']({ schemaVersion: SCHEMA - 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BACKUP_TOO_NEW');
    expect(result.error.message).toMatch(
      /phiên bản Sáng kiến Desk mới hơn.*cài phiên bản mới nhất/,
    );
  });

  it('a name outside the backups folder', async () => {
    const ctx = await withGoodBackup();
    for (const fileName of ['../userData/x.skdb', 'ghi-chu.txt']) {
      const result = await ctx.handlers['backup:read']({ fileName, schemaVersion: SCHEMA });
      expect(result.ok || result.error.code).toBe('BACKUP_NOT_FOUND');
    }
  });

  it('returns null when the clerk cancels the open dialog', async () => {
    const ctx = await withGoodBackup();
    ctx.deps.openAnswer = null;
    expect(await ctx.handlers['backup:read']({ schemaVersion: SCHEMA })).toEqual({
      ok: true,
      value: null,
    });
  });
});
