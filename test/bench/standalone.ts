// What a stand-alone bench script shares (bundle-import-run.ts, row-pages-run.ts): the bench page
// built and served beside the renderer, one Chromium profile with the real main-side handlers
// bound, a ready page, then the machine and the table printed and everything removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { installDeskBridge } from '../e2e/desk-bridge';
import { createMainSide } from '../e2e/main-side';
import { assertRendererBuilt, RENDERER_OUT } from '../e2e/paths';
import { startStaticServer } from '../e2e/static-server';
import { BENCH_OUT, BENCH_PREFIX, buildBenchPage } from './build-page';
import { machine } from './machine';
import { table, type Row } from './report';

const started = Date.now();

/** A progress line on stderr with the seconds since the start, so stdout holds only the table. */
export const log = (line: string): void => {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.error(`[${s}s] ${line}`);
};

/** Runs `measure` on a ready bench page and prints its rows under the machine's description. */
export function runStandalone(measure: (page: Page) => Promise<Row[]>): void {
  const run = async (): Promise<void> => {
    assertRendererBuilt();
    const loadBefore = machine('').load;
    log('building the bench page (vite)');
    await buildBenchPage();
    const server = await startStaticServer([
      { prefix: '/', dir: RENDERER_OUT },
      { prefix: BENCH_PREFIX, dir: BENCH_OUT },
    ]);
    const profileDir = mkdtempSync(join(tmpdir(), 'skd-bench-profile-'));
    const filesDir = mkdtempSync(join(tmpdir(), 'skd-bench-files-'));
    const context = await launchChromium(profileDir);
    try {
      const mainSide = createMainSide(filesDir, server.origin);
      await installDeskBridge(context, { invoke: (s, c, p) => mainSide.invoke(s, c, p) });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.text().startsWith('[bench] ')) log(m.text().slice(8));
      });
      await page.goto(`${server.origin}${BENCH_PREFIX}`);
      await page.waitForFunction(() => document.title === 'bench ready', null, {
        timeout: 30_000,
      });
      const rows = await measure(page);
      const m = machine(context.browser()?.version() ?? 'unknown');
      console.log('');
      console.log(
        `machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Chromium ${m.chromium}; Node ${m.node}`,
      );
      console.log(`load average (1 min): ${loadBefore} at start, ${m.load} at end`);
      console.log(table(rows));
    } finally {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(filesDir, { recursive: true, force: true });
    }
  };
  run().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
