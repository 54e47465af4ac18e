// Time to the first painted row of the register list, measured inside the page from navigation
// start (performance.now() is relative to it), so the test driver's latency is not counted.
import type { BrowserContext, Page } from 'playwright-core';

/** Rows of the register however the list screen renders them. */
export const LIST_ROW_SELECTOR = [
  '[data-testid="initiative-row"]',
  // antd's data rows, in the plain and the virtual table alike (the empty placeholder is not one).
  '.ant-table-row',
  '.ant-list-items .ant-list-item',
].join(', ');

/** Runs at document start in app pages: stamps the frame after the first row appears. */
function listPaintProbe(arg: { selector: string; benchPrefix: string }): void {
  if (location.pathname.startsWith(arg.benchPrefix)) return;
  const w = window as unknown as { __listPaintMs?: number };
  const found = (): boolean => document.querySelector(arg.selector) !== null;
  const stamp = (): void => {
    // rAF runs just before the frame is painted; the task after it runs once it was.
    requestAnimationFrame(() => setTimeout(() => (w.__listPaintMs ??= performance.now()), 0));
  };
  const observer = new MutationObserver(() => {
    if (found()) {
      observer.disconnect();
      stamp();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function installListPaintProbe(
  context: BrowserContext,
  benchPrefix: string,
): Promise<void> {
  await context.addInitScript(listPaintProbe, { selector: LIST_ROW_SELECTOR, benchPrefix });
}

/** ms from navigation start to the first painted list row, or null if none appeared in time. */
export async function waitForListPaint(page: Page, timeoutMs: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      () => (window as unknown as { __listPaintMs?: number }).__listPaintMs,
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    return (await handle.jsonValue()) ?? null;
  } catch {
    return null;
  }
}
