// bundle:write and bundle:read through dispatch (the contract's schemas both ways), real files.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Request, Response } from '@shared/ipc';
import type { Result } from '@shared/result';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import { verifyBundle } from '../../../main/bundle/verify-bundle';
import { fakeDeps, tempDir } from '../helpers';
import { buildDossier } from '@shared/dossier/dossier';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { unzipText } from '../dossier/unzip';
import { dataWithPhoto, photo } from './bundle-helpers';

/** The sample dossier's cover and minutes, as the model the page sends. */
const dossierDocuments = () => {
  const { documents } = buildDossier(sampleDossierInput());
  return [documents[0]!, documents.at(-1)!];
};

async function setup() {
  const root = await tempDir();
  const dataDir = join(root, 'userData');
  const saveDir = join(root, 'USB');
  await mkdir(dataDir);
  await mkdir(saveDir);
  const deps = fakeDeps(dataDir);
  const handlers = createHandlers(deps);
  const call = async <C extends 'bundle:write' | 'bundle:read'>(
    channel: C,
    request: Request<C>,
  ): Promise<Result<Response<C>>> =>
    (await dispatch(handlers, channel, request, deps.log)) as Result<Response<C>>;
  return { root, dataDir, saveDir, deps, handlers, call };
}

const writeRequest = (target: 'outbox' | 'choose'): Request<'bundle:write'> => {
  const attachment = photo();
  return {
    target,
    unit: { id: 'u-1', name: 'Công đoàn cơ sở Công ty Đồng Tiến' },
    programme: { id: 'p-1', name: '75 ngàn sáng kiến vượt khó, phát triển' },
    data: dataWithPhoto(attachment),
    documents: dossierDocuments(),
    attachments: [
      { sha256: attachment.sha256, name: attachment.name, data: new Uint8Array(attachment.bytes) },
    ],
  };
};

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('bundle:write', () => {
  it('writes a verified bundle for the outbox under the data folder, with its mail plan', async () => {
    const { call, dataDir } = await setup();

    const written = valueOf(await call('bundle:write', writeRequest('outbox')))!;

    expect(written.fileName).toMatch(
      /^HoSo_Cong_doan_co_so_Cong_ty_Dong_75_ngan_sang_kien_vuot_kho_phat_\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const inside = relative(dataDir, written.path).split(sep);
    expect(inside[0]).toBe('outbox');
    expect(inside).toHaveLength(3);
    expect(written.mail.kind).toBe('fits');
    const verified = await verifyBundle(written.path);
    if (!verified.ok) throw new Error(verified.error.message);
    expect(verified.value.zipBytes).toBe(written.size);
    expect(verified.value.manifest.appVersion).toBe('1.2.3');
    expect(verified.value.manifest.unit).toEqual({
      id: 'u-1',
      name: 'Công đoàn cơ sở Công ty Đồng Tiến',
    });
  });

  it('saves where the clerk chooses (a USB stick), or nothing when cancelled', async () => {
    const { call, deps, saveDir, handlers } = await setup();

    deps.answer = null;
    expect(valueOf(await call('bundle:write', writeRequest('choose')))).toBeNull();
    expect(await readdir(saveDir)).toEqual([]);

    deps.answer = join(saveDir, 'HoSo_gui_huyen.zip');
    const written = valueOf(await call('bundle:write', writeRequest('choose')))!;

    expect(deps.dialogRequests.at(-1)).toMatchObject({
      suggestedName: expect.stringMatching(/^HoSo_.*\.zip$/) as unknown,
      filters: [{ name: 'Hồ sơ nén', extensions: ['zip'] }],
    });
    expect(written.path).toBe(join(saveDir, 'HoSo_gui_huyen.zip'));
    expect(await readdir(saveDir)).toEqual(['HoSo_gui_huyen.zip']);
    expect(await handlers['folder:reveal']({ path: written.path })).toEqual({
      ok: true,
      value: { shown: true },
    });
  });

  it('refuses records that break the schema before writing anything', async () => {
    const { call, dataDir } = await setup();
    const request = writeRequest('outbox');
    const broken = {
      ...request,
      data: { ...request.data, initiatives: [{ ...request.data.initiatives[0]!, unitId: 'u-x' }] },
    };
    const result = await call('bundle:write', broken);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await readdir(dataDir)).toEqual([]);
  });

  it("emits the documents from the dossier model with the export's emitter", async () => {
    const { call } = await setup();

    const written = valueOf(await call('bundle:write', writeRequest('outbox')))!;

    expect(written.files).toEqual([
      'documents/01_To_trinh_de_nghi_xet_chon_sang_kien.docx',
      'documents/02_Bien_ban_hop_Hoi_dong.docx',
      `attachments/${photo().sha256}_Anh_day_chuyen.jpg`,
    ]);
    const read = valueOf(await call('bundle:read', { path: written.path }));
    const cover = await unzipText(read.documents[0]!.data);
    expect(cover.get('word/document.xml')).toContain('TỜ TRÌNH');
    const minutes = await unzipText(read.documents[1]!.data);
    expect(minutes.get('word/document.xml')).toContain('BIÊN BẢN');
  });

  it("writes only the plan's files into a part, numbered as in the whole bundle", async () => {
    const { call } = await setup();
    const request = {
      ...writeRequest('outbox'),
      part: { index: 1, count: 2 },
      only: ['documents/02_Bien_ban_hop_Hoi_dong.docx'],
    };

    const written = valueOf(await call('bundle:write', request))!;

    expect(written.files).toEqual(['documents/02_Bien_ban_hop_Hoi_dong.docx']);
    const read = valueOf(await call('bundle:read', { path: written.path }));
    expect(read.documents.map((d) => d.path)).toEqual(['documents/02_Bien_ban_hop_Hoi_dong.docx']);
    expect(read.attachments).toEqual([]);
    expect(read.data.initiatives.map((i) => i.id)).toEqual(['i-1', 'i-2', 'i-3']);
  });

  it('refuses a choice of files outside a split bundle', async () => {
    const { call, dataDir } = await setup();
    const result = await call('bundle:write', { ...writeRequest('outbox'), only: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('writes one numbered part of a split bundle, named and marked as such', async () => {
    const { call } = await setup();
    const request = { ...writeRequest('outbox'), part: { index: 2, count: 3 } };

    const written = valueOf(await call('bundle:write', request))!;

    expect(written.fileName).toMatch(/_phan2-3\.zip$/);
    const read = valueOf(await call('bundle:read', { path: written.path }));
    expect(read.manifest.part).toEqual({ index: 2, count: 3 });
  });
});

describe('bundle:read', () => {
  it('returns the verified manifest, records and bytes', async () => {
    const { call } = await setup();
    const written = valueOf(await call('bundle:write', writeRequest('outbox')))!;

    const read = valueOf(await call('bundle:read', { path: written.path }));

    expect(read.data.initiatives.map((i) => i.id)).toEqual(['i-1', 'i-2', 'i-3']);
    expect(read.documents.map((d) => d.path)).toEqual([
      'documents/01_To_trinh_de_nghi_xet_chon_sang_kien.docx',
      'documents/02_Bien_ban_hop_Hoi_dong.docx',
    ]);
    expect(Buffer.from(read.attachments[0]!.data)).toEqual(Buffer.from(photo().bytes));
    expect(read.zipBytes).toBe(written.size);
  });

  it('passes the verifier refusal on, in Vietnamese', async () => {
    const { call, root } = await setup();
    const fake = join(root, 'HoSo.zip');
    await writeFile(fake, 'không phải zip');

    expect(await call('bundle:read', { path: fake })).toMatchObject({
      ok: false,
      error: { code: 'BUNDLE_NOT_ZIP' },
    });
    expect(await call('bundle:read', { path: join(root, 'secrets.json') })).toMatchObject({
      ok: false,
      error: { code: 'BUNDLE_NOT_ZIP' },
    });
  });

  it('reads a network share or a device path only when the clerk picked it in the dialog', async () => {
    const { call, dataDir, deps, handlers } = await setup();
    const written = valueOf(await call('bundle:write', writeRequest('outbox')))!;
    // Opening \\server\share reaches another machine (and signs in to it) although the page
    // must not reach the network; '..' is never in a path a dialog or a drop gives.
    const crafted = [
      '\\\\may-chu\\chia-se\\HoSo.zip',
      '//may-chu/chia-se/HoSo.zip',
      '\\\\?\\C:\\HoSo.zip',
      [dataDir, 'outbox', '..', relative(dataDir, written.path)].join(sep),
    ];
    for (const path of crafted) {
      const read = await call('bundle:read', { path });
      expect(read, path).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
      if (!read.ok) expect(read.error.message).toContain('Chọn hồ sơ');
    }

    deps.openAnswer = '//may-chu/chia-se/HoSo.zip';
    expect(await dispatch(handlers, 'bundle:choose', {}, deps.log)).toMatchObject({ ok: true });
    // Picked by the clerk: main goes to the share (here there is none: the verifier says so).
    const picked = await call('bundle:read', { path: '//may-chu/chia-se/HoSo.zip' });
    expect(picked.ok).toBe(false);
    if (!picked.ok) expect(picked.error.code).not.toBe('PATH_REFUSED');
  });
});
