// The outbox entries in IndexedDB: one `settings` record per entry under `outbox:<id>` (no schema
// change; docs/architecture.md, "Data that leaves the machine"). Every change of state goes through
// the pure transitions in shared/mail/outbox.ts inside one transaction, so two callers (the
// scheduler and the Outbox screen) never both move the same entry.
import {
  outboxEntrySchema,
  queueEntry,
  type NewOutboxEntry,
  type OutboxEntry,
  type Step,
} from '@shared/mail/outbox';
import type { DeskDb } from '../db/database';

/** The settings keys of outbox entries; backups leave them out (renderer/src/backup/database-export.ts). */
export const OUTBOX_KEY_PREFIX = 'outbox:';
const PREFIX = OUTBOX_KEY_PREFIX;
const keyOf = (id: string) => `${PREFIX}${id}`;

const parse = (value: unknown): OutboxEntry | null => {
  const parsed = outboxEntrySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** Every entry, newest first. */
export async function listOutbox(db: DeskDb): Promise<OutboxEntry[]> {
  const records = await db.settings.where('key').startsWith(PREFIX).toArray();
  return records
    .map((r) => parse(r.value))
    .filter((e): e is OutboxEntry => e !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function getOutboxEntry(db: DeskDb, id: string): Promise<OutboxEntry | null> {
  return parse((await db.settings.get(keyOf(id)))?.value);
}

/** Queues a bundle for sending; the Message-ID is fixed here, once. */
export async function queueMail(
  db: DeskDb,
  input: NewOutboxEntry,
  now: Date = new Date(),
): Promise<OutboxEntry> {
  const entry = queueEntry(input, globalThis.crypto.randomUUID(), now);
  await db.settings.add({ key: keyOf(entry.id), value: entry });
  return entry;
}

/** Applies one transition to the stored entry; the refusal's message when it does not apply. */
export async function moveEntry(
  db: DeskDb,
  id: string,
  transition: (entry: OutboxEntry) => Step,
): Promise<Step> {
  return db.transaction('rw', db.settings, async () => {
    const entry = await getOutboxEntry(db, id);
    if (!entry) return { ok: false, message: 'Không còn thư này trong Hộp thư đi.' };
    const step = transition(entry);
    if (step.ok) await db.settings.put({ key: keyOf(id), value: step.entry });
    return step;
  });
}

/** Rewrites every entry the function changes (start-up recovery, the network coming back). */
export async function mapOutbox(
  db: DeskDb,
  change: (entry: OutboxEntry) => OutboxEntry,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    for (const entry of await listOutbox(db)) {
      const next = change(entry);
      if (next !== entry) await db.settings.put({ key: keyOf(entry.id), value: next });
    }
  });
}
