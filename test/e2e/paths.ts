// Where the e2e harness and the bench find the build and put their artifacts.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const RENDERER_OUT = join(REPO_ROOT, 'out', 'renderer');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

/** Fails early with the fix, instead of a blank page and a timeout 60 s later. */
export const assertRendererBuilt = (dir: string = RENDERER_OUT): void => {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `No production renderer build in ${dir}: run npx electron-vite build (npm run test:e2e does it for you).`,
    );
  }
};
