// The bad bundles of issue 9, each opened the way "Nhập hồ sơ" opens them (bundle:read through the
// real main-process dispatch, real zips on disk): refused with a Vietnamese message saying what to
// do, and the database untouched. A good bundle through the same path is the control.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDb } from '../../../renderer/src/db/database';
import { previewImport } from '../../../renderer/src/db/bundle-preview';
import { readBundles } from '../../../renderer/src/import/open-bundles';
import { bundleData, manifestHead } from '../../shared/bundle/bundle-fixtures';
import { dataJson, handBundle, sha256, writeSampleBundle } from '../../main/bundle/bundle-helpers';
import { installMainBridge, type MainBridge } from '../backup/main-bridge';
import { setUpDb } from '../helpers';

const MB = 1024 * 1024;
let bridge: MainBridge;
let db: DeskDb;
beforeEach(async () => {
  bridge = await installMainBridge();
  db = (await setUpDb()).db;
});
afterEach(async () => {
  await bridge.dispose();
});

const dump = async (): Promise<Record<string, unknown[]>> =>
  Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, (await t.toArray()) as unknown[]])),
  ) as Record<string, unknown[]>;

/** Opens the bundle as the screen does; the preview only for a bundle main accepted. */
const openAsTheScreen = async (path: string) => {
  const [opened] = await readBundles([path]);
  if (opened?.result.ok) await previewImport(db, opened.result.value);
  return opened!;
};

const expectRefused = async (path: string, code: string, words: RegExp) => {
  const before = await dump();
  const opened = await openAsTheScreen(path);
  expect(opened.result.ok).toBe(false);
  if (opened.result.ok) return;
  expect(opened.result.error.code).toBe(code);
  expect(opened.result.error.message).toMatch(words);
  expect(await dump()).toEqual(before);
};

const ASK_AGAIN = /Hãy đề nghị đơn vị gửi lập và gửi lại hồ sơ/;

describe('a bundle opened for import', () => {
  it('a good one is read and previewed (the control)', async () => {
    const written = await writeSampleBundle(bridge.dataDir);
    const opened = await openAsTheScreen(written.path);
    expect(opened.result.ok && opened.result.value.data.initiatives).toHaveLength(3);
  });

  it('an entry named with ../', async () => {
    const path = await handBundle(bridge.dataDir, 'HoSo_a.zip', [dataJson()], {
      extra: [{ name: '../evil.docx', data: Buffer.from('x') }],
    });
    await expectRefused(path, 'BUNDLE_BAD_ENTRY_NAME', /ngoài thư mục/);
  });

  it('an absolute path', async () => {
    const path = await handBundle(bridge.dataDir, 'HoSo_b.zip', [dataJson()], {
      extra: [{ name: '/etc/cron.d/evil', data: Buffer.from('x') }],
    });
    await expectRefused(path, 'BUNDLE_BAD_ENTRY_NAME', /tuyệt đối/);
  });

  it('a zip bomb: a small entry inflating past the limit', async () => {
    const path = await handBundle(bridge.dataDir, 'HoSo_c.zip', [dataJson()], {
      extra: [{ name: 'attachments/bomb', data: new Uint8Array(40 * MB) }],
    });
    await expectRefused(path, 'BUNDLE_TOO_LARGE', /quá lớn.*bảo vệ máy/);
  });

  it('a truncated zip', async () => {
    const written = await writeSampleBundle(bridge.dataDir);
    const bytes = await readFile(written.path);
    const path = join(bridge.dataDir, 'HoSo_d.zip');
    await writeFile(path, bytes.subarray(0, bytes.length - 100));
    await expectRefused(path, 'BUNDLE_DAMAGED', /bị hỏng hoặc chưa tải về/);
  });

  it('a file that is not a zip', async () => {
    const path = join(bridge.dataDir, 'HoSo_e.zip');
    await writeFile(path, 'Kính gửi Ban Tổ chức, đây là thư, không phải hồ sơ.');
    await expectRefused(path, 'BUNDLE_NOT_ZIP', /không phải hồ sơ nén/);
  });

  it('data.json changed after the checksums were written', async () => {
    const honest = dataJson();
    const data = bundleData();
    data.initiatives[0] = { ...data.initiatives[0]!, economicBenefit: 999_000_000 };
    const path = await handBundle(bridge.dataDir, 'HoSo_f.zip', [dataJson(data)], {
      manifest: {
        ...manifestHead(),
        files: [{ path: 'data.json', size: honest.bytes.byteLength, sha256: sha256(honest.bytes) }],
      },
    });
    await expectRefused(path, 'BUNDLE_CHECKSUM_MISMATCH', /đã bị thay đổi sau khi lập/);
  });

  it('an unknown format version', async () => {
    const data = dataJson();
    const path = await handBundle(bridge.dataDir, 'HoSo_g.zip', [data], {
      manifest: {
        ...manifestHead(),
        formatVersion: 2,
        files: [{ path: 'data.json', size: data.bytes.byteLength, sha256: sha256(data.bytes) }],
      },
    });
    await expectRefused(
      path,
      'BUNDLE_VERSION_UNKNOWN',
      /phiên bản 2.*cài bản Sáng kiến Desk mới nhất/,
    );
  });

  it('records that break the schema', async () => {
    const data = bundleData();
    const broken = { ...data, initiatives: [{ ...data.initiatives[0]!, economicBenefit: -5 }] };
    const path = await handBundle(bridge.dataDir, 'HoSo_h.zip', [dataJson(broken)]);
    await expectRefused(path, 'BUNDLE_DATA_INVALID', ASK_AGAIN);
  });
});
