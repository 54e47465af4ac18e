// Builds the bench page with vite's JS API: the app's own database and search modules, bundled
// the way the renderer bundles them, served beside the app on the same origin.
import { join } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from '../e2e/paths';

export const BENCH_PREFIX = '/__bench/';
export const BENCH_OUT = join(REPO_ROOT, 'out', 'bench');

export async function buildBenchPage(): Promise<void> {
  await build({
    configFile: false,
    root: join(REPO_ROOT, 'test', 'bench', 'page'),
    base: BENCH_PREFIX,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(REPO_ROOT, 'shared') } },
    build: {
      outDir: BENCH_OUT,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      // Chromium 156 has modulepreload; and vite's polyfill module does not resolve when vite is
      // loaded from a CommonJS caller (tsx runs this file as CommonJS).
      modulePreload: { polyfill: false },
    },
  });
}
