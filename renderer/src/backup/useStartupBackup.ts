// Once per start of the app (issue 7): say that a restore has just finished (the page reloaded
// after it), then make the day's backup if this is the first start of the day.
import { useEffect } from 'react';
import { App } from 'antd';
import type { DeskDb } from '../db/database';
import { backUpIfDue } from './backups';

/** What the backup screen leaves for the reloaded page to say. */
export const RESTORED_NOTICE_KEY = 'desk:restored';

let started = false;

export function useStartupBackup(db: DeskDb): void {
  const { message } = App.useApp();
  useEffect(() => {
    const notice = sessionStorage.getItem(RESTORED_NOTICE_KEY);
    if (notice) {
      sessionStorage.removeItem(RESTORED_NOTICE_KEY);
      message.success({ content: notice, duration: 8 });
    }
    // Without the bridge (a component test) there is nowhere to write; StrictMode runs this twice.
    if (started || !window.desk) return;
    started = true;
    void backUpIfDue(db).then((result) => {
      if (!result.ok)
        message.warning({
          content: `Chưa sao lưu được dữ liệu hôm nay: ${result.error.message}`,
          duration: 10,
        });
    });
  }, [db, message]);
}
