// The bundle import figures alone (test/bench/bundle-import.ts), without seeding 100,000 records:
//   npx electron-vite build && npx tsx test/bench/bundle-import-run.ts
//   BENCH_BUNDLES=300 npx tsx test/bench/bundle-import-run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browser';
import { installDeskBridge } from '../e2e/desk-bridge';
import { createMainSide } from '../e2e/main-side';
import { assertRendererBuilt, RENDERER_OUT } from '../e2e/paths';
import { startStaticServer } from '../e2e/static-server';
import { BENCH_OUT, BENCH_PREFIX, buildBenchPage } from './build-page';
import { bundleImportFigures } from './bundle-import';
import { machine } from './machine';
import { table } from './report';

const started = Date.now();
const log = (line: string): void => {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.error(`[${s}s] ${line}`);
};

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
  try {
    const mainSide = createMainSide(filesDir, server.origin);
    await installDeskBridge(context, { invoke: (s, c, p) => mainSide.invoke(s, c, p) });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.text().startsWith('[bench] ')) log(m.text().slice(8));
    });
    await page.goto(`${server.origin}${BENCH_PREFIX}`);
    await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: 30_000 });
    const rows = await bundleImportFigures(page, log);
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
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
