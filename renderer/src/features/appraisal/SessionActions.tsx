import { useState } from 'react';
import { App, Button, Space } from 'antd';
import type { Session } from '@shared/appraisal/model';
import { useDb, useOffice } from '../../app/context';
import { closeSession, reopenSession } from '../../db/appraisal/sessions';
import { failureText } from '../../ui/failure';
import { ReasonModal } from './ReasonModal';
import type { SheetWriter } from './sheet-writer';

interface Props {
  session: Session;
  writer: SheetWriter;
  /** A refusal to close (what is unfinished) is shown by the page until the next attempt. */
  onRefusal: (message: string | null) => void;
}

/** "Kết thúc phiên họp" (locks sheets, records conclusions) and "Mở lại phiên họp" (with a reason). */
export const SessionActions = ({ session, writer, onRefusal }: Props) => {
  const db = useDb();
  const { userName } = useOffice();
  const { message, modal } = App.useApp();
  const [reopening, setReopening] = useState(false);

  const close = async () => {
    // A score typed a moment ago may still be on its way to the database.
    await writer.idle();
    try {
      await closeSession(db, session.id, userName);
      onRefusal(null);
      void message.success('Đã kết thúc phiên họp; phiếu chấm đã khóa.');
    } catch (err) {
      onRefusal(failureText(err, 'Không kết thúc được phiên họp'));
    }
  };

  const confirmClose = () => {
    // The dialog's own promise only says how it was dismissed; `close` reports its outcome.
    void modal.confirm({
      title: 'Kết thúc phiên họp?',
      content:
        'Kết luận của Hội đồng được ghi lại, trạng thái sáng kiến theo kết luận, và phiếu chấm bị khóa. ' +
        'Muốn sửa sau đó phải mở lại phiên họp và ghi lý do.',
      okText: 'Kết thúc',
      cancelText: 'Hủy',
      onOk: close,
    });
  };

  return (
    <Space>
      {session.closed ? (
        <Button onClick={() => setReopening(true)}>Mở lại phiên họp</Button>
      ) : (
        <Button type="primary" onClick={confirmClose}>
          Kết thúc phiên họp
        </Button>
      )}
      {reopening && (
        <ReasonModal
          title="Mở lại phiên họp"
          intro="Phiếu chấm sẽ sửa được trở lại và các sáng kiến về trạng thái đang thẩm định. Lý do được ghi vào lịch sử phiên họp."
          label="Lý do mở lại"
          okText="Mở lại"
          onSubmit={async (reason) => {
            await reopenSession(db, session.id, reason, userName);
            void message.success('Đã mở lại phiên họp.');
          }}
          onClose={() => setReopening(false)}
        />
      )}
    </Space>
  );
};
