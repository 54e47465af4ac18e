// The list rows stored one record per initiative against compact pages of 500 rows
// (test/bench/page/row-pages-probe.ts; docs/decisions.md, D50), measured in Chromium:
//   npx electron-vite build && npx tsx test/bench/row-pages-run.ts
//   BENCH_RECORDS=250000 npx tsx test/bench/row-pages-run.ts
import type { BenchApi } from './page/api';
import { ms, type Row } from './report';
import { runStandalone } from './standalone';

const TOTAL = Number(process.env.BENCH_RECORDS ?? 100_000);
const CHUNK = Number(process.env.BENCH_CHUNK ?? 5_000);
const EDITS = 40;

runStandalone(async (page) => {
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
  return rows;
});
