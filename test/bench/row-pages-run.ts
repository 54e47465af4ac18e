// The list rows stored one record per initiative against compact pages of 500 rows
// (test/bench/page/row-pages-probe.ts; docs/decisions.md, D50), measured in Chromium:
//   npx electron-vite build && npx tsx test/bench/row-pages-run.ts
//   BENCH_RECORDS=250000 npx tsx test/bench/row-pages-run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/browser';
import { assertRendererBuilt, RENDERER_OUT } from '../e2e/paths';
import { startStaticServer } from '../e2e/static-server';
import { BENCH_OUT, BENCH_PREFIX, buildBenchPage } from './build-page';
import { machine } from './machine';
import type { BenchApi } from './page/api';
import { ms, table, type Row } from './report';

const TOTAL = Number(process.env.BENCH_RECORDS ?? 100_000);
const CHUNK = Number(process.env.BENCH_CHUNK ?? 5_000);
const EDITS = 40;
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
  const context = await launchChromium(profileDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.text().startsWith('[bench] ')) log(m.text().slice(8));
    });
    await page.goto(`${server.origin}${BENCH_PREFIX}`);
    await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: 30_000 });
    const reports = await page.evaluate(
      async ([total, chunk, edits]) => {
        const api = (window as unknown as { bench: BenchApi }).bench;
        const info = await api.setup();
        return api.probeRowPages(info, total, chunk, edits);
      },
      [TOTAL, CHUNK, EDITS] as const,
    );
    const records = reports.find((r) => r.layout === 'records')!;
    const rows: Row[] = reports.flatMap((r) => [
      {
        measure: `${r.layout}: write ${r.records.toLocaleString('en')} (÷ initiatives alone)`,
        value: `${ms(r.writeMs)} (${(records.writeMs / r.writeMs).toFixed(2)}×)`,
      },
      {
        measure: `${r.layout}: read every list row (${r.rowRecords.toLocaleString('en')} records)`,
        value: `${ms(r.readAllMs)} for ${r.rowsRead.toLocaleString('en')} rows`,
      },
      {
        measure: `${r.layout}: one edit, median / worst of ${EDITS}`,
        value: `${ms(r.editMedianMs)} / ${ms(r.editMaxMs)}`,
      },
    ]);
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
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
