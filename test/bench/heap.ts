// The renderer's heap as Chrome DevTools reports it, after a full collection: the JavaScript heap
// plus the backing stores of array buffers (where typed-array indexes live).
import type { Page } from 'playwright-core';

/** Decimal megabytes, as the aims are written. */
export const MB = 1_000_000;

/** Bytes in use by the page's JavaScript after a garbage collection. */
export async function heapInUse(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    // Older Chromium reports no backing-store figure.
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  } finally {
    await cdp.detach();
  }
}
