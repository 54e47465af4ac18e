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
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

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
  const timed = { match: [] as number[], search: [] as number[], scan: [] as number[] };
  const cpu = { match: [] as number[], search: [] as number[], scan: [] as number[] };
  const time = (key: keyof typeof timed, run: () => unknown): void => {
    const c = process.cpuUsage();
    const t = performance.now();
    run();
    timed[key].push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu[key].push((used.user + used.system) / 1000);
  };
  let differ = 0;
  // Interleaved, so load from other work on the machine falls on all alike; the slow scan runs
  // one round only.
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      time('match', () => index.value.match(q));
      time('search', () => index.value.search(q));
      if (round > 0) continue;
      time('scan', () => scan.value.search(q));
      const found = index.value.search(q);
      const scanned = scan.value.search(q);
      if (found?.size !== scanned?.size || ![...(found ?? [])].every((id) => scanned?.has(id)))
        differ++;
    }
  }
  const hits = queries.map((q) => index.value.match(q)?.size ?? 0);

  const p = (key: keyof typeof timed): string =>
    `${ms(percentile(timed[key], 50))} / ${ms(percentile(timed[key], 95))}  ` +
    `(CPU ${ms(percentile(cpu[key], 50))} / ${ms(percentile(cpu[key], 95))})`;
  const mp95 = percentile(timed.match, 95);
  const rows: Row[] = [
    { measure: 'index build (FoldedIndex)', value: ms(index.ms) },
    { measure: 'scan build (ScanIndex, before)', value: ms(scan.ms) },
    {
      measure: 'heap + typed arrays of the index / of the scan',
      value: `${index.heapMiB.toFixed(1)} / ${scan.heapMiB.toFixed(1)} MiB`,
    },
    {
      measure: `index match p50 / p95 (${queries.length} queries x ${ROUNDS})`,
      value: p('match'),
      aim: 'p95 <= 16 ms',
      met: mp95 <= 16,
    },
    { measure: 'index search, hits as a Set of ids', value: p('search') },
    { measure: `scan search (${queries.length} queries)`, value: p('scan') },
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
