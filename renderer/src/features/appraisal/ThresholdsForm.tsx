import { useState } from 'react';
import { App, Button, Form, Space } from 'antd';
import type { CertificateThresholds } from '@shared/appraisal/rubric';
import { useDb, useOffice } from '../../app/context';
import { saveCertificateThresholds } from '../../db/appraisal/settings';
import { failureText } from '../../ui/failure';
import { CountInput } from '../programmes/CountInput';

interface Props {
  programmeId: string;
  thresholds: CertificateThresholds;
}

interface Values {
  single: number | null;
  threeYears: number | null;
}

/** Bằng LĐST thresholds: programme settings, 2021 values by default (docs/domain.md). */
export const ThresholdsForm = ({ programmeId, thresholds }: Props) => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const finish = async (v: Values) => {
    const missing = (['single', 'threeYears'] as const).filter((k) => v[k] === null);
    if (missing.length > 0) {
      form.setFields(missing.map((name) => ({ name, errors: ['Nhập số tiền (đồng)'] })));
      return;
    }
    setSaving(true);
    try {
      await saveCertificateThresholds(
        db,
        programmeId,
        { single: v.single ?? 0, threeYears: v.threeYears ?? 0 },
        userName,
      );
      void message.success('Đã lưu ngưỡng Bằng Lao động sáng tạo');
    } catch (err) {
      void message.error(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      form={form}
      name="thresholds"
      layout="vertical"
      initialValues={thresholds}
      onFinish={(v) => void finish(v)}
      disabled={saving}
    >
      <Space wrap align="end" size={16}>
        <Form.Item label="Một giải pháp có giá trị làm lợi từ" name="single">
          <CountInput suffix="đ" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="Hoặc tổng giá trị làm lợi trong 3 năm liên tiếp từ" name="threeYears">
          <CountInput suffix="đ" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">Lưu ngưỡng</Button>
        </Form.Item>
      </Space>
    </Form>
  );
};
