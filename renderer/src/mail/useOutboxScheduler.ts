// Starts the outbox's scheduler once for the app's window (from the Shell). Once only, never
// stopped and started again: a second start would put an entry the first is sending back in the
// queue (StrictMode runs effects twice; a reload starts the module afresh).
import { useEffect } from 'react';
import type { DeskDb } from '../db/database';
import { invoke } from '../desk';
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
  }, [db]);
}
