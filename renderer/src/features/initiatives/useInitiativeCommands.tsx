import { App, Button } from 'antd';
import type { FieldProblem } from '@shared/rules/initiative-submit';
import { useDb, useOffice } from '../../app/context';
import { navigate } from '../../app/router';
import { restoreInitiative, submitInitiative, trashInitiative } from '../../db/initiatives';
import { failureText } from '../../ui/failure';

/** The page's commands; each write is awaited and its failure told to the clerk. */
export const useInitiativeCommands = (
  id: string,
  /** Writes pending edits first; false when they could not be saved. */
  flush: () => Promise<boolean>,
) => {
  const db = useDb();
  const office = useOffice();
  const { message, modal } = App.useApp();
  const by = office.userName;

  const restore = async (): Promise<boolean> => {
    try {
      await restoreInitiative(db, id, by);
      message.success('Đã khôi phục sáng kiến.');
      return true;
    } catch (e) {
      message.error(failureText(e, 'Không khôi phục được sáng kiến'));
      return false;
    }
  };

  /** Submits; returns the problems that stop it (empty when submitted or failed otherwise). */
  const submit = async (): Promise<FieldProblem[]> => {
    if (!(await flush())) {
      message.error('Thay đổi chưa được lưu nên chưa nộp được. Hãy thử lưu lại.');
      return [];
    }
    try {
      const res = await submitInitiative(db, id, by);
      if (res.ok) {
        message.success('Đã nộp sáng kiến.');
        return [];
      }
      message.warning('Chưa nộp được: còn thiếu thông tin, xem các mục được đánh dấu.');
      return res.problems;
    } catch (e) {
      message.error(failureText(e, 'Không nộp được sáng kiến'));
      return [];
    }
  };

  const undoKey = `trash-${id}`;
  const undo = async () => {
    message.destroy(undoKey);
    await restore();
  };

  /** Asks, moves to the trash, goes back to the list and offers "Hoàn tác" for a while. */
  const trash = (title: string) =>
    modal.confirm({
      title: 'Chuyển sáng kiến vào thùng rác?',
      content: 'Sáng kiến vẫn khôi phục được từ Thùng rác.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        await flush();
        try {
          await trashInitiative(db, id, by);
        } catch (e) {
          message.error(failureText(e, 'Không xóa được sáng kiến'));
          return;
        }
        navigate({ screen: 'initiatives' });
        message.open({
          key: undoKey,
          type: 'success',
          duration: 10,
          content: (
            <span>
              Đã chuyển “{title || 'sáng kiến chưa đặt tên'}” vào thùng rác.{' '}
              <Button size="small" onClick={() => void undo()}>
                Hoàn tác
              </Button>
            </span>
          ),
        });
      },
    });

  return { submit, trash, restore };
};
