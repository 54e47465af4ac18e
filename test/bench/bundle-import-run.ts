// The bundle import figures alone (test/bench/bundle-import.ts), without seeding 100,000 records:
//   npx electron-vite build && npx tsx test/bench/bundle-import-run.ts
//   BENCH_BUNDLES=300 npx tsx test/bench/bundle-import-run.ts
import { bundleImportFigures } from './bundle-import';
import { log, runStandalone } from './standalone';

runStandalone((page) => bundleImportFigures(page, log));
