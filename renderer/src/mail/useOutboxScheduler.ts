// Starts the outbox's scheduler once for the app's window (from the Shell). Once only, never
// stopped and started again: a second start would put an entry the first is sending back in the
// queue (StrictMode runs effects twice; a reload starts the module afresh).
import { useEffect } from 'react';
import type { DeskDb } from '../db/database';
import { invoke } from '../desk';
import { pruneOutboxFiles } from './outbox-prune';
import { setActiveOutbox, startOutboxScheduler } from './outbox-scheduler';

let started = false;

export function useOutboxScheduler(db: DeskDb): void {
  useEffect(() => {
    // Without the bridge (a component test) nothing can be sent.
    if (started || !window.desk) return;
    started = true;
    void startOutboxScheduler({
      db,
      send: (request) => invoke('mail:send', request),
      events: window,
    }).then(setActiveOutbox);
    // Old bundles no entry refers to any more (docs/decisions.md D56); a failure only waits for
    // the next start.
    void pruneOutboxFiles(db, (request) => invoke('bundle:outbox:prune', request)).catch(
      () => undefined,
    );
  }, [db]);
}
