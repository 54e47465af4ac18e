// Launching Debian's Chromium through playwright-core: `npx playwright install` cannot download
// here, and Electron's binary neither (docs/decisions.md, D19): the renderer runs in Chromium.
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The pages' clock is Vietnam's, whatever the machine's: a clerk's dates are Vietnamese dates. */
export const PAGE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Today as the pages see it (yyyy-mm-dd). Not the test process's own date: from 17:00 UTC on it is
 * already tomorrow in Vietnam.
 */
export const pageToday = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: PAGE_TIME_ZONE }).format(now);

/** A persistent profile, so IndexedDB outlives a close: reusing the folder is "reopening the app". */
export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    timezoneId: PAGE_TIME_ZONE,
  });
  // tsx (the bench's runner) compiles with esbuild's keepNames, which wraps named inner functions
  // in `__name(fn, "name")`; functions handed to the page are serialised with that call in them.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}
