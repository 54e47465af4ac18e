// The bundle panel of the dossier screen: its states from the mail-size plan (fits / split / too
// big / no email settings), then the whole panel over a real IndexedDB and the real main
// handlers: built with an attachment, saved to a folder and verified, queued for email once.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planMail } from '@shared/bundle/mail-size';
import { buildDossier } from '@shared/dossier/dossier';
import { sampleBundleSource } from '@shared/sample/sample-bundle';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { verifyBundle } from '../../../main/bundle/verify-bundle';
import {
  BundleOutcome,
  type BundleOutcomeProps,
} from '../../../renderer/src/features/dossier/BundleOutcome';
import { BundlePanel } from '../../../renderer/src/features/dossier/BundlePanel';
import type { BundleJob } from '../../../renderer/src/features/dossier/bundle-build';
import { listOutbox } from '../../../renderer/src/mail/outbox-store';
import { invoke } from '../../../renderer/src/desk';
import { sha256 } from '../../main/bundle/bundle-helpers';
import { localSettings, PASSWORD } from '../../main/mail/smtp-fixtures';
import type { MainBridge } from '../backup/main-bridge';
import { useNodeBlobs } from '../backup/node-blobs';
import { setUpDb } from '../helpers';
import { installMailBridge } from '../mail/mail-bridge';
import { button, renderWithDb } from '../setup/render-with-db';

useNodeBlobs();

const MB = 1024 * 1024;
/** A ceiling for waits on main's writing (15 Word files emitted), on a loaded machine. */
const SLOW = 15_000;
const sha = 'f'.repeat(64);

const outcome = (over: Partial<BundleOutcomeProps> = {}): BundleOutcomeProps => ({
  built: {
    fileName: 'HoSo_CDCS_75_ngan_sang_kien_2021-04-15.zip',
    size: 4.2 * MB,
    files: ['documents/01_To_trinh.docx', `attachments/${sha}_Anh.jpg`],
    mail: planMail({ files: [{ path: 'a', size: 4 * MB }], commonBytes: 1000 }),
    initiatives: 3,
  },
  mailReady: true,
  defaultTo: 'bantochuc@example.vn',
  saving: false,
  savedPath: null,
  sending: false,
  queued: null,
  onSave: vi.fn(),
  onReveal: vi.fn(),
  onSend: vi.fn(),
  ...over,
});

describe('BundleOutcome', () => {
  it("fits: size, counts, the programme's address prefilled and checked before sending", async () => {
    const props = outcome();
    const user = userEvent.setup();
    render(<BundleOutcome {...props} />);

    expect(
      screen.getByText('Đã đóng gói: HoSo_CDCS_75_ngan_sang_kien_2021-04-15.zip'),
    ).toBeTruthy();
    expect(screen.getByText('4,2 MB')).toBeTruthy();
    expect(screen.getByText('2 tệp (1 văn bản, 1 tệp đính kèm)')).toBeTruthy();
    expect(screen.getByText(/^Gửi được trong một thư/)).toBeTruthy();
    const to = screen.getByLabelText('Gửi tới');
    expect((to as HTMLInputElement).value).toBe('bantochuc@example.vn');

    await user.clear(to);
    await user.type(to, 'bantochuc@');
    await user.click(button('Gửi qua email'));
    expect(screen.getByRole('alert').textContent).toContain('Email người nhận không hợp lệ');
    expect(props.onSend).not.toHaveBeenCalled();

    await user.type(to, 'ldld.vn');
    await user.click(button('Gửi qua email'));
    expect(props.onSend).toHaveBeenCalledWith('bantochuc@ldld.vn');
    await user.click(button('Lưu ra thư mục'));
    expect(props.onSave).toHaveBeenCalledOnce();
  });

  it('split: says it is over 25 MB and offers N numbered emails or the folder', () => {
    const files = [1, 2, 3].map((n) => ({ path: `attachments/${sha}_anh${n}.jpg`, size: 10 * MB }));
    const props = outcome();
    render(
      <BundleOutcome
        {...props}
        built={{ ...props.built, mail: planMail({ files, commonBytes: 1000 }) }}
      />,
    );

    expect(screen.getByText(/quá 25 MB sau khi mã hoá/)).toBeTruthy();
    expect(button('Chia thành 3 thư')).toBeTruthy();
    expect(button('Lưu ra thư mục')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi qua email' })).toBeNull();
  });

  it('too big: only the folder, with the file that cannot go by email', () => {
    const files = [{ path: `attachments/${sha}_Video.mp4`, size: 19 * MB }];
    const props = outcome();
    render(
      <BundleOutcome
        {...props}
        built={{ ...props.built, mail: planMail({ files, commonBytes: 1000 }) }}
      />,
    );

    expect(screen.getByText(/tệp Video\.mp4 \(19 MB\) một mình đã quá 25 MB/)).toBeTruthy();
    expect(button('Lưu ra thư mục')).toBeTruthy();
    expect(screen.queryByLabelText('Gửi tới')).toBeNull();
    expect(screen.queryByRole('button', { name: /Gửi qua email|Chia thành/ })).toBeNull();
  });

  it('no email settings: says so and leads to "Thiết lập email"', () => {
    render(<BundleOutcome {...outcome({ mailReady: false })} />);

    expect(screen.getByText(/^Chưa thiết lập email nên chưa gửi được/)).toBeTruthy();
    expect(button('Thiết lập email')).toBeTruthy();
    expect(screen.queryByLabelText('Gửi tới')).toBeNull();
  });

  it('saved and queued: the path with "Mở thư mục", and the way to the outbox', async () => {
    const props = outcome({
      savedPath: '/media/usb/HoSo.zip',
      queued: { count: 2, to: 'bantochuc@example.vn' },
    });
    const user = userEvent.setup();
    render(<BundleOutcome {...props} />);

    expect(screen.getByText('Đã lưu hồ sơ vào /media/usb/HoSo.zip')).toBeTruthy();
    await user.click(button('Mở thư mục'));
    expect(props.onReveal).toHaveBeenCalledWith('/media/usb/HoSo.zip');
    expect(
      screen.getByText(/^Đã đưa vào hộp thư đi: 2 thư đánh số gửi bantochuc@example\.vn/),
    ).toBeTruthy();
    expect(button('Mở Hộp thư đi')).toBeTruthy();
  });
});

describe('BundlePanel', { timeout: 60_000 }, () => {
  let bridge: MainBridge | undefined;
  afterEach(async () => {
    await bridge?.dispose();
    bridge = undefined;
  });

  /** The sample's proposal, one initiative carrying a photo whose bytes are in IndexedDB. */
  async function setUp() {
    const ctx = await setUpDb();
    bridge = await installMailBridge();
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) & 0xff);
    const photo = {
      sha256: sha256(bytes),
      name: 'Ảnh máy ép.jpg',
      type: 'image/jpeg',
      size: bytes.byteLength,
    };
    await ctx.db.attachments.put({
      sha256: photo.sha256,
      blob: new Blob([bytes]),
      size: photo.size,
      type: photo.type,
      createdAt: new Date().toISOString(),
    });
    const source = sampleBundleSource();
    const withPhoto = source.initiatives.map((i) =>
      i.confidential ? i : { ...i, attachments: [photo] },
    );
    const job: BundleJob = {
      source: { ...source, initiatives: withPhoto },
      documents: buildDossier(sampleDossierInput()).documents,
    };
    return { ...ctx, job, photo, bridge };
  }

  it('builds with progress, saves to a folder the verifier accepts, and leads to the email settings', async () => {
    const { db, job, photo, bridge } = await setUp();
    // main's writing held until the test has seen the progress the clerk sees meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const desk = window.desk!;
    const write = desk['bundle:write'];
    desk['bundle:write'] = async (request) => {
      await held;
      return write(request);
    };
    const { user } = await renderWithDb(db, <BundlePanel job={job} />);

    await user.click(button('Đóng gói hồ sơ'));
    await screen.findByText(
      'Đang tạo tệp nén: văn bản Word và 293 KB tệp đính kèm…',
      {},
      { timeout: SLOW },
    );
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Đang đóng gói/ }));
    release();
    await screen.findByText(
      /^Đã đóng gói: HoSo_Lien_doan_Lao_dong_huyen_Trang_.*\.zip$/,
      {},
      { timeout: SLOW },
    );
    expect(screen.getByText('4')).toBeTruthy(); // initiatives
    expect(screen.getByText('16 tệp (15 văn bản, 1 tệp đính kèm)')).toBeTruthy();
    expect(screen.getByText(/^Gửi được trong một thư/)).toBeTruthy();
    await screen.findByText(/^Chưa thiết lập email/, {}, { timeout: SLOW });

    bridge.nextSave = join(bridge.dataDir, 'HoSo_gui_huyen.zip');
    await user.click(button('Lưu ra thư mục'));
    await screen.findByText(`Đã lưu hồ sơ vào ${bridge.nextSave}`, {}, { timeout: SLOW });
    const verified = await verifyBundle(bridge.nextSave);
    if (!verified.ok) throw new Error(verified.error.message);
    expect(verified.value.attachments.map((a) => a.sha256)).toEqual([photo.sha256]);
    expect(verified.value.data.initiatives.map((i) => i.id)).toEqual(
      job.source.initiatives.map((i) => i.id),
    );
    await user.click(button('Mở thư mục'));
    expect(bridge.calls).toContain('folder:reveal');
    expect(screen.queryByRole('alert')).toBeNull();
    // The click during the build started no second one: one write to build, one to save.
    expect(bridge.calls.filter((c) => c === 'bundle:write')).toHaveLength(2);
  });

  it('queues the email once however often the clerk clicks', async () => {
    const { db, job, bridge } = await setUp();
    const saved = await invoke('mail:settings:set', {
      settings: localSettings(2525),
      password: PASSWORD,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const { user } = await renderWithDb(db, <BundlePanel job={job} />);

    await user.click(button('Đóng gói hồ sơ'));
    const to = await screen.findByLabelText('Gửi tới', {}, { timeout: SLOW });
    expect((to as HTMLInputElement).value).toBe(job.source.programme.recipientEmail);
    await user.clear(to);
    await user.type(to, 'ldld.tinh@example.vn');
    const send = button('Gửi qua email');
    await Promise.all([user.click(send), user.click(send)]);
    await screen.findByText(
      /^Đã đưa vào hộp thư đi: một thư gửi ldld\.tinh@example\.vn/,
      {},
      { timeout: SLOW },
    );

    const entries = await listOutbox(db);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.to).toBe('ldld.tinh@example.vn');
    expect(entries[0]!.subject).toContain('Liên đoàn Lao động huyện Trảng Bom');
    expect(entries[0]!.body).toContain('- 01_To_trinh_de_nghi_xet_chon_sang_kien.docx');
    expect(entries[0]!.bundlePath.startsWith(join(bridge.dataDir, 'outbox'))).toBe(true);
    expect(screen.queryByRole('button', { name: 'Gửi qua email' })).toBeNull();
    await waitFor(async () =>
      expect(await readdir(join(bridge.dataDir, 'outbox'))).toHaveLength(1),
    );
  });

  it('split: writes every numbered part, then queues one email each', async () => {
    const { db, job, bridge } = await setUp();
    const saved = await invoke('mail:settings:set', {
      settings: localSettings(2525),
      password: PASSWORD,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    // main's plan for a small mail limit, so the sample splits without 25 MB of photos.
    const desk = window.desk!;
    const write = desk['bundle:write'];
    desk['bundle:write'] = async (request) => {
      const result = await write(request);
      if (!result.ok || !result.value || request.part) return result;
      const sizes = result.value.files.map((path) => ({
        path,
        size: path.startsWith('attachments/') ? 300_000 : 30_000,
      }));
      const mail = planMail({ files: sizes, commonBytes: 50_000, limit: 600_000 });
      return { ok: true, value: { ...result.value, mail } };
    };
    const { user } = await renderWithDb(db, <BundlePanel job={job} />);

    await user.click(button('Đóng gói hồ sơ'));
    const split = await screen.findByRole(
      'button',
      { name: /^Chia thành \d+ thư$/ },
      { timeout: SLOW },
    );
    const count = Number(/\d+/.exec(split.textContent ?? '')![0]);
    expect(count).toBeGreaterThanOrEqual(2);
    await user.click(split);
    await screen.findByText(
      new RegExp(`^Đã đưa vào hộp thư đi: ${count} thư đánh số gửi bancsktxh@gmail\\.com`),
      {},
      { timeout: SLOW },
    );

    const entries = await listOutbox(db);
    expect(entries).toHaveLength(count);
    const subjects = entries.map((e) => /\(thư (\d+)\/(\d+)\)$/.exec(e.subject)?.slice(1));
    expect(subjects.map((m) => m?.[0]).sort()).toEqual(
      Array.from({ length: count }, (_, n) => String(n + 1)).sort(),
    );
    for (const entry of entries) {
      const verified = await verifyBundle(entry.bundlePath);
      if (!verified.ok) throw new Error(verified.error.message);
      expect(verified.value.manifest.part?.count).toBe(count);
    }
    // The whole bundle, then one write per part.
    expect(bridge.calls.filter((c) => c === 'bundle:write')).toHaveLength(1 + count);
  });
});
