import { useState } from 'react';
import { Checkbox } from 'antd';
import { ReasonModal } from './ReasonModal';

interface Props {
  /** Clears the scores (and saves the new rubric); rejections stay in the dialog. */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** "Chấm lại từ đầu": deletes every score of the programme, so it asks twice and wants a reason. */
export const RescoreModal = ({ onConfirm, onClose }: Props) => {
  const [understood, setUnderstood] = useState(false);
  return (
    <ReasonModal
      title="Chấm lại từ đầu"
      intro={
        <>
          Mọi điểm đã chấm trong các phiên họp của chương trình này sẽ bị <strong>xóa</strong>, rồi
          tiêu chí mới được lưu; Hội đồng phải chấm lại toàn bộ. Việc này không hoàn tác được và
          được ghi vào lịch sử.
        </>
      }
      label="Lý do chấm lại"
      okText="Xóa điểm và chấm lại"
      danger
      confirmed={understood}
      onSubmit={onConfirm}
      onClose={onClose}
    >
      <Checkbox
        checked={understood}
        onChange={(e) => setUnderstood(e.target.checked)}
        style={{ marginTop: 12 }}
      >
        Tôi hiểu mọi điểm đã chấm sẽ bị xóa
      </Checkbox>
    </ReasonModal>
  );
};
