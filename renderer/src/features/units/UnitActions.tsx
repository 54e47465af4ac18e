import { App, Button, Popconfirm, Space } from 'antd';
import type { Unit } from '@shared/model/unit';
import { useDb, useOffice } from '../../app/context';
import { navigate } from '../../app/router';
import { deleteUnit, setUnitArchived } from '../../db/units';
import { failureText } from '../../ui/failure';

interface Props {
  unit: Unit;
  onEdit: (unit: Unit) => void;
}

/** Edit, archive or restore, delete — for one row of the unit tree. */
export const UnitActions = ({ unit, onEdit }: Props) => {
  const db = useDb();
  const { unitId: rootId, userName } = useOffice();
  const { message } = App.useApp();

  // The office's own unit follows the office profile (updateOffice), so it is edited there.
  if (unit.id === rootId)
    return (
      <Button size="small" type="link" onClick={() => navigate({ screen: 'office' })}>
        Sửa ở “Thông tin đơn vị”
      </Button>
    );

  const toggleArchived = async () => {
    try {
      await setUnitArchived(db, unit.id, !unit.archived, userName);
      void message.success(
        unit.archived ? `Đã khôi phục “${unit.name}”` : `Đã lưu trữ “${unit.name}”`,
      );
    } catch (err) {
      void message.error(failureText(err));
    }
  };

  // A refusal (e.g. the unit has initiatives) stays on screen long enough to read: it tells the
  // clerk what to do instead.
  const remove = async () => {
    try {
      await deleteUnit(db, unit.id);
      void message.success(`Đã xóa “${unit.name}”`);
    } catch (err) {
      void message.error({ content: failureText(err, 'Không xóa được'), duration: 8 });
    }
  };

  return (
    <Space size="small" wrap>
      <Button size="small" onClick={() => onEdit(unit)}>
        Sửa
      </Button>
      <Button size="small" onClick={() => void toggleArchived()}>
        {unit.archived ? 'Khôi phục' : 'Lưu trữ'}
      </Button>
      <Popconfirm
        title={`Xóa đơn vị “${unit.name}”?`}
        description="Chỉ xóa được đơn vị chưa có sáng kiến và không còn đơn vị trực thuộc."
        okText="Xóa"
        cancelText="Không"
        okButtonProps={{ danger: true }}
        onConfirm={() => void remove()}
      >
        <Button size="small" danger>
          Xóa
        </Button>
      </Popconfirm>
    </Space>
  );
};
