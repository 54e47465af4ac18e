import { App, Button, Card, Typography } from 'antd';
import { seedProgramme } from '@shared/seed-programme';
import { formatDate } from '@shared/format';
import { useDb } from '../../app/context';
import { switchProfile } from '../../app/profile';
import { completeSetup, type OfficeInput } from '../../db/settings';
import { OfficeForm } from './OfficeForm';
import { emptyOfficeForm } from './office-form';

// Only the preset's name and deadline are read here, to tell the clerk what will be loaded.
const preset = seedProgramme({ id: '', createdAt: '', updatedAt: '', updatedBy: '' });

/** First run: asks who this office is; App shows the shell as soon as the profile is stored. */
export const SetupScreen = () => {
  const db = useDb();
  const { message } = App.useApp();

  const save = async (input: OfficeInput) => {
    await completeSetup(db, input);
    void message.success('Đã lưu thông tin đơn vị. Chào mừng đến với Sáng kiến Desk!');
  };

  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '40px 16px' }}>
      <Card style={{ width: '100%', maxWidth: 600 }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          Thiết lập ban đầu
        </Typography.Title>
        <Typography.Paragraph>
          Chào mừng anh/chị đến với Sáng kiến Desk. Xin cho biết vài thông tin về đơn vị; các thông
          tin này được ghi trên công văn, tờ trình và có thể sửa lại bất cứ lúc nào ở mục “Thông tin
          đơn vị”.
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          Chương trình “{preset.name}” ({preset.issuer}, hạn nộp hồ sơ {formatDate(preset.deadline)}
          ) sẽ được nạp sẵn làm chương trình đang thực hiện; mọi chỉ tiêu đều sửa được ở mục “Chương
          trình”.
        </Typography.Paragraph>
        <OfficeForm initial={emptyOfficeForm()} submitLabel="Bắt đầu sử dụng" onSubmit={save} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 8 }}>
          Muốn xem ứng dụng đầy đủ trước khi nhập? Dữ liệu mẫu nằm riêng, không lẫn với dữ liệu của
          đơn vị.
        </Typography.Paragraph>
        <Button onClick={() => switchProfile('sample')}>Thử với dữ liệu mẫu</Button>
      </Card>
    </main>
  );
};
