import { Button, Checkbox, Form, Input, InputNumber, Table, type FormListFieldData } from 'antd';
import { newCriterion } from './rubric-form';
import { DECIMAL_COMMA } from '../../ui/decimal-comma';

/** The rubric's criteria as an editable table (inside the rubric form's `criteria` list). */
export const CriteriaTable = () => (
  <Form.List name="criteria">
    {(fields, { add, remove }) => (
      <>
        <Table<FormListFieldData>
          rowKey="key"
          size="small"
          bordered
          pagination={false}
          dataSource={fields}
          columns={[
            {
              title: 'TT',
              key: 'n',
              width: 48,
              render: (_, _f, n) => n + 1,
            },
            {
              title: 'Tiêu chí',
              key: 'name',
              render: (_, f, n) => (
                <Form.Item name={[f.name, 'name']} style={{ margin: 0 }}>
                  <Input aria-label={`Tên tiêu chí ${n + 1}`} />
                </Form.Item>
              ),
            },
            {
              title: 'Điểm tối đa',
              key: 'max',
              width: 120,
              render: (_, f, n) => (
                <Form.Item name={[f.name, 'max']} style={{ margin: 0 }}>
                  <InputNumber<number>
                    aria-label={`Điểm tối đa tiêu chí ${n + 1}`}
                    decimalSeparator={DECIMAL_COMMA}
                    min={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              ),
            },
            {
              title: 'Khung điểm (mỗi dòng một mức)',
              key: 'bands',
              render: (_, f, n) => (
                <Form.Item name={[f.name, 'bands']} style={{ margin: 0 }}>
                  <Input.TextArea
                    aria-label={`Khung điểm tiêu chí ${n + 1}`}
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    placeholder={'27–30 Hoàn toàn mới\n21–26 Cải tiến tốt'}
                  />
                </Form.Item>
              ),
            },
            {
              title: 'Không đạt khi',
              key: 'zeroFails',
              width: 150,
              render: (_, f) => (
                <Form.Item
                  name={[f.name, 'zeroFails']}
                  valuePropName="checked"
                  style={{ margin: 0 }}
                >
                  <Checkbox>0 điểm là không đạt</Checkbox>
                </Form.Item>
              ),
            },
            {
              title: '',
              key: 'remove',
              width: 70,
              render: (_, f, n) => (
                <Button
                  size="small"
                  danger
                  type="text"
                  aria-label={`Bỏ tiêu chí ${n + 1}`}
                  onClick={() => remove(f.name)}
                >
                  Bỏ
                </Button>
              ),
            },
          ]}
        />
        <Button style={{ marginTop: 8 }} onClick={() => add(newCriterion())}>
          Thêm tiêu chí
        </Button>
      </>
    )}
  </Form.List>
);
