// The steps behind the bundle panel over a real IndexedDB and the real main handlers: a bundle too
// big for one email is written as numbered parts that together carry every file once, each a
// bundle of its own that the verifier accepts, and one email is queued per part.
import { afterEach, describe, expect, it } from 'vitest';
import { planMail } from '@shared/bundle/mail-size';
import { buildDossier } from '@shared/dossier/dossier';
import { sampleBundleSource } from '@shared/sample/sample-bundle';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { verifyBundle } from '../../../main/bundle/verify-bundle';
import {
  queueBundles,
  readBundleAttachments,
  writePart,
  writeWholeBundle,
  type BuildProgress,
  type BundleJob,
  type Written,
} from '../../../renderer/src/features/dossier/bundle-build';
import { listOutbox } from '../../../renderer/src/mail/outbox-store';
import { sha256 } from '../../main/bundle/bundle-helpers';
import type { MainBridge } from '../backup/main-bridge';
import { useNodeBlobs } from '../backup/node-blobs';
import { setUpDb } from '../helpers';
import { installMailBridge } from '../mail/mail-bridge';

useNodeBlobs();

let bridge: MainBridge | undefined;
afterEach(async () => {
  await bridge?.dispose();
  bridge = undefined;
});

const valueOf = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

async function setUp(photoCount: number) {
  const ctx = await setUpDb();
  bridge = await installMailBridge();
  const photos: { sha256: string; name: string; type: string; size: number }[] = [];
  for (let n = 0; n < photoCount; n++) {
    const bytes = new Uint8Array(100_000 + n).map((_, i) => (i * (n + 3)) & 0xff);
    const photo = {
      sha256: sha256(bytes),
      name: `Ảnh ${n + 1}.jpg`,
      type: 'image/jpeg',
      size: bytes.byteLength,
    };
    await ctx.db.attachments.put({
      ...photo,
      blob: new Blob([bytes]),
      createdAt: new Date().toISOString(),
    });
    photos.push(photo);
  }
  const source = sampleBundleSource();
  const job: BundleJob = {
    source: {
      ...source,
      initiatives: source.initiatives.map((i, n) => (n === 0 ? { ...i, attachments: photos } : i)),
    },
    documents: buildDossier(sampleDossierInput()).documents,
  };
  return { ...ctx, job, photos };
}

describe('bundle steps', { timeout: 60_000 }, () => {
  it('reads every attachment with progress, and names one whose bytes are gone', async () => {
    const { db, job, photos } = await setUp(2);
    const seen: BuildProgress[] = [];

    const read = valueOf(await readBundleAttachments(db, job, (p) => seen.push(p)));

    expect(read.map((a) => a.sha256)).toEqual(photos.map((p) => p.sha256));
    expect(seen.map((p) => (p.stage === 'reading' ? p.done : -1))).toEqual([0, 1, 2]);
    expect(seen.at(-1)).toMatchObject({ bytes: 200_001, totalBytes: 200_001 });

    await db.attachments.delete(photos[1]!.sha256);
    const missing = await readBundleAttachments(db, job, () => undefined);
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'BUNDLE_ATTACHMENT_MISSING',
        message: expect.stringContaining('"Ảnh 2.jpg"') as unknown,
      },
    });
  });

  it('writes numbered parts that together carry every file once, and queues one email each', async () => {
    const { db, job } = await setUp(3);
    const attachments = valueOf(await readBundleAttachments(db, job, () => undefined));
    const whole = valueOf(await writeWholeBundle(job, attachments, 'outbox'))!;
    const verifiedWhole = await verifyBundle(whole.path);
    if (!verifiedWhole.ok) throw new Error(verifiedWhole.error.message);
    const sizes = verifiedWhole.value.manifest.files.filter((f) => f.path !== 'data.json');
    // A limit small enough that the three photos need parts of their own.
    const plan = planMail({
      files: sizes.map((f) => ({ path: f.path, size: f.size })),
      commonBytes: 50_000,
      limit: 400_000,
    });
    if (plan.kind !== 'split') throw new Error(`expected a split, got ${plan.kind}`);
    expect(plan.parts.length).toBeGreaterThanOrEqual(3);

    const parts: Written[] = [];
    for (const part of plan.parts)
      parts.push(valueOf(await writePart(job, attachments, part, plan.parts.length))!);

    const carried: string[] = [];
    for (const [n, written] of parts.entries()) {
      expect(written.fileName).toMatch(new RegExp(`_phan${n + 1}-${plan.parts.length}\\.zip$`));
      expect(written.files).toEqual(plan.parts[n]!.files.map((f) => f.path));
      const verified = await verifyBundle(written.path);
      if (!verified.ok) throw new Error(verified.error.message);
      expect(verified.value.manifest.part).toEqual({ index: n + 1, count: plan.parts.length });
      expect(verified.value.data.initiatives).toHaveLength(4);
      carried.push(...written.files);
    }
    expect([...carried].sort()).toEqual([...whole.files].sort());

    const count = await queueBundles(db, job, { to: 'ldld.tinh@example.vn', bundles: parts });
    expect(count).toBe(parts.length);
    const entries = (await listOutbox(db)).sort((a, b) => a.subject.localeCompare(b.subject));
    expect(entries.map((e) => e.bundlePath).sort()).toEqual(parts.map((p) => p.path).sort());
    expect(entries.every((e) => e.to === 'ldld.tinh@example.vn')).toBe(true);
    expect(entries[0]!.subject).toMatch(new RegExp(`\\(thư 1/${parts.length}\\)$`));
  });
});
