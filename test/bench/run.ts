// `npm run bench`: seeds 100,000 realistic initiatives into IndexedDB in Chromium and prints
// seeding throughput (app import vs raw bulkPut), time to the first painted list row after a
// reload of the real app, search latency over the app's in-memory index, and the time to write
// a unit's dossier and a 2,800-row summary list as .docx (test/bench/dossier.ts), and a district
// importing 100 unit bundles of 3 initiatives in one pass (test/bench/bundle-import.ts). Figures
// are printed with their aims; a miss never fails the run (docs/architecture.md, Tests).
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
import type { Heaps, ListPaints } from './figures';
import { heapInUse } from './heap';
import { installListPaintProbe, LIST_ROW_SELECTOR, waitForListPaint } from './list-paint';
import { machine } from './machine';
import { withTodaysBackup } from './backup-made';
import type { BenchApi } from './page/api';
import { makeQueries } from './page/generate';
import { UNITS } from './page/words';
import { figureRows } from './figures';
import { dossierFigures } from './dossier';
import { bundleImportFigures } from './bundle-import';
import { table, type Row } from './report';

const TOTAL = Number(process.env.BENCH_RECORDS ?? 100_000);
const CHUNK = Number(process.env.BENCH_CHUNK ?? 5_000);
const QUERIES = 200;
const RELOADS = 3;
const started = Date.now();

const log = (line: string): void => {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.error(`[${s}s] ${line}`);
};

/** Calls one BenchApi method inside the bench page. */
const bench = <K extends keyof BenchApi>(
  page: Page,
  method: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> =>
  page.evaluate(
    ([m, a]) => {
      const api = (
        window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }
      ).bench;
      return api[m]!(...a);
    },
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;

async function listPaints(page: Page, origin: string): Promise<ListPaints> {
  await page.goto(`${origin}/#/initiatives`);
  const first = await waitForListPaint(page, 60_000);
  const reloads: (number | null)[] = [];
  for (let n = 0; n < RELOADS && first !== null; n++) {
    // Let the previous load's full 100k-row read and its index build finish (~7 s here under
    // load), or the reload competes with it and measures that instead.
    await page.waitForTimeout(10_000);
    await page.reload();
    reloads.push(await waitForListPaint(page, 30_000));
  }
  return { first, reloads };
}

/**
 * The app's heap once the register is in memory, which the clerk sees as the list's loading note
 * going away; null if it never does.
 */
async function loadedAppHeap(page: Page): Promise<number | null> {
  try {
    await page.waitForFunction(() => !/đang tải/i.test(document.body.innerText), null, {
      timeout: 15 * 60_000,
      polling: 500,
    });
  } catch {
    return null;
  }
  return heapInUse(page);
}

async function main(): Promise<void> {
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
  const pageErrors: string[] = [];
  try {
    const mainSide = createMainSide(filesDir, server.origin);
    await installDeskBridge(context, {
      invoke: withTodaysBackup((s, c, p) => mainSide.invoke(s, c, p), filesDir),
    });
    await installListPaintProbe(context, BENCH_PREFIX);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.text().startsWith('[bench] ')) log(m.text().slice(8));
    });
    page.on('pageerror', (e) => {
      pageErrors.push(e.message);
      log(`page error: ${e.message}`);
    });

    await page.goto(`${server.origin}${BENCH_PREFIX}`);
    await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: 30_000 });
    const info = await bench(page, 'setup');
    log(
      `office, programme and ${info.units.length} units set up; seeding ${TOTAL.toLocaleString('en')} records`,
    );
    const { raw, rawRelaxed, app } = await bench(page, 'seedAll', info, TOTAL, CHUNK);
    log('timing validation alone');
    const parseMs = await bench(page, 'parseOnly', info, TOTAL, CHUNK);
    log('loading the register and searching');
    const queries = makeQueries(
      QUERIES,
      UNITS.map(([name]) => name),
    );
    const benchBefore = await heapInUse(page);
    const search = await bench(page, 'search', info, queries);
    const benchLoaded = await heapInUse(page);
    await bench(page, 'release');
    log('opening the app and reloading it');
    const paints = await listPaints(page, server.origin);
    log('waiting for the whole register to load, to weigh the heap');
    const heaps: Heaps = {
      app: paints.first === null ? null : await loadedAppHeap(page),
      benchBefore,
      benchLoaded,
    };

    log('writing dossiers (Node, beside docx Packer)');
    const dossierRows = await dossierFigures(log);

    log('importing unit bundles as a district (verify in Node, plan and transaction in the page)');
    // A fresh page: the one above still holds a whole register, and on a loaded machine Chromium
    // has killed it on navigation. A failure here is reported as a row; the figures above stand.
    let importRows: Row[];
    try {
      const importPage = await context.newPage();
      await page.close();
      await importPage.goto(`${server.origin}${BENCH_PREFIX}`);
      await importPage.waitForFunction(() => document.title === 'bench ready', null, {
        timeout: 30_000,
      });
      importRows = await bundleImportFigures(importPage, log);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log(`bundle import failed: ${reason}`);
      importRows = [
        { measure: '100 unit bundles imported in one pass', value: `failed: ${reason}` },
      ];
    }

    const rows = figureRows({
      total: TOTAL,
      queries: QUERIES,
      raw,
      rawRelaxed,
      app,
      parseMs,
      search,
      paints,
      heaps,
    });
    const m = machine(context.browser()?.version() ?? 'unknown');
    console.log('');
    console.log(
      `Sáng kiến Desk benchmark: ${TOTAL.toLocaleString('en')} initiatives, ${info.units.length} units`,
    );
    console.log(
      `machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Chromium ${m.chromium}; Node ${m.node}`,
    );
    console.log(`load average (1 min): ${loadBefore} at start, ${m.load} at end`);
    console.log(`stored: raw ${JSON.stringify(raw.counts)}; app ${JSON.stringify(app.counts)}`);
    console.log(`list rows looked for: ${LIST_ROW_SELECTOR}`);
    console.log(
      `sample queries: ${queries
        .slice(0, 6)
        .map((q) => JSON.stringify(q))
        .join(', ')}`,
    );
    console.log('');
    console.log(table(rows));
    console.log('');
    console.log(table(dossierRows));
    console.log('');
    console.log(table(importRows));
    if (pageErrors.length)
      console.log(`\npage errors during the run:\n- ${pageErrors.join('\n- ')}`);
    console.log(`\ntotal bench time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await context.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
