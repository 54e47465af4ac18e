import { App, Card, Typography } from 'antd';
import { useDb, useOffice } from '../../app/context';
import { updateOffice, type OfficeInput } from '../../db/settings';
import { OfficeForm } from './OfficeForm';
import { officeToForm } from './office-form';

/** Edits the office profile written on every document; the root unit's name follows. */
export const OfficeScreen = () => {
  const db = useDb();
  const office = useOffice();
  const { message } = App.useApp();

  const save = async (input: OfficeInput) => {
    await updateOffice(db, { ...input, unitId: office.unitId });
    void message.success('Đã lưu thông tin đơn vị');
  };

  return (
    <Card style={{ maxWidth: 640 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Thông tin đơn vị
      </Typography.Title>
      {/* Keyed by the stored profile so the form shows it again after a save elsewhere. */}
      <OfficeForm
        key={JSON.stringify(office)}
        initial={officeToForm(office)}
        submitLabel="Lưu thay đổi"
        onSubmit={save}
      />
    </Card>
  );
};
