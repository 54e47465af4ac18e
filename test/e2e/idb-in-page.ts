// Plain IndexedDB inside a page, beside the app's own Dexie: what a damaged or lost cache looks like.
import type { Page } from 'playwright-core';
import { DB_NAME } from '../../renderer/src/db/schema';

/** Empties one store of the app's database from inside the page. */
export const clearStoreInPage = (page: Page, store: string): Promise<void> =>
  page.evaluate(
    ({ dbName, name }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          tx.objectStore(name).clear();
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { dbName: DB_NAME, name: store },
  );
