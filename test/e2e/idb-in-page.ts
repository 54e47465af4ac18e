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

/** Every record of the named stores of the app's database, read from inside the page. */
export const readStoresInPage = <T = Record<string, unknown>>(
  page: Page,
  names: readonly string[],
): Promise<Record<string, T[]>> =>
  page.evaluate(
    ({ dbName, names }) =>
      new Promise<Record<string, T[]>>((resolve, reject) => {
        const open = indexedDB.open(dbName); // the current version: no upgrade
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names);
          const read: Record<string, T[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (read[name] = req.result as T[]);
          }
          tx.oncomplete = () => (db.close(), resolve(read));
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { dbName: DB_NAME, names },
  );

/** Puts records into stores of the app's database from inside the page, in one transaction. */
export const putInPage = (
  page: Page,
  stores: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> =>
  page.evaluate(
    ({ dbName, stores }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(stores), 'readwrite');
          for (const [name, records] of Object.entries(stores))
            for (const r of records) tx.objectStore(name).put(r);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { dbName: DB_NAME, stores },
  );
