// The shell of the app end to end: the production build loads in Chromium with real IndexedDB,
// and `window.desk` reaches the real main-process dispatch, schemas and handlers.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc';
import { startApp, type App } from './harness';

let app: App | undefined;

afterEach(async () => {
  // close() fails the test when the page threw an uncaught error.
  await app?.close();
  app = undefined;
});

describe('app shell', () => {
  it('loads the production build with its title and a real IndexedDB', async () => {
    app = await startApp();
    expect(await app.page.title()).toBe('Sáng kiến Desk');
    // The app opens its database at start; the page sees a real (non-fake) IndexedDB.
    await expect
      .poll(
        () => app!.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
        {
          timeout: 10_000,
        },
      )
      .toContain('sang-kien-desk');
    await app.screenshot('app-shell-start');
  });

  it('answers app:info through window.desk with the handler data', async () => {
    app = await startApp();
    const info = await app.invoke('app:info', {});
    expect(info).toEqual({
      ok: true,
      value: {
        name: 'Sáng kiến Desk',
        version: '0.0.0-e2e',
        platform: process.platform,
        dataDir: app.dataDir,
      },
    });
    // window.desk holds the contract's channels and nothing else, and the page cannot replace it.
    const shape = await app.page.evaluate(() => {
      const w = window as unknown as { desk: object };
      const before = w.desk;
      try {
        w.desk = {};
      } catch {
        // strict-mode pages throw here; either way it must not change
      }
      return {
        keys: Object.keys(w.desk).sort(),
        frozen: Object.isFrozen(w.desk),
        same: w.desk === before,
      };
    });
    expect(shape).toEqual({
      // The channels, and the one main→page event (shared/ipc.ts, DeskEvents).
      keys: [...CHANNELS, 'onFlushRequest', 'pathForFile'].sort(),
      frozen: true,
      same: true,
    });
  });

  it('refuses malformed payloads with BAD_REQUEST and writes nothing', async () => {
    app = await startApp();
    const traversal = await app.invoke('file:save', {
      suggestedName: '../x',
      data: new Uint8Array([1]),
      kind: 'docx',
    });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(traversal.ok ? '' : traversal.error.message).toMatch(/Tên tệp không hợp lệ/);

    // Not a Uint8Array, and an extra key: both are the contract's to refuse.
    const wrongData = await app.page.evaluate(() =>
      (window as unknown as { desk: Record<string, (r: unknown) => Promise<unknown>> }).desk[
        'file:save'
      ]!({
        suggestedName: 'a.txt',
        data: [1, 2, 3],
      }),
    );
    expect(wrongData).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const extraKey = await app.page.evaluate(() =>
      (window as unknown as { desk: Record<string, (r: unknown) => Promise<unknown>> }).desk[
        'app:info'
      ]!({
        evil: true,
      }),
    );
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(app.savedFiles).toHaveLength(0);
  });

  it('refuses an unknown channel reached around window.desk', async () => {
    app = await startApp();
    const result = await app.page.evaluate(() =>
      (
        window as unknown as { __deskInvoke: (c: string, p: unknown) => Promise<unknown> }
      ).__deskInvoke('shell:exec', { cmd: 'rm -rf /' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses calls from a subframe, as main refuses foreign senders', async () => {
    app = await startApp();
    const result = await app.page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.src = '/';
      const loaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      document.body.appendChild(frame);
      await loaded;
      const desk = (
        frame.contentWindow as unknown as { desk: Record<string, (r: unknown) => Promise<unknown>> }
      ).desk;
      return desk['app:info']!({});
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('saves the exact bytes through file:save and reveals only what it wrote', async () => {
    app = await startApp();
    const result = await app.page.evaluate(async () => {
      // Every byte value, then 1 MiB of pseudo-random bytes: typed arrays must cross intact.
      const data = new Uint8Array(256 + 1024 * 1024);
      for (let i = 0; i < 256; i++) data[i] = i;
      let x = 2463534242;
      for (let i = 256; i < data.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        data[i] = x & 0xff;
      }
      const desk = (window as unknown as { desk: Record<string, (r: unknown) => Promise<unknown>> })
        .desk;
      const saved = await desk['file:save']!({
        suggestedName: 'Danh sách sáng kiến.docx',
        data,
        kind: 'docx',
      });
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
      return { saved, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
    });
    expect(result.saved).toMatchObject({ ok: true });
    const path = (result.saved as { value: { path: string } }).value.path;
    expect(typeof path).toBe('string');
    expect(dirname(path).startsWith(app.tempDir)).toBe(true);
    const onDisk = readFileSync(path);
    expect(onDisk.byteLength).toBe(256 + 1024 * 1024);
    expect([...onDisk.subarray(0, 256)]).toEqual([...Array(256).keys()]);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(result.sha256);
    expect(app.savedFiles.map((f) => f.suggestedName)).toEqual(['Danh sách sáng kiến.docx']);

    expect(await app.invoke('folder:reveal', { path })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(app.shellCalls).toEqual([path]);
    const refused = await app.invoke('folder:reveal', { path: '/etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
    expect(app.shellCalls).toHaveLength(1);
  });

  it('refuses an extension the page proposes: x.docx.exe is saved as a Word file', async () => {
    app = await startApp();
    const exe = await app.invoke('file:save', {
      suggestedName: 'x.docx.exe',
      data: new Uint8Array([1]),
      kind: 'exe' as 'docx',
    });
    expect(exe).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const saved = await app.invoke('file:save', {
      suggestedName: 'x.docx.exe',
      data: new Uint8Array([1]),
      kind: 'docx',
    });
    expect(saved.ok && saved.value ? basename(saved.value.path) : saved).toBe('x.docx.exe.docx');
    const runnable = await app.invoke('file:save', {
      suggestedName: 'x.pdf.exe',
      data: new Uint8Array([1]),
      kind: 'attachment',
    });
    expect(runnable).toMatchObject({ ok: false, error: { code: 'FILE_KIND_REFUSED' } });
    expect(app.savedFiles.map((f) => basename(f.path))).toEqual(['x.docx.exe.docx']);
  });

  it('returns null when the clerk cancels the save dialog', async () => {
    app = await startApp();
    app.cancelNextSaveDialog();
    const result = await app.invoke('file:save', {
      suggestedName: 'a.txt',
      data: new Uint8Array([1, 2]),
      kind: 'attachment',
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(app.savedFiles).toHaveLength(0);
  });

  it('has a strict CSP that stops injected inline scripts', async () => {
    app = await startApp();
    const csp = await app.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? null,
    );
    expect(csp).not.toBeNull();
    const scriptSrc =
      /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp!)?.[1] ?? /default-src\s+([^;]*)/.exec(csp!)?.[1];
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

    const outcome = await app.page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        }),
      );
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(s);
      const directive = await Promise.race([
        violation,
        new Promise<string>((r) => setTimeout(() => r('none'), 2000)),
      ]);
      return { ran: w.__inlineRan === true, directive };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.directive).toMatch(/^script-src/);
  });

  it('keeps IndexedDB across a reopen on the same profile', async () => {
    app = await startApp();
    await app.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('e2e-probe', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('kv');
          req.onsuccess = () => {
            const tx = req.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('Đồng Nai', 'tỉnh');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
          };
          req.onerror = () => reject(req.error ?? new Error('open failed'));
        }),
    );
    await app.reopen();
    const value = await app.page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const req = indexedDB.open('e2e-probe', 1);
          req.onsuccess = () => {
            const get = req.result.transaction('kv').objectStore('kv').get('tỉnh');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error ?? new Error('get failed'));
          };
          req.onerror = () => reject(req.error ?? new Error('open failed'));
        }),
    );
    expect(value).toBe('Đồng Nai');
    expect(await app.page.title()).toBe('Sáng kiến Desk');
  });

  it('fails the test when the page throws an uncaught error', async () => {
    const local = await startApp();
    await local.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('boom from the page');
      }, 0);
    });
    await expect.poll(() => local.pageErrors.length).toBe(1);
    await expect(local.close()).rejects.toThrow(/boom from the page/);
  });
});
