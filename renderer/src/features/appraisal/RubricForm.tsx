import { useState } from 'react';
import { Alert, App, Button, Form, InputNumber, Space, Typography, type FormInstance } from 'antd';
import type { Rubric } from '@shared/appraisal/rubric';
import { useDb, useOffice } from '../../app/context';
import { clearScoresForRescore, saveRubric, ScoresExistError } from '../../db/appraisal/settings';
import { failureText } from '../../ui/failure';
import { CriteriaTable } from './CriteriaTable';
import { GradesList } from './GradesList';
import { RescoreModal } from './RescoreModal';
import { scoreText } from './score-format';
import { readRubricForm, rubricToValues, valuesMax, type RubricValues } from './rubric-form';
import { DECIMAL_COMMA } from '../../ui/decimal-comma';

/** The running total of maximum points; alone in watching the form, so typing stays quick. */
const RubricTotal = () => {
  const criteria = Form.useWatch<RubricValues['criteria'] | undefined>('criteria');
  return (
    <Typography.Text strong>Tổng điểm tối đa: {scoreText(valuesMax({ criteria }))}</Typography.Text>
  );
};

interface Props {
  programmeId: string;
  rubric: Rubric;
}

/** Edits a programme's rubric; once scores exist a change is refused unless the clerk re-scores. */
export const RubricForm = ({ programmeId, rubric }: Props) => {
  const db = useDb();
  const { userName } = useOffice();
  const { message } = App.useApp();
  const [form] = Form.useForm<RubricValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  // The rubric that was refused because scores exist: what "Chấm lại từ đầu" will save.
  const [blocked, setBlocked] = useState<{ message: string; rubric: Rubric } | null>(null);
  const [rescoring, setRescoring] = useState(false);

  const finish = async () => {
    // Every value, not only those with a field: criterion ids have no input but must be kept.
    const read = readRubricForm(form.getFieldsValue(true) as RubricValues);
    setGeneral(read.ok ? [] : read.general);
    if (!read.ok) {
      // The paths are built from the same values type, which antd's deep path type cannot follow.
      form.setFields(read.fields as Parameters<FormInstance<RubricValues>['setFields']>[0]);
      return;
    }
    setSaving(true);
    try {
      await saveRubric(db, programmeId, read.rubric, userName);
      setBlocked(null);
      void message.success('Đã lưu tiêu chí chấm điểm');
    } catch (err) {
      // Scores exist: offer the rescore path; anything else is shown as it is.
      if (err instanceof ScoresExistError)
        setBlocked({ message: err.message, rubric: read.rubric });
      else void message.error(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  const rescore = async (reason: string) => {
    if (!blocked) return;
    const n = await clearScoresForRescore(db, programmeId, userName, reason);
    await saveRubric(db, programmeId, blocked.rubric, userName);
    setBlocked(null);
    void message.success(`Đã xóa ${n} phiếu chấm và lưu tiêu chí mới. Hội đồng chấm lại từ đầu.`);
  };

  return (
    <Form
      form={form}
      name="rubric"
      layout="vertical"
      initialValues={rubricToValues(rubric)}
      onFinish={() => void finish()}
      disabled={saving}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <CriteriaTable />
        <RubricTotal />
        <Form.Item
          label="Được công nhận khi điểm trung bình đạt từ"
          name="passAverage"
          extra="Và không thành viên nào chấm 0 điểm ở tiêu chí đánh dấu “0 điểm là không đạt”."
        >
          <InputNumber<number> decimalSeparator={DECIMAL_COMMA} min={0} style={{ width: 160 }} />
        </Form.Item>
        <GradesList />
        {general.map((g) => (
          <Alert key={g} type="error" showIcon title={g} />
        ))}
        {blocked && (
          <Alert
            type="error"
            showIcon
            title="Không đổi được tiêu chí"
            description={blocked.message}
            action={
              <Button danger onClick={() => setRescoring(true)}>
                Chấm lại từ đầu
              </Button>
            }
          />
        )}
        <Button type="primary" htmlType="submit">
          Lưu tiêu chí
        </Button>
      </Space>
      {rescoring && <RescoreModal onConfirm={rescore} onClose={() => setRescoring(false)} />}
    </Form>
  );
};
