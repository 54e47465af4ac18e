// At start, the page tells main which bundle files its outbox entries still refer to, and main
// removes the old ones in the outbox folder that none refers to (main/bundle/outbox-prune.ts,
// docs/decisions.md D56). An entry that cannot be read might refer to any file: then nothing is
// pruned this time.
import type { Request, Response } from '@shared/ipc';
import type { Result } from '@shared/result';
import { outboxEntrySchema } from '@shared/mail/outbox';
import type { DeskDb } from '../db/database';
import { OUTBOX_KEY_PREFIX } from './outbox-store';

export type PruneCall = (
  request: Request<'bundle:outbox:prune'>,
) => Promise<Result<Response<'bundle:outbox:prune'>>>;

/** The bundle paths of every outbox entry, whatever its state; null when one entry is unreadable. */
export async function outboxBundlePaths(db: DeskDb): Promise<string[] | null> {
  const records = await db.settings.where('key').startsWith(OUTBOX_KEY_PREFIX).toArray();
  const paths: string[] = [];
  for (const record of records) {
    const entry = outboxEntrySchema.safeParse(record.value);
    if (!entry.success) return null;
    paths.push(entry.data.bundlePath);
  }
  return paths;
}

/** Asks main to prune the outbox folder; the files removed, or null when it did not. */
export async function pruneOutboxFiles(db: DeskDb, prune: PruneCall): Promise<number | null> {
  const keep = await outboxBundlePaths(db);
  if (keep === null) return null;
  const res = await prune({ keep });
  return res.ok ? res.value.removed : null;
}
