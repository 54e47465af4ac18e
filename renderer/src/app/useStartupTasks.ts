// Once per start of the app (issue 7): make the day's backup on the first start of the day, then
// free attachment data no record uses (after the backup, so that data is still in a backup). Both
// wait until the first screen and its register are in (startup-pause.ts).
import { useEffect } from 'react';
import { App } from 'antd';
import type { DeskDb } from '../db/database';
import { freeUnusedAttachments } from '../db/attachments';
import { startupPause } from './startup-pause';

let started = false;

/** `enabled` is false in the sample profile: its data is no one's to back up. */
export function useStartupTasks(db: DeskDb, enabled = true): void {
  const { message } = App.useApp();
  useEffect(() => {
    // StrictMode runs effects twice; a reload (after a restore) starts the module afresh.
    if (started || !enabled) return;
    started = true;
    void (async () => {
      await startupPause(db);
      // Without the bridge (a component test) there is nowhere to write a backup.
      if (window.desk) {
        // Loaded here, not at start: the export library is not needed for the first screen.
        const { backUpIfDue } = await import('../backup/backups');
        const result = await backUpIfDue(db);
        if (!result.ok)
          message.warning({
            content: `Chưa sao lưu được dữ liệu hôm nay: ${result.error.message}`,
            duration: 10,
          });
      }
      await freeUnusedAttachments(db).catch((e: unknown) =>
        console.warn('[attachments] cleanup failed', e),
      );
    })();
  }, [db, message, enabled]);
}
