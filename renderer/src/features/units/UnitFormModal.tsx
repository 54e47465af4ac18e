import { useMemo, useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { UNIT_KIND_LABELS, type Unit } from '@shared/model/unit';
import { compareVi, fold } from '@shared/text';
import { useDb, useOffice } from '../../app/context';
import { createUnit, updateUnit } from '../../db/units';
import { failureText } from '../../ui/failure';
import { showFieldErrors } from '../../ui/form-errors';
import { KIND_OPTIONS } from '../setup/office-form';
import { newUnitForm, readUnitForm, unitToForm, type UnitFormValues } from './unit-form';
import { unitAndDescendants } from '../../db/queries/unit-tree';

interface Props {
  /** The unit being edited; null to add one. */
  unit: Unit | null;
  units: readonly Unit[];
  onClose: () => void;
}

interface ParentOption {
  value: string;
  label: string;
}

// Typing "cong doan co so" finds "Công đoàn cơ sở": clerks search without diacritics.
const matches = (input: string, option?: ParentOption) =>
  !!option && fold(option.label).includes(fold(input));

/** Adds a unit under this office, or edits one (name, level, which unit it sits under). */
export const UnitFormModal = ({ unit, units, onClose }: Props) => {
  const db = useDb();
  const { unitId: rootId, userName } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const [saving, setSaving] = useState(false);

  // A unit cannot sit under itself or under one of its own sub-units.
  const parents = useMemo((): ParentOption[] => {
    const barred = unit ? unitAndDescendants(units, unit.id) : new Set<string>();
    return units
      .filter((u) => !barred.has(u.id))
      .sort((a, b) => (a.id === rootId ? -1 : b.id === rootId ? 1 : compareVi(a.name, b.name)))
      .map((u) => ({
        value: u.id,
        label: `${u.name} (${UNIT_KIND_LABELS[u.kind]}${u.archived ? ', đã lưu trữ' : ''})`,
      }));
  }, [units, unit, rootId]);

  const finish = async (values: UnitFormValues) => {
    const read = readUnitForm(values);
    if (!read.ok) {
      showFieldErrors(form, read.errors);
      return;
    }
    setSaving(true);
    try {
      if (unit) await updateUnit(db, unit.id, read.value, userName);
      else await createUnit(db, read.value, userName);
      void message.success(`Đã lưu đơn vị “${read.value.name}”`);
      onClose();
    } catch (err) {
      void message.error(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={unit ? 'Sửa đơn vị' : 'Thêm đơn vị'}
      footer={null}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        name="unit"
        layout="vertical"
        initialValues={unit ? unitToForm(unit) : newUnitForm(rootId)}
        onFinish={(v) => void finish(v)}
        disabled={saving}
      >
        <Form.Item label="Tên đơn vị" name="name" required>
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="Cấp công đoàn" name="kind" required>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item label="Trực thuộc" name="parentId" required>
          <Select<string, ParentOption>
            options={parents}
            showSearch={{ filterOption: matches }}
            placeholder="Chọn đơn vị cấp trên"
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            Lưu
          </Button>
          <Button onClick={onClose}>Hủy</Button>
        </Space>
      </Form>
    </Modal>
  );
};
