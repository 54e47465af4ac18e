// "Nhập hồ sơ" against the real main-process handlers over a temp folder: a refused bundle shows
// the verifier's Vietnamese words and writes nothing; a good one asks the clerk to confirm the
// units matched by name, then imports the records and the attachment's bytes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportScreen } from '../../../renderer/src/features/import/ImportScreen';
import { getAttachmentBytes } from '../../../renderer/src/db/attachments';
import { createUnit } from '../../../renderer/src/db/units';
import { dataWithPhoto, photo, writeSampleBundle } from '../../main/bundle/bundle-helpers';
import { SLOW } from '../appraisal/dialogs';
import { installMainBridge, type MainBridge } from '../backup/main-bridge';
import { useNodeBlobs } from '../backup/node-blobs';
import { setUpDb } from '../helpers';
import { button, pickOption, renderWithDb } from '../setup/render-with-db';

useNodeBlobs();

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

describe('ImportScreen', () => {
  it('shows a refused bundle in the verifier’s words and writes nothing', async () => {
    const { db } = await setUpDb();
    bridge = await installMainBridge();
    bridge.nextOpen = join(bridge.dataDir, 'HoSo_thu.zip');
    await writeFile(bridge.nextOpen, 'Kính gửi Ban Tổ chức, đây là thư.');
    const { user } = await renderWithDb(db, <ImportScreen />);

    await user.click(button('Chọn hồ sơ…'));

    await screen.findByText('Hồ sơ "HoSo_thu.zip" không được nhập', {}, SLOW);
    expect(
      screen.getByText(/không phải hồ sơ nén .zip.*Dữ liệu của đơn vị không thay đổi\./),
    ).toBeInTheDocument();
    expect(await db.initiatives.count()).toBe(0);
    expect(bridge.calls).toEqual(['bundle:choose', 'bundle:read']);
  });

  it('asks to confirm units matched by name, then imports records and attachment bytes', async () => {
    const { db, office } = await setUpDb();
    const here = await createUnit(
      db,
      { name: 'Công đoàn cơ sở Công ty Đồng Tiến', kind: 'cdcs', parentId: office.unitId },
      'Bình',
    );
    bridge = await installMainBridge();
    const written = await writeSampleBundle(bridge.dataDir);
    bridge.nextOpen = written.path;
    const { user } = await renderWithDb(db, <ImportScreen />);

    await user.click(button('Chọn hồ sơ…'));
    await screen.findByText('Mới: 3', {}, SLOW);
    await screen.findByText(/Có đơn vị cùng tên "Công đoàn cơ sở Công ty Đồng Tiến": hãy chọn/);
    expect(button('Nhập')).toBeDisabled();

    await pickOption(
      user,
      screen.getByLabelText('Đơn vị gửi là đơn vị nào của văn phòng này'),
      'Công đoàn cơ sở Công ty Đồng Tiến',
    );
    await pickOption(
      user,
      screen.getByLabelText('Nhập vào chương trình'),
      '75 ngàn sáng kiến vượt khó, phát triển',
    );
    await waitFor(() => expect(button('Nhập')).toBeEnabled());
    await user.click(button('Nhập'));

    await screen.findByText(/Đã nhập hồ sơ: 3 sáng kiến mới, 0 cập nhật, 0 không đổi\./, {}, SLOW);
    const stored = await db.initiatives.toArray();
    expect(stored.map((i) => i.unitId)).toEqual([here.id, here.id, here.id]);
    const attachment = photo();
    expect(dataWithPhoto(attachment).initiatives[0]!.attachments[0]!.sha256).toBe(
      attachment.sha256,
    );
    expect(await getAttachmentBytes(db, attachment.sha256)).toEqual(
      new Uint8Array(attachment.bytes),
    );
    expect(bridge.calls).toEqual([
      'bundle:choose',
      'bundle:read',
      'backup:write:begin',
      'backup:write:chunk',
      'backup:write:end',
    ]);
  });
});
