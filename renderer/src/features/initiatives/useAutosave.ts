import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { registerPendingWrites, trackWrite } from '../../app/pending-writes';
import { AutosaveQueue, type SaveState, type SaveStateSource } from './autosave-queue';
import { failureText } from '../../ui/failure';

/** The save status, for the one component that shows it. */
export const useSaveState = (queue: SaveStateSource): SaveState =>
  useSyncExternalStore(queue.subscribe, queue.getState);

/**
 * Saves as the clerk types (debounced), and flushes whatever is pending when the page goes away:
 * on unmount, when main asks before closing, quitting or reloading (app/pending-writes.ts), and
 * when the window is hidden.
 */
export const useAutosave = <P>(
  save: (value: P) => Promise<void>,
  onLostSave: (message: string) => void,
  delay = 400,
): AutosaveQueue<P> => {
  const [queue] = useState(() => new AutosaveQueue<P>(save, (e) => failureText(e), delay));
  const lost = useRef(onLostSave);
  useEffect(() => {
    queue.setSave(save);
    lost.current = onLostSave;
  });

  useEffect(() => {
    const flush = () => {
      if (queue.hasPending) void queue.flush();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // beforeunload cannot wait for a write; main's flush request can (app/pending-writes.ts).
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    const unregister = registerPendingWrites(() => queue.flush());
    return () => {
      unregister();
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the page: the clerk cannot see the status line any more, so a failure is announced.
      if (queue.hasPending)
        void trackWrite(
          queue.flush().then((ok) => {
            if (!ok)
              lost.current('Thay đổi cuối cùng chưa được lưu. Hãy mở lại sáng kiến và nhập lại.');
            return ok;
          }),
        );
    };
  }, [queue]);

  return queue;
};
