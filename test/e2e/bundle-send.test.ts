// The dossier's bundle end to end (issue 9): production build, real Chromium, real IndexedDB, the
// real main handlers and a REAL SMTP server on 127.0.0.1. The built-in sample is seeded with its
// four recognised initiatives proposed and a photo attached to one of them; on "Hồ sơ đề xuất" the
// clerk builds the bundle and sees its size, saves it to a folder (the zip is opened with yauzl:
// manifest, data.json's initiative ids, a document's text), then sends it by email: the message
// arrives with the bundle attached, byte for byte.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFileSize } from '@shared/bundle/file-size';
import { manifestSchema } from '@shared/bundle/manifest';
import type { Initiative } from '@shared/model/initiative';
import {
  SAMPLE_COUNCIL,
  SAMPLE_INITIATIVES,
  SAMPLE_OFFICE,
  SAMPLE_PROGRAMME,
  SAMPLE_SESSION,
  SAMPLE_SETTINGS,
  SAMPLE_SHEETS,
  SAMPLE_UNITS,
} from '@shared/sample/sample-data';
import { SAMPLE_NUMBERS } from '@shared/sample/sample-dossier';
import { readZip } from '../main/bundle/bundle-helpers';
import { paragraphs, unzipText } from '../main/dossier/unzip';
import { localSettings, PASSWORD, startSmtp, type TestSmtp } from '../main/mail/smtp-fixtures';
import { heading } from './appraisal-flow-steps';
import { startApp, type App } from './harness';

let app: App | undefined;
let smtp: TestSmtp | undefined;
afterEach(async () => {
  await app?.close();
  await smtp?.close();
  app = smtp = undefined;
});

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

const PHOTO_BYTES = Array.from({ length: 200_000 }, (_, i) => (i * 131) & 0xff);
const PHOTO = {
  sha256: sha256(Uint8Array.from(PHOTO_BYTES)),
  name: 'Ảnh máy ép đế.jpg',
  type: 'image/jpeg',
  size: PHOTO_BYTES.length,
};
/** The four the council recognised, proposed; the photo on the first. */
const PROPOSED = ['sample-i-1', 'sample-i-2', 'sample-i-3', 'sample-i-4'];
const initiatives: Initiative[] = SAMPLE_INITIATIVES.map((i) =>
  PROPOSED.includes(i.id)
    ? {
        ...i,
        status: 'proposed',
        attachments: i.id === 'sample-i-1' ? [PHOTO] : i.attachments,
      }
    : i,
);

/** Writes the sample into the app's database as the app's repositories store it, then reloads. */
const seedSample = async (a: App): Promise<void> => {
  await a.waitForText('Thiết lập ban đầu');
  const stores: Record<string, unknown[]> = {
    settings: [
      { key: 'office', value: SAMPLE_OFFICE },
      { key: 'activeProgrammeId', value: SAMPLE_PROGRAMME.id },
      { key: `dossierNumbers:${SAMPLE_PROGRAMME.id}`, value: SAMPLE_NUMBERS },
    ],
    programmes: [SAMPLE_PROGRAMME],
    units: SAMPLE_UNITS,
    initiatives,
    appraisalSettings: [SAMPLE_SETTINGS],
    councils: [SAMPLE_COUNCIL],
    sessions: [SAMPLE_SESSION],
    scoreSheets: SAMPLE_SHEETS,
  };
  await a.page.evaluate(
    async ({ stores, photo, bytes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('sang-kien-desk'); // current version: no upgrade
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      const tx = db.transaction([...Object.keys(stores), 'attachments'], 'readwrite');
      for (const [name, records] of Object.entries(stores))
        for (const r of records) tx.objectStore(name).put(r);
      tx.objectStore('attachments').put({
        sha256: photo.sha256,
        blob: new Blob([Uint8Array.from(bytes)], { type: photo.type }),
        size: photo.size,
        type: photo.type,
        createdAt: new Date().toISOString(),
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
      });
      db.close();
    },
    { stores, photo: PHOTO, bytes: PHOTO_BYTES },
  );
  await a.page.reload({ waitUntil: 'load' });
};

interface WriteResult {
  path: string;
  fileName: string;
  size: number;
  files: string[];
}

const writes = (a: App): WriteResult[] =>
  a.ipcCalls
    .filter((c) => c.channel === 'bundle:write' && c.result.ok)
    .map((c) => (c.result as { ok: true; value: WriteResult }).value);

describe('the dossier bundle, saved and sent', () => {
  it('builds the bundle, shows its size, saves it to a folder and sends it by email', async () => {
    smtp = await startSmtp();
    app = await startApp();
    await seedSample(app);
    const page = app.page;
    const saved = await app.invoke('mail:settings:set', {
      settings: localSettings(smtp.port),
      password: PASSWORD,
    });
    if (!saved.ok) throw new Error(saved.error.message);

    await app.goto('/#/dossier');
    await heading(app, 'Hồ sơ đề xuất').waitFor();
    await app.clickButton('Đóng gói hồ sơ');
    const built = page.getByText(/^Đã đóng gói: HoSo_.*\.zip$/);
    await built.waitFor();
    const [outboxBundle] = writes(app);
    if (!outboxBundle) throw new Error('no bundle written');
    expect(await built.innerText()).toBe(`Đã đóng gói: ${outboxBundle.fileName}`);
    expect(outboxBundle.fileName).toMatch(
      /^HoSo_Lien_doan_Lao_dong_huyen_Trang_75_ngan_sang_kien_vuot_kho_phat_\d{4}-\d{2}-\d{2}\.zip$/,
    );
    await page.getByText(formatFileSize(outboxBundle.size), { exact: true }).waitFor();
    await page.getByText('16 tệp (15 văn bản, 1 tệp đính kèm)').waitFor();
    await page.getByText(/^Gửi được trong một thư/).waitFor();
    await app.screenshot('bundle-built');

    // Saved to a folder (the USB stick): the zip read back with yauzl directly.
    await app.clickButton('Lưu ra thư mục');
    const savedNote = page.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ vào' });
    await savedNote.waitFor();
    const savedBundle = writes(app)[1]!;
    expect(savedBundle.path.startsWith(app.tempDir)).toBe(true);
    expect(await savedNote.innerText()).toContain(savedBundle.path);
    const entries = await readZip(readFileSync(savedBundle.path));
    const manifest = manifestSchema.parse(JSON.parse(entries.get('manifest.json')!.toString()));
    expect(manifest.unit).toEqual({ id: SAMPLE_OFFICE.unitId, name: SAMPLE_OFFICE.unitName });
    expect(manifest.programme.id).toBe(SAMPLE_PROGRAMME.id);
    expect(manifest.files.map((f) => f.path)).toEqual([...entries.keys()].slice(0, -1));
    for (const f of manifest.files) expect(sha256(entries.get(f.path)!)).toBe(f.sha256);
    const data = JSON.parse(entries.get('data.json')!.toString()) as {
      initiatives: { id: string }[];
    };
    expect(data.initiatives.map((i) => i.id).sort()).toEqual(PROPOSED);
    const photoEntry = [...entries.keys()].find((k) =>
      k.startsWith(`attachments/${PHOTO.sha256}_`),
    );
    expect(sha256(entries.get(photoEntry!)!)).toBe(PHOTO.sha256);
    const coverXml = (await unzipText(entries.get(savedBundle.files[0]!)!)).get(
      'word/document.xml',
    )!;
    const cover = paragraphs(coverXml).map((p) => p.text);
    expect(cover).toContain(`Số: ${SAMPLE_NUMBERS.cover}`);
    await app.clickButton('Mở thư mục');
    await expect.poll(() => app?.shellCalls ?? []).toContain(savedBundle.path);

    // Sent by email to the programme's address, prefilled.
    expect(await page.getByLabel('Gửi tới').inputValue()).toBe(SAMPLE_PROGRAMME.recipientEmail);
    await app.clickButton('Gửi qua email');
    await page.getByRole('status').filter({ hasText: 'Đã đưa vào hộp thư đi' }).waitFor();
    await app.clickButton('Mở Hộp thư đi');
    await heading(app, 'Hộp thư đi').waitFor();
    await page.locator('.ant-table-row').filter({ hasText: 'Đã gửi' }).waitFor();

    expect(smtp.received).toHaveLength(1);
    expect(smtp.recipients[0]).toEqual([SAMPLE_PROGRAMME.recipientEmail]);
    const mail = smtp.received[0]!;
    expect(mail.subject).toContain(SAMPLE_OFFICE.unitName);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.filename).toBe(outboxBundle.fileName);
    expect(sha256(mail.attachments[0]!.content)).toBe(sha256(readFileSync(outboxBundle.path)));
  });
});
