import { useState } from 'react';
import { App, Button, Form, Space } from 'antd';
import type { CertificateThresholds } from '@shared/appraisal/rubric';
import { useDb, useOffice } from '../../app/context';
import { saveCertificateThresholds } from '../../db/appraisal/settings';
import { failureText } from '../../ui/failure';
import { readMoney } from '@shared/format';
import { CountInput } from '../programmes/CountInput';
import { readTypedNumber, type TypedNumber } from '../programmes/typed-number';

interface Props {
  programmeId: string;
  thresholds: CertificateThresholds;
}

interface Values {
  single: TypedNumber;
  threeYears: TypedNumber;
}

/** Bằng LĐST thresholds: programme settings, 2021 values by default (docs/domain.md). */
export const ThresholdsForm = ({ programmeId, thresholds }: Props) => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const finish = async (v: Values) => {
    const single = readTypedNumber(v.single, readMoney);
    const threeYears = readTypedNumber(v.threeYears, readMoney);
    const problem = (read: typeof single): string[] =>
      !read.ok ? [read.message] : read.value === null ? ['Nhập số tiền (đồng)'] : [];
    if (!single.ok || single.value === null || !threeYears.ok || threeYears.value === null) {
      form.setFields([
        { name: 'single', errors: problem(single) },
        { name: 'threeYears', errors: problem(threeYears) },
      ]);
      return;
    }
    setSaving(true);
    try {
      await saveCertificateThresholds(
        db,
        programmeId,
        { single: single.value, threeYears: threeYears.value },
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
          <CountInput read={readMoney} suffix="đ" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="Hoặc tổng giá trị làm lợi trong 3 năm liên tiếp từ" name="threeYears">
          <CountInput read={readMoney} suffix="đ" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">Lưu ngưỡng</Button>
        </Form.Item>
      </Space>
    </Form>
  );
};
