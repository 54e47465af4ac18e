// The verifier against real zips: the writer's own bundles, and bad ones made by hand.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleErrorCode } from '../../../main/bundle/bundle-errors';
import { verifyBundle } from '../../../main/bundle/verify-bundle';
import type { BundleLimits } from '../../../main/bundle/verify-bundle';
import { bundleData, manifestHead } from '../../shared/bundle/bundle-fixtures';
import { tempDir } from '../helpers';
import { handZip } from './hand-zip';
import {
  dataJson,
  docxBytes,
  handBundle,
  photo,
  sha256,
  writeSampleBundle,
} from './bundle-helpers';

const MB = 1024 * 1024;

async function refusal(path: string, limits?: BundleLimits) {
  const result = await verifyBundle(path, limits);
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.error;
}

describe('verifyBundle accepts', () => {
  it("the writer's bundle, returning the manifest, the records and every file's bytes", async () => {
    const dir = await tempDir();
    const written = await writeSampleBundle(dir);

    const result = await verifyBundle(written.path);

    if (!result.ok) throw new Error(result.error.message);
    const bundle = result.value;
    expect(bundle.manifest).toEqual(written.manifest);
    expect(bundle.zipBytes).toBe(written.size);
    expect(bundle.data.initiatives.map((i) => i.id)).toEqual(['i-1', 'i-2', 'i-3']);
    expect(bundle.data.initiatives[2]!.content).toBe(''); // redacted on the way out
    expect(bundle.documents.map((d) => d.path)).toEqual([
      'documents/01_To_trinh.docx',
      'documents/02_Bien_ban_hop_Hoi_dong.docx',
    ]);
    expect(Buffer.from(bundle.documents[0]!.bytes)).toEqual(Buffer.from(docxBytes('to trinh')));
    expect(bundle.attachments).toHaveLength(1);
    expect(bundle.attachments[0]!.sha256).toBe(photo().sha256);
    expect(Buffer.from(bundle.attachments[0]!.bytes)).toEqual(Buffer.from(photo().bytes));
  });

  it('a hand-made bundle with a folder entry', async () => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'ok.zip', [dataJson()], {
      extra: [{ name: 'documents/', data: new Uint8Array(0), method: 0 }],
    });
    expect((await verifyBundle(path)).ok).toBe(true);
  });
});

describe('verifyBundle refuses, in Vietnamese, saying what to do', () => {
  it.each([
    ['../x', 'ngoài thư mục'],
    ['documents/../../x', 'ngoài thư mục'],
    ['/etc/passwd', 'tuyệt đối'],
    ['C:/Windows/evil.exe', 'ổ đĩa'],
    ['documents\\..\\evil.docx', 'gạch chéo ngược'],
    ['documents/a\u0000.docx', 'ký tự điều khiển'],
  ])('an entry named %j', async (name, why) => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'bad.zip', [dataJson()], {
      extra: [{ name, data: Buffer.from('x') }],
    });
    const error = await refusal(path);
    expect(error.code).toBe(BundleErrorCode.BAD_ENTRY_NAME);
    expect(error.message).toContain(why);
    expect(error.message).toContain('Hãy đề nghị đơn vị gửi lập và gửi lại hồ sơ');
  });

  it('a zip bomb: a small entry that inflates past the limit', async () => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'bomb.zip', [dataJson()], {
      extra: [{ name: 'attachments/bomb', data: new Uint8Array(40 * MB) }],
    });
    expect((await readFile(path)).length).toBeLessThan(100_000);
    const error = await refusal(path);
    expect(error.code).toBe(BundleErrorCode.TOO_LARGE);
    expect(error.message).toContain('quá lớn');
  });

  it('a zip bomb whose header lies about its size', async () => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'liar.zip', [dataJson()], {
      extra: [{ name: 'attachments/liar', data: new Uint8Array(40 * MB), declaredSize: 100 }],
    });
    const error = await refusal(path);
    expect(error.code).toBe(BundleErrorCode.SIZE_MISMATCH);
    expect(error.message).toContain('attachments/liar');
  });

  it('the total counted on the inflated bytes, when every header is small', async () => {
    const dir = await tempDir();
    const files = [1, 2, 3].map((n) => ({
      path: `attachments/${n}`,
      bytes: new Uint8Array(900).fill(n),
    }));
    const path = await handBundle(dir, 'many.zip', [dataJson(), ...files]);
    const limits = { maxEntries: 100, maxEntryBytes: 50_000, maxTotalBytes: 2_000 + 8_000 };
    expect((await verifyBundle(path, { ...limits, maxTotalBytes: 100_000 })).ok).toBe(true);
    const error = await refusal(path, {
      ...limits,
      maxTotalBytes: 1_500 + dataJson().bytes.length,
    });
    expect(error.code).toBe(BundleErrorCode.TOO_LARGE);
  });

  it('too many entries', async () => {
    const dir = await tempDir();
    const files = Array.from({ length: 20 }, (_, n) => ({
      path: `attachments/${n}`,
      bytes: Buffer.from([n]),
    }));
    const path = await handBundle(dir, 'many.zip', [dataJson(), ...files]);
    const error = await refusal(path, { maxEntries: 10, maxEntryBytes: MB, maxTotalBytes: MB });
    expect(error.code).toBe(BundleErrorCode.TOO_MANY_ENTRIES);
    expect(error.message).toContain('22 tệp');
  });

  it('a truncated zip', async () => {
    const dir = await tempDir();
    const written = await writeSampleBundle(dir);
    const bytes = await readFile(written.path);
    for (const keep of [Math.floor(bytes.length / 2), bytes.length - 10]) {
      const path = join(dir, `cut-${keep}.zip`);
      await writeFile(path, bytes.subarray(0, keep));
      const error = await refusal(path);
      expect(error.code).toBe(BundleErrorCode.DAMAGED);
      expect(error.message).toContain('Hãy tải lại tệp');
    }
  });

  it('a file that is not a zip', async () => {
    const dir = await tempDir();
    const path = join(dir, 'HoSo.zip');
    await writeFile(path, '%PDF-1.7 không phải tệp nén');
    const error = await refusal(path);
    expect(error.code).toBe(BundleErrorCode.NOT_ZIP);
    expect(error.message).toContain('không phải hồ sơ nén .zip');
  });

  it('a file that does not exist', async () => {
    const dir = await tempDir();
    expect((await refusal(join(dir, 'không có.zip'))).code).toBe(BundleErrorCode.UNREADABLE);
  });

  it('data.json changed after the checksums were written', async () => {
    const dir = await tempDir();
    const original = dataJson();
    const data = bundleData();
    data.initiatives[0]!.title = 'Tên đã bị sửa';
    const path = await handBundle(dir, 'changed.zip', [dataJson(data)], {
      manifest: {
        ...manifestHead(),
        files: [{ path: 'data.json', size: original.bytes.length, sha256: sha256(original.bytes) }],
      },
    });
    const error = await refusal(path);
    expect(error.code).toBe(BundleErrorCode.CHECKSUM_MISMATCH);
    expect(error.message).toContain('data.json');
    expect(error.message).toContain('SHA-256');
  });

  it('an unknown format version', async () => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'v2.zip', [dataJson()], {
      manifest: { formatVersion: 2, somethingNew: true },
    });
    const error = await refusal(path);
    expect(error.code).toBe(BundleErrorCode.VERSION_UNKNOWN);
    expect(error.message).toContain('phiên bản 2');
    expect(error.message).toContain('Hãy cài bản Sáng kiến Desk mới nhất');
  });

  it.each([['"1"'], ['0'], ['1.5'], ['null']])(
    'a format version %s that is no newer version, as a broken manifest',
    async (version) => {
      const dir = await tempDir();
      const data = dataJson();
      const files = [
        { path: 'data.json', size: data.bytes.byteLength, sha256: sha256(data.bytes) },
      ];
      const manifest: unknown = {
        ...manifestHead(),
        formatVersion: JSON.parse(version) as unknown,
        files,
      };
      const path = await handBundle(dir, 'v.zip', [data], { manifest });
      const error = await refusal(path);
      expect(error.code).toBe(BundleErrorCode.MANIFEST_INVALID);
      expect(error.message).toContain('formatVersion');
      expect(error.message).not.toContain('Hãy cài bản Sáng kiến Desk mới nhất');
    },
  );

  it('records that break the schema, naming where', async () => {
    const dir = await tempDir();
    const data = bundleData();
    const broken = {
      ...data,
      initiatives: [{ ...data.initiatives[0], status: 'stolen', economicBenefit: -5 }],
    };
    const path = await handBundle(dir, 'schema.zip', [dataJson(broken)]);
    const error = await refusal(path);
    expect(error.code).toBe(BundleErrorCode.DATA_INVALID);
    expect(error.message).toContain('initiatives.0.economicBenefit');
    expect(error.message).toContain('initiatives.0.status');
  });

  it('data.json that is not JSON', async () => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'json.zip', [
      { path: 'data.json', bytes: Buffer.from('{"programme": ') },
    ]);
    expect((await refusal(path)).code).toBe(BundleErrorCode.DATA_INVALID);
  });

  it('a programme in data.json other than the manifest says', async () => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'p.zip', [dataJson()], {
      manifest: {
        ...manifestHead(),
        programme: { id: 'p-other', name: 'Khác' },
        files: [
          { path: 'data.json', size: dataJson().bytes.length, sha256: sha256(dataJson().bytes) },
        ],
      },
    });
    expect((await refusal(path)).message).toContain('chương trình');
  });

  it('no manifest', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plain.zip');
    await writeFile(path, handZip([{ name: 'data.json', data: dataJson().bytes }]));
    expect((await refusal(path)).code).toBe(BundleErrorCode.NO_MANIFEST);
  });

  it('an entry the manifest does not list, and a listed file that is missing', async () => {
    const dir = await tempDir();
    const extra = await handBundle(dir, 'extra.zip', [dataJson()], {
      extra: [{ name: 'documents/extra.docx', data: Buffer.from('x') }],
    });
    const extraError = await refusal(extra);
    expect(extraError.code).toBe(BundleErrorCode.FILES_MISMATCH);
    expect(extraError.message).toContain('documents/extra.docx');

    const missing = await handBundle(dir, 'missing.zip', [dataJson()], {
      manifest: {
        ...manifestHead(),
        files: [
          { path: 'data.json', size: dataJson().bytes.length, sha256: sha256(dataJson().bytes) },
          { path: 'documents/01_To_trinh.docx', size: 1, sha256: '0'.repeat(64) },
        ],
      },
    });
    const missingError = await refusal(missing);
    expect(missingError.code).toBe(BundleErrorCode.FILES_MISMATCH);
    expect(missingError.message).toContain('thiếu tệp "documents/01_To_trinh.docx"');
  });

  it('two entries with the same name', async () => {
    const dir = await tempDir();
    const path = await handBundle(dir, 'dup.zip', [dataJson()], {
      extra: [{ name: 'data.json', data: Buffer.from('{}') }],
    });
    expect((await refusal(path)).code).toBe(BundleErrorCode.BAD_ENTRY_NAME);
  });
});
