// Search alone, in plain Node: the inverted index beside the linear scan it replaced, on the same
// generated records and the benchmark's 200 queries (docs/decisions.md, D8).
//   node --expose-gc --import tsx test/bench/search-node.ts        (100,000 records)
//   BENCH_RECORDS=250000 node --expose-gc --import tsx test/bench/search-node.ts
import { FoldedIndex, type Searchable } from '@shared/search';
import { ScanIndex } from '../shared/scan-index';
import { machine } from './machine';
import { ms, percentile, table, type Row } from './report';
import { benchQueries, makeSearchables } from './searchables';

const TOTAL = Number(process.env.BENCH_RECORDS ?? 100_000);
const ROUNDS = 3;

/** Heap and typed-array memory in use after a full collection (node --expose-gc). */
const heapMiB = (): number => {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 ** 2;
};

interface Measured<T> {
  value: T;
  ms: number;
  heapMiB: number;
}

const measure = <T>(build: () => T): Measured<T> => {
  const before = heapMiB();
  const t0 = performance.now();
  const value = build();
  const took = performance.now() - t0;
  return { value, ms: took, heapMiB: heapMiB() - before };
};

const main = (): void => {
  const loadBefore = machine('').load;
  const t0 = performance.now();
  const records: Searchable[] = [];
  for (let from = 0; from < TOTAL; from += 10_000)
    records.push(...makeSearchables(from, Math.min(TOTAL, from + 10_000)));
  console.error(`generated ${TOTAL.toLocaleString('en')} records in ${ms(performance.now() - t0)}`);

  const index = measure(() => new FoldedIndex(records));
  const scan = measure(() => {
    const s = new ScanIndex(records);
    s.search('a'); // the scan joins its texts on the first search
    return s;
  });

  const queries = benchQueries();
  const indexMs: number[] = [];
  const scanMs: number[] = [];
  let differ = 0;
  // Interleaved, so load from other work on the machine falls on both alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const a = performance.now();
      const found = index.value.search(q);
      const b = performance.now();
      const scanned = scan.value.search(q);
      const c = performance.now();
      indexMs.push(b - a);
      scanMs.push(c - b);
      if (
        round === 0 &&
        (found?.size !== scanned?.size || ![...(found ?? [])].every((id) => scanned?.has(id)))
      )
        differ++;
    }
  }
  const hits = queries.map((q) => index.value.search(q)?.size ?? 0);

  const p = (samples: number[]): string =>
    `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))}`;
  const ip95 = percentile(indexMs, 95);
  const rows: Row[] = [
    { measure: 'index build (FoldedIndex)', value: ms(index.ms) },
    { measure: 'scan build (ScanIndex, before)', value: ms(scan.ms) },
    {
      measure: 'heap of the index / of the scan',
      value: `${index.heapMiB.toFixed(1)} / ${scan.heapMiB.toFixed(1)} MiB`,
    },
    {
      measure: `index search p50 / p95 (${queries.length} queries x ${ROUNDS})`,
      value: p(indexMs),
      aim: 'p95 <= 16 ms at 250k',
      met: ip95 <= 16,
    },
    { measure: 'scan search p50 / p95 (same queries)', value: p(scanMs) },
    {
      measure: 'hits per query p50 / max',
      value: `${percentile(hits, 50)} / ${Math.max(...hits)}`,
    },
    {
      measure: 'queries whose hits differ from the scan',
      value: String(differ),
      aim: '0',
      met: differ === 0,
    },
  ];
  const m = machine('-');
  console.log(`\nsearch in plain Node: ${TOTAL.toLocaleString('en')} generated initiatives`);
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}`);
  console.log(`load average (1 min): ${loadBefore} at start, ${m.load} at end`);
  console.log(
    globalThis.gc ? '' : 'heap figures without a collection: run node with --expose-gc\n',
  );
  console.log(table(rows));
};

main();
