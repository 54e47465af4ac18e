import { Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { DECIMAL_COMMA } from '../../ui/decimal-comma';

/** Optional grades (A ≥ 85, B ≥ 65, …): a label and the lowest average that earns it. */
export const GradesList = () => (
  <Form.List name="grades">
    {(fields, { add, remove }) => (
      <div>
        <Typography.Text strong>Xếp loại (không bắt buộc)</Typography.Text>
        {fields.map((f, n) => (
          <Space key={f.key} align="baseline" style={{ display: 'flex', marginTop: 8 }}>
            <Form.Item name={[f.name, 'label']} style={{ margin: 0 }}>
              <Input
                aria-label={`Tên mức xếp loại ${n + 1}`}
                placeholder="A"
                style={{ width: 80 }}
              />
            </Form.Item>
            <span>từ</span>
            <Form.Item name={[f.name, 'min']} style={{ margin: 0 }}>
              <InputNumber<number>
                aria-label={`Điểm tối thiểu mức ${n + 1}`}
                decimalSeparator={DECIMAL_COMMA}
                min={0}
                placeholder="85"
              />
            </Form.Item>
            <span>điểm trở lên</span>
            <Button size="small" type="text" danger onClick={() => remove(f.name)}>
              Bỏ
            </Button>
          </Space>
        ))}
        <div style={{ marginTop: 8 }}>
          <Button size="small" onClick={() => add({ label: '', min: null })}>
            Thêm mức xếp loại
          </Button>
        </div>
      </div>
    )}
  </Form.List>
);
