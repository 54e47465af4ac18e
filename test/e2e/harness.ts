// The end-to-end harness (docs/architecture.md, Tests): the production renderer build, served on
// 127.0.0.1, in Debian's Chromium, with `window.desk` wired to the real main-process handlers over
// temp-dir adapters. Real IndexedDB, real clicks, real files on disk.
//
//   let app: App | undefined;
//   afterEach(async () => { await app?.close(); app = undefined; }); // fails on page errors
//   it('…', async () => {
//     app = await startApp();
//     await app.fillByLabel('Tên đơn vị', 'CĐCS Công ty …');
//     await app.selectByLabel('Cấp công đoàn', 'Công đoàn cơ sở');
//     await app.clickButton('Bắt đầu sử dụng');
//     await app.waitForMessage({ kind: 'success' });
//     await app.screenshot('initiatives-empty');
//     await app.reopen(); // same profile: the data must still be there
//   });
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { Channel, Request, Response } from '@shared/ipc';
import type { Result } from '@shared/result';
import { launchChromium } from './browser';
import { FLUSH_TRIGGER, installDeskBridge } from './desk-bridge';
import { createMainSide, dataDirOf, type MainSide, type SavedFile } from './main-side';
import { pageHelpers, type PageHelpers } from './page-helpers';
import { assertRendererBuilt, RENDERER_OUT, SCREENSHOT_DIR } from './paths';
import { createCloseGuard } from '../../main/services/close-guard';
import type { FlushOutcome } from '../../main/services/page-flush';
import { startStaticServer, type StaticServer } from './static-server';

export type { SavedFile } from './main-side';

export interface StartOptions {
  /** Reuse a profile folder to start "the same installation" again; a fresh one by default. */
  profileDir?: string;
  /** Path to open, `/` by default. */
  path?: string;
  /** Page errors matching one of these do not fail the test (for tests that provoke them). */
  allowedPageErrors?: RegExp[];
}

export interface App extends PageHelpers {
  /** The current page; replaced by `reopen()`, so read it again after reopening. */
  readonly page: Page;
  readonly context: BrowserContext;
  readonly server: StaticServer;
  /** Origin of the served renderer, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly profileDir: string;
  /** Where the fake save dialog puts files; removed on close. */
  readonly tempDir: string;
  /** The fake userData folder that app:info reports. */
  readonly dataDir: string;
  /** Every file main wrote through file:save, in order. */
  readonly savedFiles: readonly SavedFile[];
  /** Paths handed to shell.showItemInFolder. */
  readonly shellCalls: readonly string[];
  /** Every IPC call the page made, with its result. */
  readonly ipcCalls: readonly { channel: unknown; result: Result<unknown> }[];
  /** Console errors and warnings, for diagnosis (they do not fail the test: CSP reports are expected). */
  readonly consoleErrors: readonly string[];
  /** Uncaught exceptions in the page; `close()` fails the test when any is not allowed. */
  readonly pageErrors: readonly Error[];
  /** What the main side logged (refused payloads, write failures), newest last. */
  readonly mainLog: readonly string[];
  /** Makes the next save dialog(s) answer as if the clerk pressed Cancel. */
  cancelNextSaveDialog(): void;
  /** The file the next open dialog returns, as if the clerk picked it (null: Cancel). */
  chooseNextOpenFile(path: string | null): void;
  /** Calls `window.desk[channel](request)` inside the page, exactly as the renderer does. */
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Result<Response<C>>>;
  /** Opens a path of the app (hash or history route), relative to the origin. */
  goto(path: string): Promise<void>;
  /** Saves test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes Chromium and starts it again on the same profile: IndexedDB must still be there. */
  reopen(): Promise<void>;
  /**
   * Closes the window as main does (main/services/close-guard.ts): asks the page to flush, waits
   * for its answer or the timeout, then closes Chromium. Resolves with how the flush ended.
   * `reopen()` starts it again.
   */
  closeAsMain(): Promise<FlushOutcome>;
  /** Reloads as main does on Ctrl+R / F5: flush first, then reload and wait for the first render. */
  reloadAsMain(): Promise<FlushOutcome>;
  /** Throws if the page had an uncaught error so far. */
  assertNoPageErrors(): void;
  /** Closes everything; throws (after cleaning up) when the page had uncaught errors. Idempotent. */
  close(): Promise<void>;
}

const safeName = (name: string): string => name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120);

/** Starts server, main side and Chromium, opens the app and waits for its first render. */
export async function startApp(opts: StartOptions = {}): Promise<App> {
  assertRendererBuilt();
  const ownsProfile = !opts.profileDir;
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'skd-profile-'));
  const tempDir = mkdtempSync(join(tmpdir(), 'skd-files-'));
  const server = await startStaticServer([{ prefix: '/', dir: RENDERER_OUT }]);
  const consoleErrors: string[] = [];
  const pageErrors: Error[] = [];
  const ipcCalls: { channel: unknown; result: Result<unknown> }[] = [];
  const allowed = opts.allowedPageErrors ?? [];
  const savedFiles: SavedFile[] = [];
  const shellCalls: string[] = [];
  let main: MainSide | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let closed = false;

  const watch = (p: Page): void => {
    p.on('console', (m: ConsoleMessage) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      const { url, lineNumber } = m.location();
      consoleErrors.push(`[${m.type()}] ${m.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    p.on('pageerror', (err) => {
      if (!allowed.some((re) => re.test(err.message))) pageErrors.push(err);
    });
  };

  const launch = async (): Promise<void> => {
    // A reopened app is a new main process too: fresh handler state, same files on disk.
    main = createMainSide(tempDir, server.origin, { savedFiles, shellCalls }, (requestId) => {
      if (!page || page.isClosed()) return false;
      // webContents.send does not wait for the page either; the answer comes on page:flushed.
      void page
        .evaluate(
          ([trigger, id]) =>
            (window as unknown as Record<string, (id: string) => void>)[trigger]!(id),
          [FLUSH_TRIGGER, requestId] as const,
        )
        .catch(() => undefined);
      return true;
    });
    const ctx = await launchChromium(profileDir);
    context = ctx;
    const side = main;
    await installDeskBridge(ctx, {
      invoke: (sender, c, p) => side.invoke(sender, c, p),
      onCall: (channel, result) => ipcCalls.push({ channel, result }),
    });
    ctx.on('page', watch);
    page = ctx.pages()[0] ?? (await ctx.newPage());
    watch(page);
    await open(opts.path ?? '/');
  };

  const current = (): Page => {
    if (!page) throw new Error('The app is not running (closed, or failed to start).');
    return page;
  };

  // "Loaded" means React put something on the screen, whatever the first screen is.
  const rendered = (p: Page) =>
    p.waitForFunction(() => (document.body?.innerText ?? '').trim().length > 0, null, {
      timeout: 20_000,
    });

  const open = async (path: string): Promise<void> => {
    const page = current();
    await page.goto(new URL(path, server.origin).href, { waitUntil: 'load' });
    await rendered(page);
  };

  /** The close guard as main builds it, over this run's main side; `outcome` reads the last flush. */
  const closeGuard = () => {
    const side = main;
    if (!side) throw new Error('The app is not running (closed, or failed to start).');
    const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
    let outcome: FlushOutcome = 'no-page';
    const guard = createCloseGuard({
      flush: async () => (outcome = await side.pageFlush.request()),
      log: quiet,
    });
    return { guard, outcome: () => outcome };
  };

  const app: App = {
    ...pageHelpers(current),
    get page() {
      return current();
    },
    get context() {
      if (!context) throw new Error('The app is not running (closed, or failed to start).');
      return context;
    },
    server,
    origin: server.origin,
    profileDir,
    tempDir,
    dataDir: dataDirOf(tempDir),
    savedFiles,
    shellCalls,
    ipcCalls,
    consoleErrors,
    pageErrors,
    get mainLog() {
      return main?.log ?? [];
    },
    cancelNextSaveDialog: () => main?.cancelNextSaveDialog(),
    chooseNextOpenFile: (path) => main?.chooseNextOpenFile(path),
    invoke: async <C extends Channel>(channel: C, request: Request<C>) =>
      current().evaluate(
        ([c, r]) =>
          (window as unknown as { desk: Record<string, (x: unknown) => Promise<unknown>> }).desk[
            c
          ]!(r),
        [channel, request] as const,
      ) as Promise<Result<Response<C>>>,
    goto: open,
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${safeName(name)}.png`);
      await current().screenshot({ path, fullPage: true });
      return path;
    },
    async reopen() {
      await context?.close();
      await launch();
    },
    async closeAsMain() {
      const { guard, outcome } = closeGuard();
      const ctx = context;
      await new Promise<void>((resolve, reject) => {
        const close = () => {
          page = undefined;
          context = undefined;
          (ctx?.close() ?? Promise.resolve()).then(resolve, reject);
        };
        if (guard.hold(close)) close();
      });
      return outcome();
    },
    async reloadAsMain() {
      const { guard } = closeGuard();
      let reloading: Promise<unknown> = Promise.resolve();
      const outcome = await guard.reload(() => {
        reloading = current().reload({ waitUntil: 'load' });
      });
      await reloading;
      await rendered(current());
      return outcome;
    },
    assertNoPageErrors() {
      if (pageErrors.length > 0) {
        const list = pageErrors.map((e) => `- ${e.stack ?? e.message}`).join('\n');
        throw new Error(
          `Uncaught error(s) in the page:\n${list}\nConsole:\n${consoleErrors.join('\n')}`,
        );
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await context?.close().catch(() => undefined);
      page = undefined;
      await server.close().catch(() => undefined);
      rmSync(tempDir, { recursive: true, force: true });
      if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
      app.assertNoPageErrors();
    },
  };

  try {
    await launch();
  } catch (err) {
    await app.close().catch(() => undefined);
    throw err;
  }
  return app;
}
