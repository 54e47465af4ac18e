// Once per start of the app (issue 7): say that a restore has just finished (the page reloaded
// after it), make the day's backup on the first start of the day, then free attachment data no
// record uses (after the backup, so yesterday's data is still in a backup when it goes).
import { useEffect } from 'react';
import { App } from 'antd';
import type { DeskDb } from '../db/database';
import { freeUnusedAttachments } from '../db/attachments';
import { backUpIfDue } from '../backup/backups';
import { RESTORED_NOTICE_KEY } from '../backup/restored-notice';

let started = false;

export function useStartupTasks(db: DeskDb): void {
  const { message } = App.useApp();
  useEffect(() => {
    const notice = sessionStorage.getItem(RESTORED_NOTICE_KEY);
    if (notice) {
      sessionStorage.removeItem(RESTORED_NOTICE_KEY);
      message.success({ content: notice, duration: 8 });
    }
    // StrictMode runs effects twice; a reload (after a restore) starts the module afresh.
    if (started) return;
    started = true;
    void (async () => {
      // Without the bridge (a component test) there is nowhere to write a backup.
      if (window.desk) {
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
  }, [db, message]);
}
