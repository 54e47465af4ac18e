// The "Sao lưu & khôi phục" screen against the real main-process handlers over a temp folder.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupScreen } from '../../../renderer/src/features/backup/BackupScreen';
import { makeBackup } from '../../../renderer/src/backup/backups';
import { RESTORED_NOTICE_KEY } from '../../../renderer/src/backup/restored-notice';
import { importInitiatives } from '../../../renderer/src/db/initiatives';
import { submitted } from '../appraisal-fixtures';
import { SLOW, dialogWith } from '../appraisal/dialogs';
import { setUpDb } from '../helpers';
import { button, renderWithDb } from '../setup/render-with-db';
import { installMainBridge, type MainBridge } from './main-bridge';
import { useNodeBlobs } from './node-blobs';

useNodeBlobs();

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
  sessionStorage.clear();
});

const AT = new Date(2026, 11, 2, 8, 15);

async function withBackup() {
  const ctx = await setUpDb();
  const { db, programme, office } = ctx;
  await importInitiatives(db, [submitted(programme.id, office.unitId, 1)], 'Bình');
  bridge = await installMainBridge(() => AT);
  const written = await makeBackup(db, 'daily');
  if (!written.ok) throw new Error(written.error.message);
  return { ...ctx, bridge, written: written.value };
}

const titles = async (ctx: Awaited<ReturnType<typeof setUpDb>>) =>
  (await ctx.db.initiatives.toArray()).map((i) => i.title).sort();

describe('BackupScreen', () => {
  it('lists the backups with date, reason and size in MB', async () => {
    const ctx = await withBackup();
    await renderWithDb(ctx.db, <BackupScreen onRestored={() => undefined} />);

    const row = (await screen.findByText('02/12/2026 08:15', {}, SLOW)).closest('tr')!;
    expect(within(row).getByText('Tự động hằng ngày')).toBeInTheDocument();
    expect(within(row).getByText(/^0,\d\d MB$/)).toBeInTheDocument();
    expect(screen.getByText(/Thư mục sao lưu: .*backups/)).toBeInTheDocument();
  });

  it('"Sao lưu ngay" writes a backup, copies it where the clerk chooses and lists it', async () => {
    const ctx = await withBackup();
    const { user } = await renderWithDb(ctx.db, <BackupScreen onRestored={() => undefined} />);
    await screen.findByText('02/12/2026 08:15', {}, SLOW);
    ctx.bridge.nextSave = join(ctx.bridge.dataDir, 'usb-copy');

    await user.click(button('Sao lưu ngay'));

    await screen.findByText(
      /Đã sao lưu vào thư mục dữ liệu và chép ra ".*usb-copy\.skdb"/,
      {},
      SLOW,
    );
    await screen.findByText('Sao lưu ngay', { selector: 'td' }, SLOW);
    // Rotation keeps the newest backup of each day, and every "Sao lưu ngay" for a week:
    // the morning's daily one gives way to the one the clerk just made.
    expect(screen.queryByText('Tự động hằng ngày')).toBeNull();
    expect(screen.getAllByText('02/12/2026 08:15')).toHaveLength(1);
  });

  it('restores from the list after confirming with the date, the current state saved first', async () => {
    const ctx = await withBackup();
    const before = await titles(ctx);
    await ctx.db.initiatives.update('init-1', { title: 'Sửa sau khi sao lưu' });
    const onRestored = vi.fn();
    const { user } = await renderWithDb(ctx.db, <BackupScreen onRestored={onRestored} />);
    await screen.findByText('02/12/2026 08:15', {}, SLOW);

    await user.click(screen.getByLabelText('Khôi phục bản sao lưu lúc 02/12/2026 08:15'));
    const dialog = await dialogWith('Khôi phục bản sao lưu lúc 02/12/2026 08:15?');
    expect(dialog).toHaveTextContent('1 sáng kiến');
    expect(await titles(ctx)).not.toEqual(before);
    await user.click(button('Khôi phục', dialog));

    await waitFor(() => expect(onRestored).toHaveBeenCalled(), SLOW);
    expect(await titles(ctx)).toEqual(before);
    expect(sessionStorage.getItem(RESTORED_NOTICE_KEY)).toMatch(
      /Đã khôi phục bản sao lưu lúc 02\/12\/2026 08:15.*SaoLuu_2026-12-02_0815_truoc-khoi-phuc\.skdb/,
    );
  });

  it('says after the reload that the restore is done and where the previous state is', async () => {
    const ctx = await withBackup();
    // Written by the page before the reload, i.e. before this page started.
    sessionStorage.setItem(
      RESTORED_NOTICE_KEY,
      JSON.stringify({ text: 'Đã khôi phục bản sao lưu lúc 02/12/2026 08:15.', at: 0 }),
    );
    await renderWithDb(ctx.db, <BackupScreen onRestored={() => undefined} />);
    await screen.findByText('Đã khôi phục bản sao lưu lúc 02/12/2026 08:15.', {}, SLOW);
    expect(sessionStorage.getItem(RESTORED_NOTICE_KEY)).toBeNull();
  });

  it('changes nothing when the clerk does not confirm', async () => {
    const ctx = await withBackup();
    await ctx.db.initiatives.update('init-1', { title: 'Sửa sau khi sao lưu' });
    const onRestored = vi.fn();
    const { user } = await renderWithDb(ctx.db, <BackupScreen onRestored={onRestored} />);
    await screen.findByText('02/12/2026 08:15', {}, SLOW);

    await user.click(screen.getByLabelText('Khôi phục bản sao lưu lúc 02/12/2026 08:15'));
    await user.click(button('Không khôi phục', await dialogWith('Toàn bộ dữ liệu hiện tại')));

    // A second action, which the screen only accepts when idle, shows the first one has ended.
    ctx.bridge.nextOpen = null;
    await user.click(button('Khôi phục từ tệp…'));
    await waitFor(
      () => expect(ctx.bridge.calls.filter((c) => c === 'backup:read')).toHaveLength(2),
      SLOW,
    );
    expect(onRestored).not.toHaveBeenCalled();
    expect(await titles(ctx)).toEqual(['Sửa sau khi sao lưu']);
    expect(ctx.bridge.calls.filter((c) => c === 'backup:write:end')).toHaveLength(1);
    // The read the clerk did not confirm was closed in main.
    expect(ctx.bridge.calls).toContain('backup:read:end');
  });

  it('refuses a damaged file in Vietnamese, with no dialog and nothing changed', async () => {
    const ctx = await withBackup();
    await ctx.db.initiatives.update('init-1', { title: 'Sửa sau khi sao lưu' });
    const damaged = join(ctx.bridge.dataDir, 'hong.skdb');
    await writeFile(damaged, 'không phải zip');
    ctx.bridge.nextOpen = damaged;
    const onRestored = vi.fn();
    const { user } = await renderWithDb(ctx.db, <BackupScreen onRestored={onRestored} />);
    await screen.findByText('02/12/2026 08:15', {}, SLOW);

    await user.click(button('Khôi phục từ tệp…'));

    await screen.findByText(/Tệp "hong\.skdb" không phải bản sao lưu.*vẫn giữ nguyên/, {}, SLOW);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onRestored).not.toHaveBeenCalled();
    expect(await titles(ctx)).toEqual(['Sửa sau khi sao lưu']);
  });
});
