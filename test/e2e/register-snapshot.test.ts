// The register's snapshot (docs/decisions.md, D58) in real Chromium and IndexedDB: the first full
// load writes it; an initiative added afterwards is not in it, yet after the app is closed and
// opened again the list shows it (the change record is re-read) and search finds it. A snapshot
// written with rows stores the search index (D60), and a reopened list searches with it.
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { clearStoreInPage, readStoresInPage } from './idb-in-page';
import {
  completeSetup,
  heading,
  openMenu,
  registerCount,
  saveNow,
  tableRow,
} from './clerk-flow-steps';

let app: App | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** What the app's database holds in a store, read with plain IndexedDB inside the page. */
const storeRecords = async (a: App, store: string): Promise<unknown[]> =>
  (await readStoresInPage<unknown>(a.page, [store]))[store] ?? [];

/**
 * How many rows the search index stored with the snapshot holds, and what its postings' first part
 * is, read inside the page: IndexedDB must hand them back as the typed array they were stored as.
 */
const storedIndex = (a: App) =>
  a.page.evaluate(
    () =>
      new Promise<{ count: number; postings: string } | null>((resolve, reject) => {
        const open = indexedDB.open('sang-kien-desk');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('rowPages', 'readonly').objectStore('rowPages').getAll();
          req.onsuccess = () => {
            db.close();
            type Page = { page: number; index?: { image: { count: number } }; postings?: unknown };
            const pages = req.result as Page[];
            const image = pages.find((p) => p.page === -1)?.index?.image;
            // The postings are kept in parts on the pages below the index page (D64).
            const part = pages.find((p) => p.page === -2)?.postings;
            const tag = Object.prototype.toString.call(part);
            resolve(image ? { count: image.count, postings: tag } : null);
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
  );

const TITLE = 'Cải tiến khuôn dập vỏ hộp điện';

describe('register snapshot', () => {
  it('is written after the first load, and a reopened list adds what was written since', async () => {
    app = await startApp();
    app.page.setDefaultTimeout(20_000);
    await completeSetup(app);
    await app.clickButton('Bắt đầu sử dụng');
    await heading(app, 'Sáng kiến').waitFor();
    await registerCount(app, 0).waitFor();
    // The list stays open until its snapshot is written (a few seconds after the load).
    await expect
      .poll(async () => (await storeRecords(app!, 'rowSnapshots')).length, { timeout: 20_000 })
      .toBe(1);

    await app.clickButton(/Thêm sáng kiến$/);
    await heading(app, 'Sáng kiến mới').waitFor();
    await app.fillByLabel('Tên sáng kiến', TITLE);
    await heading(app, TITLE).waitFor();
    await saveNow(app);
    const changes = (await storeRecords(app, 'rowChanges')) as { ids: string[] }[];
    expect(changes.at(-1)?.ids).toHaveLength(1);
    const [snapshot] = (await storeRecords(app, 'rowSnapshots')) as { rows: number }[];
    expect(snapshot?.rows).toBe(0);

    await app.reopen();
    app.page.setDefaultTimeout(20_000);
    await openMenu(app, 'Sáng kiến');
    await heading(app, 'Sáng kiến').waitFor();
    await tableRow(app, TITLE).waitFor();
    await registerCount(app, 1).waitFor();
    await app.page.getByLabel('Tìm kiếm', { exact: true }).fill('khuon dap vo hop');
    await registerCount(app, 1).waitFor();
    await tableRow(app, TITLE).waitFor();

    // Without its snapshot the next open reads the rows and writes one, with the search index.
    await clearStoreInPage(app.page, 'rowSnapshots');
    await app.reopen();
    app.page.setDefaultTimeout(20_000);
    await openMenu(app, 'Sáng kiến');
    await tableRow(app, TITLE).waitFor();
    await expect
      .poll(async () => (await storeRecords(app!, 'rowSnapshots')) as { rows: number }[], {
        timeout: 20_000,
      })
      .toEqual([expect.objectContaining({ rows: 1 })]);
    const stored = await storedIndex(app);
    expect(stored).toEqual({ count: 1, postings: '[object Int32Array]' });

    await app.reopen();
    app.page.setDefaultTimeout(20_000);
    await openMenu(app, 'Sáng kiến');
    await tableRow(app, TITLE).waitFor();
    await app.page.getByLabel('Tìm kiếm', { exact: true }).fill('vo hop dien');
    await registerCount(app, 1).waitFor();
    await app.page.getByLabel('Tìm kiếm', { exact: true }).fill('vo hop nuoc');
    await registerCount(app, 0).waitFor();
  }, 180_000);
});
