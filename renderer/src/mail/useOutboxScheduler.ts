// Starts the outbox's scheduler once for the app's window (from the Shell).
import { useEffect } from 'react';
import type { DeskDb } from '../db/database';
import { invoke } from '../desk';
import { setActiveOutbox, startOutboxScheduler, type OutboxScheduler } from './outbox-scheduler';

export function useOutboxScheduler(db: DeskDb): void {
  useEffect(() => {
    // Without the bridge (a component test) nothing can be sent.
    if (!window.desk) return;
    let live = true;
    let scheduler: OutboxScheduler | null = null;
    void startOutboxScheduler({
      db,
      send: (request) => invoke('mail:send', request),
      events: window,
    }).then((s) => {
      if (!live) {
        s.stop();
        return;
      }
      scheduler = s;
      setActiveOutbox(s);
    });
    return () => {
      live = false;
      scheduler?.stop();
      setActiveOutbox(null);
    };
  }, [db]);
}
