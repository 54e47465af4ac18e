// "Đã lưu" means on disk: every write transaction the app opens asks IndexedDB for strict durability.
import { describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import { DeskDb } from '../../../renderer/src/db/database';
import { completeSetup } from '../../../renderer/src/db/settings';
import { freshDb, sampleOffice } from '../helpers';

/** The IDBTransaction under a Dexie transaction (fake-indexeddb keeps the durability it was given). */
const durabilityOf = (tx: Transaction): string =>
  (tx as unknown as { idbtrans: { durability: string } }).idbtrans.durability;

describe('database durability', () => {
  it('opens the app database with strict durability on every write', async () => {
    const db = freshDb();
    const seen: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'durability-probe',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          seen.push(`${mode}:${options?.durability ?? 'default'}`);
          return down.transaction(stores, mode, options);
        },
      }),
    });
    await completeSetup(db, sampleOffice);
    const explicit = await db.transaction('rw', db.settings, (tx) => durabilityOf(tx));
    expect(explicit).toBe('strict');
    const writes = seen.filter((s) => s.startsWith('readwrite'));
    expect(writes.length).toBeGreaterThan(0);
    expect(new Set(writes)).toEqual(new Set(['readwrite:strict']));
    db.close();
  });

  it('can be opened relaxed, for the benchmark that measures the difference', async () => {
    const db = new DeskDb(`relaxed-${Date.now()}`, 'relaxed');
    expect(await db.transaction('rw', db.settings, (tx) => durabilityOf(tx))).toBe('relaxed');
    await db.delete();
  });
});
